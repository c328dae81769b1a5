import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const upload = await import('./claim-upload')
  return { taro, upload }
}

const claim = (kinds: string[]): RequestResult => ({ statusCode: 200, data: { id: 'c-1', status: 'draft', documents: kinds.map((kind, i) => ({ id: `d${i}`, kind })) } })
const lost = () => Promise.reject(new Error('request:fail'))
const PHOTO = 'data:image/jpeg;base64,/9j/4AAQ'

describe('uploading a document', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
  })
  afterEach(() => vi.useRealTimers())

  it('sends the kind and content once and returns the claim', async () => {
    const { taro, upload } = await load()
    taro.request.mockResolvedValue(claim(['id-card']))
    const stored = await upload.uploadDocument({ claimId: 'c-1', kind: 'id-card', content: PHOTO, storedBefore: 0 })
    expect(stored.documents).toHaveLength(1)
    expect(taro.request).toHaveBeenCalledTimes(1)
    expect(taro.request.mock.calls[0][0]).toMatchObject({ url: 'http://api.test/api/me/claims/c-1/documents', method: 'POST', data: { kind: 'id-card', content: PHOTO } })
  })

  it('after a lost connection waits, checks the claim, and sends again when the file did not arrive', async () => {
    const { taro, upload } = await load()
    const phases: string[] = []
    taro.request
      .mockImplementationOnce(lost) // the upload
      .mockResolvedValueOnce(claim([])) // the check: not there
      .mockResolvedValueOnce(claim(['id-card'])) // the second upload
    const done = upload.uploadDocument({ claimId: 'c-1', kind: 'id-card', content: PHOTO, storedBefore: 0, onPhase: (p) => phases.push(p.phase === 'sending' ? `sending${p.attempt}` : p.phase) })
    await vi.advanceTimersByTimeAsync(999)
    expect(taro.request).toHaveBeenCalledTimes(1)
    await vi.runAllTimersAsync()
    await expect(done).resolves.toMatchObject({ id: 'c-1' })
    expect(taro.request.mock.calls.map(([c]) => c.method)).toEqual(['POST', 'GET', 'POST'])
    expect(phases).toEqual(['sending0', 'waiting', 'checking', 'sending1'])
  })

  it('does not send twice when the file arrived and only the answer was lost', async () => {
    const { taro, upload } = await load()
    taro.request.mockImplementationOnce(lost).mockResolvedValueOnce(claim(['medical-invoice', 'medical-invoice']))
    const done = upload.uploadDocument({ claimId: 'c-1', kind: 'medical-invoice', content: PHOTO, storedBefore: 1 })
    await vi.runAllTimersAsync()
    await expect(done).resolves.toMatchObject({ id: 'c-1' })
    expect(taro.request.mock.calls.filter(([c]) => c.method === 'POST')).toHaveLength(1)
  })

  it('gives up after three retries with growing waits, so the page can offer 重试', async () => {
    const { taro, upload } = await load()
    taro.request.mockImplementation(lost)
    const waits: number[] = []
    const failed = upload.uploadDocument({ claimId: 'c-1', kind: 'id-card', content: PHOTO, storedBefore: 0, onPhase: (p) => p.phase === 'waiting' && waits.push(p.seconds) }).catch((e: unknown) => e)
    await vi.runAllTimersAsync()
    expect(await failed).toMatchObject({ code: 'NETWORK_ERROR' })
    expect(waits).toEqual([1, 2, 4])
    expect(taro.request.mock.calls.filter(([c]) => c.method === 'POST')).toHaveLength(4)
  })

  it('does not retry a refusal: a bad file is reported at once', async () => {
    const { taro, upload } = await load()
    taro.request.mockResolvedValue({ statusCode: 400, data: { code: 'FILE_TYPE_NOT_ALLOWED', message: '只能上传 JPG、PNG 照片或 PDF 文件' } })
    await expect(upload.uploadDocument({ claimId: 'c-1', kind: 'id-card', content: PHOTO, storedBefore: 0 })).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' })
    expect(taro.request).toHaveBeenCalledTimes(1)
  })
})
