import { describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const join = await import('./join')
  return { taro, join }
}

const channel = (code: string): RequestResult => ({ statusCode: 200, data: { code, title: '瀛海镇职工沟通会', state: 'open' } })

describe('asking for the channel of a printed link early', () => {
  it('asks once, and the join page takes that answer', async () => {
    const { taro, join } = await load()
    taro.request.mockResolvedValueOnce(channel('a8Kq3ZpL0x'))
    join.prefetchChannel('a8Kq3ZpL0x')
    expect(taro.request).toHaveBeenCalledTimes(1)

    await expect(join.fetchChannel('a8Kq3ZpL0x')).resolves.toMatchObject({ code: 'a8Kq3ZpL0x' })
    expect(taro.request).toHaveBeenCalledTimes(1)
  })

  it('asks again for a retry after a failed early answer, and for another code', async () => {
    const { taro, join } = await load()
    const unknown: RequestResult = { statusCode: 404, data: { code: 'JOIN_CHANNEL_NOT_FOUND', message: '找不到这个入会二维码' } }
    taro.request.mockResolvedValueOnce(unknown).mockResolvedValue(channel('a8Kq3ZpL0x'))
    join.prefetchChannel('a8Kq3ZpL0x')
    await expect(join.fetchChannel('a8Kq3ZpL0x')).rejects.toBeDefined()
    await expect(join.fetchChannel('a8Kq3ZpL0x')).resolves.toMatchObject({ code: 'a8Kq3ZpL0x' })
    join.prefetchChannel('a8Kq3ZpL0x')
    await join.fetchChannel('b7Yt2WqM9n')
    expect(taro.request).toHaveBeenCalledTimes(4)
    expect(taro.request.mock.calls[3][0].url).toBe('http://api.test/api/join/codes/b7Yt2WqM9n')
  })
})
