import { describe, expect, it } from 'vitest'
import { placeClaimError } from './claim-errors'
import { ApiRequestError } from './request'

const refusal = (code: string, details?: Record<string, unknown> | { field: string; message: string }[]) => new ApiRequestError(code, 400, '服务器的话', details)

describe('where a refusal is shown', () => {
  it('puts each check of submission on the step and field it concerns, in Chinese, with what to do', () => {
    expect(placeClaimError(refusal('CLAIM_NOT_COVERED', { validFrom: '2026-01-01', validUntil: '2026-12-31' }), 'review')).toMatchObject({ step: 'fields', field: 'eventDate', message: expect.stringContaining('2026-01-01 至 2026-12-31') })
    expect(placeClaimError(refusal('CLAIM_IN_WAITING_PERIOD', { waitingEnds: '2026-02-01' }), 'review')).toMatchObject({ step: 'fields', field: 'eventDate', message: expect.stringContaining('2026-02-01 以后') })
    expect(placeClaimError(refusal('CLAIM_PAST_DEADLINE'), 'review')).toMatchObject({ step: 'fields', field: 'dischargeDate' })
    expect(placeClaimError(refusal('CLAIM_YEARLY_CAP_USED'), 'review')).toMatchObject({ step: 'plan', message: expect.stringContaining('明年') })
    expect(placeClaimError(refusal('CLAIM_DOCUMENTS_MISSING', { missing: ['id-card', 'bogus'] }), 'review')).toEqual({ step: 'documents', missing: ['id-card'], message: '还缺少材料：身份证正反面。请拍照上传后再提交。' })
    expect(placeClaimError(refusal('CLAIM_INVOICE_ALREADY_CLAIMED', { invoiceNumbers: ['E2E1'] }), 'review')).toMatchObject({ step: 'fields', field: 'invoiceNumbers', message: expect.stringContaining('E2E1') })
  })

  it('puts a validation failure on the field the server named', () => {
    expect(placeClaimError(refusal('VALIDATION_FAILED', [{ field: 'totalExpenses', message: '费用金额太大了，请核对' }]), 'payee')).toMatchObject({ step: 'fields', field: 'totalYuan' })
    expect(placeClaimError(refusal('VALIDATION_FAILED', [{ field: 'bankAccount', message: '银行卡号应为12到19位数字' }]), 'payee')).toMatchObject({ step: 'payee' })
  })

  it('places the field errors the server sends as details.fields', () => {
    const fields = (field: string, message: string) => refusal('VALIDATION_FAILED', { fields: [{ field, message }] })
    expect(placeClaimError(fields('eventDate', '出险日期不能晚于今天，请重新选择'), 'review')).toMatchObject({ step: 'fields', field: 'eventDate', message: expect.stringContaining('晚于今天') })
    expect(placeClaimError(fields('dischargeDate', '出院日期不是日历上有的日子，请重新选择'), 'review')).toMatchObject({ step: 'fields', field: 'dischargeDate' })
    expect(placeClaimError(fields('payeeName', '收款人须为会员本人'), 'review')).toMatchObject({ step: 'payee', message: expect.stringContaining('本人') })
  })

  it('says the work is saved when the network is gone, and stays on the step', () => {
    expect(placeClaimError(new ApiRequestError('NETWORK_ERROR', 0, '网络不好'), 'review')).toMatchObject({ step: 'review', message: expect.stringContaining('保存在手机上') })
  })
})
