import { prefetchChannel } from './join'
import { sceneFromText } from './scene'

/**
 * H5: a printed QR code opens `${PUBLIC_BASE_URL}/?scene=CODE`. Called before the hash router
 * reads the address, this turns it into the join page's own route, so the worker lands on the join
 * page as he does when WeChat opens a 小程序码 (and a reload does not open it twice). The channel is
 * asked for at once, while the join page's script is still on its way.
 */
export function routeScannedLinkToJoinPage(): void {
  if (process.env.TARO_ENV !== 'h5') return
  const code = sceneFromText(window.location.search)
  if (!code) return
  window.history.replaceState(null, '', `${window.location.pathname}#/join/index/index?scene=${code}`)
  prefetchChannel(code)
}
