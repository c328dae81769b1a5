import { describe, expect, it } from 'vitest'
import type { AidEnrollment } from '@unionhub/shared'
import { type ClaimDraft, emptyFields } from './claim-draft'
import { claimRequestOf, parseInvoiceNumbers, paysToCardOnFile, validateClaimFields, validatePayee, yuanToFen } from './claim-form'

const enrollment = {
  id: 'e-1',
  memberId: 'm-1',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  plan: {
    id: 'p-1',
    code: 'ECBX-2026',
    name: '二次报销',
    category: 'secondary-reimbursement',
    coverageFrom: '2026-01-01',
    coverageUntil: '2026-12-31',
    waitingDays: 30,
    filingDeadline: { kind: 'months', months: 2 },
    payoutRule: { kind: 'rate', ratePercent: 50, deductible: 0, capPerClaim: 200000 },
    requiredDocuments: ['medical-invoice'],
  },
} as AidEnrollment

const good = { ...emptyFields, eventDate: '2026-11-02', dischargeDate: '2026-11-10', hospital: '北京大学第一医院', invoiceNumbers: '11002600001234', totalYuan: '3000', eligibleYuan: '2000.5' }

describe('yuan to fen', () => {
  it('reads amounts the way people type them, exactly, without float errors', () => {
    expect(yuanToFen('3000')).toBe(300000)
    expect(yuanToFen('2856.4')).toBe(285640)
    expect(yuanToFen('0.07')).toBe(7)
    expect(yuanToFen('1,234.56 ')).toBe(123456)
    expect(yuanToFen('19.99元')).toBe(1999)
    // 0.1 + 0.2 in floats is 0.30000000000000004; by text it is 30 fen.
    expect(yuanToFen('0.30')).toBe(30)
    expect(yuanToFen('1159.03')).toBe(115903)
  })

  it('refuses what is not an amount: negative, three decimals, letters, empty', () => {
    for (const text of ['-5', '1.234', 'abc', '', '.5', '1e3']) expect(yuanToFen(text)).toBeNull()
  })
})

describe('the claim form', () => {
  const draftOf = (fields: typeof good): ClaimDraft => ({ step: 'review', enrollmentId: 'e-1', fields, payeeKind: 'aid-card', payeeName: '王小明', bankAccount: '', cardOnFile: null, useCardOnFile: false, createKey: 'k', submitKey: 's', claimId: null, stored: {} })
  const today = '2026-11-24'

  it('passes a complete form and builds the request in fen with upper-case invoice numbers once each', () => {
    const fields = { ...good, invoiceNumbers: 'e2e000001，E2E000001\n11002600009999' }
    expect(validateClaimFields(fields, enrollment, today)).toEqual({})
    const request = claimRequestOf({ ...draftOf(fields), payeeName: ' 王小明 ', bankAccount: '6222 0202 0011 2233 445' })
    expect(request).toEqual({
      enrollmentId: 'e-1', eventDate: '2026-11-02', dischargeDate: '2026-11-10', hospital: '北京大学第一医院',
      invoiceNumbers: ['E2E000001', '11002600009999'], totalExpenses: 300000, eligibleExpenses: 200050, payeeName: '王小明', payeeKind: 'aid-card', bankAccount: '6222020200112233445',
    })
  })

  it('sends useCardOnFile and no card number when the 互助服务卡 on file is chosen', () => {
    const onFile = { ...draftOf(good), cardOnFile: '**** **** **** 1234', useCardOnFile: true }
    const request = claimRequestOf(onFile)
    expect(request).toMatchObject({ payeeKind: 'aid-card', useCardOnFile: true })
    expect(request).not.toHaveProperty('bankAccount')
    expect(paysToCardOnFile(onFile)).toBe(true)
  })

  it('sends the typed number after 更换, for another card, and when no card is on file', () => {
    const typed = { ...draftOf(good), bankAccount: '6217000010001234567' }
    for (const draft of [{ ...typed, cardOnFile: '**** **** **** 1234', useCardOnFile: false }, { ...typed, payeeKind: 'other-card' as const, cardOnFile: '**** **** **** 1234', useCardOnFile: true }, { ...typed, useCardOnFile: true }]) {
      expect(paysToCardOnFile(draft)).toBe(false)
      const request = claimRequestOf(draft)
      expect(request.bankAccount).toBe('6217000010001234567')
      expect(request).not.toHaveProperty('useCardOnFile')
    }
  })

  it('says on the date field when the day is outside the cover, in the waiting period or past the deadline', () => {
    expect(validateClaimFields({ ...good, eventDate: '2025-12-30', dischargeDate: '' }, enrollment, today).eventDate).toContain('不在您的保障期（2026-01-01 至 2026-12-31）内')
    expect(validateClaimFields({ ...good, eventDate: '2026-01-15', dischargeDate: '' }, enrollment, today).eventDate).toContain('等待期')
    expect(validateClaimFields({ ...good, eventDate: '2026-09-01', dischargeDate: '' }, enrollment, today).eventDate).toContain('申请时限')
    expect(validateClaimFields({ ...good, eventDate: '2026-11-25' }, enrollment, today).eventDate).toContain('不能晚于今天')
  })

  it('names each wrong field: discharge before admission, bad invoice, self-paid above the total', () => {
    const errors = validateClaimFields({ ...good, dischargeDate: '2026-11-01', invoiceNumbers: '123', totalYuan: '100', eligibleYuan: '200', hospital: '医', insuranceTxn: 'YB#1' }, enrollment, today)
    expect(Object.keys(errors).sort()).toEqual(['dischargeDate', 'eligibleYuan', 'hospital', 'insuranceTxn', 'invoiceNumbers'])
    expect(errors.invoiceNumbers).toContain('“123”')
  })

  it('refuses days the calendar does not have and future days, before anything is sent', () => {
    for (const day of ['2026-02-30', '2026-04-31', '2026-06-00']) {
      expect(validateClaimFields({ ...good, eventDate: day, dischargeDate: '' }, enrollment, today).eventDate).toContain('日历')
      expect(validateClaimFields({ ...good, dischargeDate: day }, enrollment, today).dischargeDate).toContain('日历')
    }
    expect(validateClaimFields({ ...good, dischargeDate: '2099-01-01' }, enrollment, today).dischargeDate).toContain('晚于今天')
  })

  it('splits invoice numbers on spaces, commas and new lines', () => {
    expect(parseInvoiceNumbers(' a1b2c3, d4e5f6；g7h8i9\n\n')).toEqual(['A1B2C3', 'D4E5F6', 'G7H8I9'])
  })

  it('checks the payee with the shared name rule and the card number as digits', () => {
    expect(validatePayee('王小明', '6222 0202 0011 2233 445')).toEqual({})
    expect(validatePayee('王', '12345')).toMatchObject({ payeeName: expect.any(String), bankAccount: '银行卡号应为12到19位数字，请对照卡面核对' })
    expect(validatePayee('王小明', '', true)).toEqual({})
    expect(validatePayee('王小明', '')).toEqual({ bankAccount: '请填写银行卡号' })
  })
})
