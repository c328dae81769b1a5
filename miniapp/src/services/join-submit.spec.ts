import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const drafts = await import('./join-draft')
  const submit = await import('./join-submit')
  return { taro, drafts, submit }
}

const answer: RequestResult = { statusCode: 201, data: { outcome: 'pending', application: null, membership: null, transfer: null } }

async function readyDraft(drafts: typeof import('./join-draft'), target: Partial<import('./join-draft').JoinTarget> = {}) {
  drafts.startJoining({ channelCode: 'a8Kq3ZpL0x', poolUnitId: null, unitName: '瀛海镇总工会', reviewMode: 'review', welcomeGift: '免费理发券', ...target })
  return drafts.updateDraft({
    acceptPrivacyPolicy: true,
    acceptSensitiveInfo: true,
    name: ' 王小明 ',
    idNumber: '11010519491231002X',
    phone: '13812345678',
    smsCode: '246810',
    occupation: 'courier',
    employer: '顺丰',
    workDistrict: '110115',
  })
}

describe('submitting the join form', () => {
  afterEach(() => vi.useRealTimers())

  it('sends the form with its idempotency key and keeps the answer for the result page', async () => {
    const { taro, drafts, submit } = await load()
    const draft = await readyDraft(drafts)
    taro.request.mockResolvedValue(answer)

    const result = await submit.submitDraft(draft)

    const call = taro.request.mock.calls[0][0]
    expect(call.url).toBe('http://api.test/api/join/applications')
    expect(call.header['Idempotency-Key']).toBe(draft.idempotencyKey)
    expect(call.data).toEqual({
      channelCode: 'a8Kq3ZpL0x', name: '王小明', idNumber: '11010519491231002X', phone: '13812345678', smsCode: '246810', occupation: 'courier',
      employer: '顺丰', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true,
    })
    expect(result.welcomeGift).toBe('免费理发券')
    expect(drafts.loadResult()?.response.outcome).toBe('pending')
  })

  it('sends the pool and the WeChat phone code instead when that is what the worker chose', async () => {
    const { taro, drafts, submit } = await load()
    await readyDraft(drafts, { channelCode: null, poolUnitId: 'pool-1' })
    const draft = drafts.updateDraft({ phone: '', smsCode: '', phoneCode: 'wx-code' })
    taro.request.mockResolvedValue(answer)
    await submit.submitDraft(draft)
    expect(taro.request.mock.calls[0][0].data).toMatchObject({ poolUnitId: 'pool-1', phoneCode: 'wx-code' })
    expect(taro.request.mock.calls[0][0].data).not.toHaveProperty('phone')
  })

  it('retries a lost connection with the same key', async () => {
    vi.useFakeTimers()
    const { taro, drafts, submit } = await load()
    const draft = await readyDraft(drafts)
    taro.request.mockRejectedValueOnce(new Error('request:fail')).mockResolvedValueOnce(answer)
    const result = submit.submitDraft(draft)
    await vi.runAllTimersAsync()
    await result
    expect(taro.request.mock.calls.map(([call]) => call.header['Idempotency-Key'])).toEqual([draft.idempotencyKey, draft.idempotencyKey])
  })

  it('takes a new key once when the server used the old one for a different form', async () => {
    const { taro, drafts, submit } = await load()
    const draft = await readyDraft(drafts)
    taro.request
      .mockResolvedValueOnce({ statusCode: 409, data: { code: 'IDEMPOTENCY_KEY_REUSED', message: '这次提交的内容和上一次不同' } })
      .mockResolvedValueOnce(answer)
    await submit.submitDraft(draft)
    const [first, second] = taro.request.mock.calls.map(([call]) => call.header['Idempotency-Key'])
    expect(second).not.toBe(first)
  })

  it('says the details are saved when the network is gone', async () => {
    vi.useFakeTimers()
    const { taro, drafts, submit } = await load()
    const draft = await readyDraft(drafts)
    taro.request.mockRejectedValue(new Error('request:fail'))
    const failed = submit.submitDraft(draft).catch((e: unknown) => e)
    await vi.runAllTimersAsync()
    expect(submit.submitFailureMessage(await failed)).toBe(submit.SAVED_OFFLINE_MESSAGE)
    expect(drafts.loadDraft()).toMatchObject({ name: ' 王小明 ', idempotencyKey: draft.idempotencyKey })
  })
})
