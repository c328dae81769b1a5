import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const drafts = await import('./claim-draft')
  const filing = await import('./claim-filing')
  return { taro, drafts, filing }
}

const draftAnswer: RequestResult = { statusCode: 201, data: { id: 'c-1', status: 'draft', documents: [] } }

function ready(drafts: typeof import('./claim-draft')) {
  drafts.choosePlan('e-1')
  return drafts.updateClaimDraft({
    fields: { ...drafts.emptyFields, eventDate: '2026-11-02', hospital: '北京大学第一医院', invoiceNumbers: 'E2E000001', totalYuan: '3000', eligibleYuan: '2000' },
    payeeName: '王小明',
    bankAccount: '6222020200112233445',
  })
}

describe('filing a claim', () => {
  afterEach(() => vi.useRealTimers())

  it('creates the draft with its key and remembers it on the phone', async () => {
    const { taro, drafts, filing } = await load()
    const draft = ready(drafts)
    taro.request.mockResolvedValue(draftAnswer)
    await filing.saveClaimOnServer(draft)
    const call = taro.request.mock.calls[0][0]
    expect(call.header['Idempotency-Key']).toBe(draft.createKey)
    expect(call.data).toMatchObject({ enrollmentId: 'e-1', totalExpenses: 300000, eligibleExpenses: 200000, bankAccount: '6222020200112233445' })
    expect(drafts.loadClaimDraft()).toMatchObject({ claimId: 'c-1', step: 'documents' })
  })

  it('retries a lost answer with the same key, so the server makes one draft', async () => {
    vi.useFakeTimers()
    const { taro, drafts, filing } = await load()
    const draft = ready(drafts)
    taro.request.mockRejectedValueOnce(new Error('request:fail')).mockResolvedValueOnce(draftAnswer)
    const saved = filing.saveClaimOnServer(draft)
    await vi.runAllTimersAsync()
    await saved
    expect(taro.request.mock.calls.map(([c]) => c.header['Idempotency-Key'])).toEqual([draft.createKey, draft.createKey])
  })

  it('takes a new key once when the server used the old one for a different form', async () => {
    const { taro, drafts, filing } = await load()
    const draft = ready(drafts)
    taro.request.mockResolvedValueOnce({ statusCode: 409, data: { code: 'IDEMPOTENCY_KEY_REUSED', message: '内容和上一次不同' } }).mockResolvedValueOnce(draftAnswer)
    await filing.saveClaimOnServer(draft)
    const [first, second] = taro.request.mock.calls.map(([c]) => c.header['Idempotency-Key'])
    expect(second).not.toBe(first)
    expect(drafts.loadClaimDraft().createKey).toBe(second)
  })

  it('submits with the submit key and then forgets the draft; a refusal keeps it', async () => {
    const { taro, drafts, filing } = await load()
    ready(drafts)
    const created = drafts.draftCreated({ id: 'c-1', documents: [] } as never)
    taro.request.mockResolvedValueOnce({ statusCode: 400, data: { code: 'CLAIM_DOCUMENTS_MISSING', message: '还缺少必需的材料', details: { missing: ['id-card'] } } })
    await expect(filing.submitClaimDraft(created)).rejects.toMatchObject({ code: 'CLAIM_DOCUMENTS_MISSING' })
    expect(drafts.unfinishedClaim()?.claimId).toBe('c-1')

    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { id: 'c-1', status: 'submitted' } })
    await filing.submitClaimDraft(created)
    expect(taro.request.mock.calls[1][0]).toMatchObject({ url: 'http://api.test/api/me/claims/c-1/submit', header: { 'Idempotency-Key': created.submitKey } })
    expect(drafts.unfinishedClaim()).toBeNull()
  })

  it('on reopening forgets a draft that was submitted meanwhile, and keeps one still open', async () => {
    const { taro, drafts, filing } = await load()
    ready(drafts)
    const created = drafts.draftCreated({ id: 'c-1', documents: [] } as never)
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { id: 'c-1', status: 'draft', documents: [{ id: 'd', kind: 'id-card' }] } })
    await filing.resumeDraft(created)
    expect(drafts.loadClaimDraft().stored).toEqual({ 'id-card': 1 })
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { id: 'c-1', status: 'submitted', documents: [] } })
    await filing.resumeDraft(created)
    expect(drafts.unfinishedClaim()).toBeNull()
  })
})
