import { afterEach, describe, expect, it, vi } from 'vitest'
import { gcj02ToWgs84 } from '@unionhub/shared'

const getLocation = vi.fn()
vi.mock('@tarojs/taro', () => ({ default: { getLocation: (options: unknown) => getLocation(options) } }))

/** Fresh module per test: the position is remembered in module state. */
async function load() {
  vi.resetModules()
  return import('./location')
}

describe('locate', () => {
  afterEach(() => getLocation.mockReset())

  it('asks WeChat for GCJ-02 once and remembers it until a refresh', async () => {
    const { locate } = await load()
    getLocation.mockResolvedValue({ latitude: 39.6366, longitude: 116.3262 })

    expect(await locate()).toEqual({ status: 'located', position: { lat: 39.6366, lng: 116.3262 } })
    await locate()
    expect(getLocation).toHaveBeenCalledTimes(1)
    expect(getLocation).toHaveBeenCalledWith({ type: 'gcj02' })

    await locate(true)
    expect(getLocation).toHaveBeenCalledTimes(2)
  })

  it('converts the browser’s GPS position to GCJ-02 on H5', async () => {
    vi.stubEnv('TARO_ENV', 'h5')
    const { locate } = await load()
    const gcj = { lat: 39.6366, lng: 116.3262 }
    const gps = gcj02ToWgs84(gcj)
    getLocation.mockResolvedValue({ latitude: gps.lat, longitude: gps.lng })

    const result = await locate()

    expect(getLocation).toHaveBeenCalledWith({ type: 'wgs84' })
    expect(result.status === 'located' && Math.abs(result.position.lat - gcj.lat) + Math.abs(result.position.lng - gcj.lng)).toBeLessThan(1e-6)
  })

  it.each([
    ['WeChat’s refusal', { errMsg: 'getLocation:fail auth deny' }, 'denied'],
    ['a browser’s refusal', new Error('User denied Geolocation'), 'denied'],
    ['the privacy guide declined', { errMsg: 'getLocation:fail privacy permission is not authorized' }, 'denied'],
    ['a time-out', { errMsg: 'getLocation:fail timeout' }, 'failed'],
  ])('tells %s from a failure', async (_, error, status) => {
    const { locate } = await load()
    getLocation.mockRejectedValue(error)
    expect(await locate()).toEqual({ status })
  })
})
