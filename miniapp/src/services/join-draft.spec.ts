import { describe, expect, it, vi } from 'vitest'
import type { JoinSubmitResponse } from '@unionhub/shared'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const drafts = await import('./join-draft')
  return { taro, drafts }
}

const channel = { channelCode: 'a8Kq3ZpL0x', poolUnitId: null, unitName: '首航超市工会', reviewMode: 'auto' as const, welcomeGift: '免费理发券' }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('the join draft', () => {
  it('starts empty with a fresh idempotency key', async () => {
    const { drafts } = await load()
    const draft = drafts.loadDraft()
    expect(draft).toMatchObject({ target: null, name: '', idNumber: '', acceptPrivacyPolicy: false })
    expect(draft.idempotencyKey).toMatch(UUID)
    expect(drafts.newIdempotencyKey()).not.toBe(drafts.newIdempotencyKey())
  })

  it('is kept in storage on every change and comes back after a restart, key included', async () => {
    const { taro, drafts } = await load()
    const saved = drafts.updateDraft({ name: '王小明', idNumber: '1101051990' })
    expect(taro.getStorageSync('unionhub.join.draft')).toMatchObject({ name: '王小明', idempotencyKey: saved.idempotencyKey })
    expect(drafts.loadDraft()).toMatchObject({ name: '王小明', idNumber: '1101051990', idempotencyKey: saved.idempotencyKey })
  })

  it('asks for consent again at another channel but keeps what was typed', async () => {
    const { drafts } = await load()
    drafts.startJoining(channel)
    drafts.updateDraft({ acceptPrivacyPolicy: true, acceptSensitiveInfo: true, name: '王小明' })
    expect(drafts.startJoining(channel)).toMatchObject({ acceptPrivacyPolicy: true, name: '王小明' })
    const other = drafts.startJoining({ ...channel, channelCode: 'Zz9Yy8Xx7W' })
    expect(other).toMatchObject({ acceptPrivacyPolicy: false, acceptSensitiveInfo: false, name: '王小明' })
  })

  it('after an answer keeps the details, drops the one-time phone code and takes a new key', async () => {
    const { drafts } = await load()
    const before = drafts.updateDraft({ name: '王小明', phoneCode: 'wx-phone-code' })
    const response = { outcome: 'pending', application: null, membership: null, transfer: null } as JoinSubmitResponse
    drafts.finishSubmission({ response, welcomeGift: null })
    const after = drafts.loadDraft()
    expect(after).toMatchObject({ name: '王小明', phoneCode: '' })
    expect(after.idempotencyKey).not.toBe(before.idempotencyKey)
    expect(drafts.loadResult()).toEqual({ response, welcomeGift: null })
  })

  it('offers to continue a join begun and not sent, and not one already answered', async () => {
    const { drafts } = await load()
    expect(drafts.unfinishedJoin()).toBeNull()
    drafts.startJoining(channel)
    expect(drafts.unfinishedJoin()).toBeNull()
    drafts.updateDraft({ name: '王小明' })
    expect(drafts.unfinishedJoin()?.target?.unitName).toBe('首航超市工会')
    const response = { outcome: 'member', application: null, membership: null, transfer: null } as JoinSubmitResponse
    drafts.finishSubmission({ response, welcomeGift: null })
    expect(drafts.unfinishedJoin()).toBeNull()
  })
})
