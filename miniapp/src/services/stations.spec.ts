import { describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const stations = await import('./stations')
  return { taro, stations }
}

const ok = (data: unknown): RequestResult => ({ statusCode: 200, data })

describe('stations service', () => {
  it('asks for the nearest stations with the position and only the filters chosen', async () => {
    const { taro, stations } = await load()
    taro.request.mockResolvedValue(ok({ items: [], radius: 50_000, nextOffset: null, at: '' }))

    await stations.fetchNearby({ lat: 39.6366123456, lng: 116.32618 }, { facilities: [], openNow: false })
    await stations.fetchNearby({ lat: 39.6366, lng: 116.3262 }, { radius: 20_000, facilities: ['charging', 'hot-meal'], openNow: true }, 20)

    expect(taro.request.mock.calls[0][0].url).toBe('http://api.test/api/stations/nearby?lat=39.636612&lng=116.326180&limit=20&offset=0')
    expect(taro.request.mock.calls[1][0].url).toBe('http://api.test/api/stations/nearby?lat=39.636600&lng=116.326200&radius=20000&facilities=charging%2Chot-meal&openNow=true&limit=20&offset=20')
  })

  it('searches by words or by district code', async () => {
    const { taro, stations } = await load()
    taro.request.mockResolvedValue(ok({ items: [], total: 0, nextOffset: null, at: '' }))

    await stations.searchStations({ q: ' 大兴 ' })
    await stations.searchStations({ district: '110106' })

    expect(taro.request.mock.calls[0][0].url).toBe(`http://api.test/api/stations/search?q=${encodeURIComponent('大兴')}&limit=20&offset=0`)
    expect(taro.request.mock.calls[1][0].url).toBe('http://api.test/api/stations/search?district=110106&limit=20&offset=0')
  })

  it('sends a report with its retry key, so a lost answer can be retried safely', async () => {
    const { taro, stations } = await load()
    taro.request.mockResolvedValueOnce({ statusCode: 502, data: null }).mockResolvedValueOnce(ok({ id: 'r1' }))
    vi.useFakeTimers()

    const sent = stations.reportStation('s1', { kind: 'closed' }, 'key-0000000000000001')
    await vi.runAllTimersAsync()

    await expect(sent).resolves.toEqual({ id: 'r1' })
    expect(taro.request.mock.calls.map(([call]) => call.header['Idempotency-Key'])).toEqual(['key-0000000000000001', 'key-0000000000000001'])
    vi.useRealTimers()
  })

  it('makes retry keys the server accepts, even from the smallest random numbers', async () => {
    const { stations } = await load()
    const keys = Array.from({ length: 200 }, () => stations.newRetryKey())
    vi.spyOn(Math, 'random').mockReturnValue(0)
    keys.push(stations.newRetryKey())
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
    expect(new Set(keys.slice(0, 200)).size).toBe(200)
  })
})
