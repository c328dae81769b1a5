import Taro from '@tarojs/taro'
import { type LatLng, wgs84ToGcj02 } from '@unionhub/shared'

export type LocationResult = { status: 'located'; position: LatLng } | { status: 'denied' } | { status: 'failed' }

let last: LocationResult | null = null

/** WeChat and browsers word a refusal differently; anything else is a failure worth retrying. */
function isDenial(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String((error as { errMsg?: string } | null)?.errMsg ?? error)
  return /auth den|authorize|permission|denied|privacy|拒绝/i.test(text)
}

async function ask(): Promise<LatLng> {
  if (process.env.TARO_ENV === 'weapp') {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { lat: latitude, lng: longitude }
  }
  // Browsers give GPS (WGS-84) only; stations and the API use GCJ-02, about 500 m apart in Beijing.
  const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84' })
  return wgs84ToGcj02({ lat: latitude, lng: longitude })
}

/**
 * The worker's position in GCJ-02. Asked once and remembered for the session, so switching tabs
 * does not ask again; `fresh` asks again (the refresh button).
 */
export async function locate(fresh = false): Promise<LocationResult> {
  if (last && !fresh) return last
  try {
    last = { status: 'located', position: await ask() }
  } catch (error) {
    last = isDenial(error) ? { status: 'denied' } : { status: 'failed' }
  }
  return last
}

/** WeChat: the settings page where a refused location permission can be granted again. */
export async function openLocationSetting(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return false
  const { authSetting } = await Taro.openSetting()
  return Boolean(authSetting['scope.userLocation'])
}
