import { describe, expect, it, vi } from 'vitest'
import type { ClaimDetail } from '@unionhub/shared'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const drafts = await import('./claim-draft')
  return { taro, drafts }
}

const withDocuments = (id: string, kinds: string[]) => ({ id, status: 'draft', documents: kinds.map((kind, i) => ({ id: `d${i}`, kind })) }) as unknown as ClaimDetail

describe('the claim draft on the phone', () => {
  it('starts at the plan step with two fresh keys and no draft on the server', async () => {
    const { drafts } = await load()
    const draft = drafts.loadClaimDraft()
    expect(draft).toMatchObject({ step: 'plan', enrollmentId: '', claimId: null, stored: {}, payeeKind: 'aid-card' })
    expect(draft.createKey).not.toBe(draft.submitKey)
    expect(drafts.unfinishedClaim()).toBeNull()
  })

  it('keeps every change in storage, so that reopening continues where the member was', async () => {
    const { taro, drafts } = await load()
    drafts.choosePlan('e-1')
    const saved = drafts.updateClaimDraft({ fields: { ...drafts.emptyFields, hospital: '北大医院', totalYuan: '3000' }, bankAccount: '6222020200112233445' })
    drafts.draftCreated(withDocuments('c-1', ['id-card']))
    expect(taro.getStorageSync('unionhub.claim.draft')).toMatchObject({ claimId: 'c-1', step: 'documents' })

    const { drafts: reopened } = { drafts: await import('./claim-draft') }
    expect(reopened.loadClaimDraft()).toMatchObject({
      enrollmentId: 'e-1', claimId: 'c-1', step: 'documents', stored: { 'id-card': 1 }, createKey: saved.createKey, fields: { hospital: '北大医院', totalYuan: '3000' },
    })
    expect(reopened.unfinishedClaim()?.claimId).toBe('c-1')
  })

  it('counts what the server holds per kind, from its answer', async () => {
    const { drafts } = await load()
    drafts.draftCreated(withDocuments('c-1', []))
    expect(drafts.syncStored(withDocuments('c-1', ['medical-invoice', 'medical-invoice', 'id-card'])).stored).toEqual({ 'medical-invoice': 2, 'id-card': 1 })
  })

  it('keeps the same draft and keys when the same plan is chosen again, and leaves the draft behind for another plan', async () => {
    const { drafts } = await load()
    drafts.choosePlan('e-1')
    const created = drafts.draftCreated(withDocuments('c-1', ['id-card']))
    expect(drafts.choosePlan('e-1')).toMatchObject({ claimId: 'c-1', createKey: created.createKey })
    const other = drafts.choosePlan('e-2')
    expect(other).toMatchObject({ enrollmentId: 'e-2', claimId: null, stored: {} })
    expect(other.createKey).not.toBe(created.createKey)
  })

  it('files a corrected form anew: new keys, no draft, documents to upload again, what was typed kept', async () => {
    const { drafts } = await load()
    drafts.choosePlan('e-1')
    drafts.updateClaimDraft({ fields: { ...drafts.emptyFields, hospital: '北大医院' } })
    const created = drafts.draftCreated(withDocuments('c-1', ['id-card']))
    const reopened = drafts.reopenForm()
    expect(reopened).toMatchObject({ step: 'fields', claimId: null, stored: {}, fields: { hospital: '北大医院' } })
    expect(reopened.createKey).not.toBe(created.createKey)
    expect(reopened.submitKey).not.toBe(created.submitKey)
  })

  it('forgets everything, the card number included, once submitted', async () => {
    const { taro, drafts } = await load()
    drafts.choosePlan('e-1')
    drafts.updateClaimDraft({ bankAccount: '6222020200112233445' })
    drafts.finishClaim()
    expect(taro.getStorageSync('unionhub.claim.draft')).toBe('')
    expect(drafts.loadClaimDraft().bankAccount).toBe('')
  })
})
