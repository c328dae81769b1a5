/** A channel code: 10 letters or digits, as the server makes them. */
const CODE = /^[0-9A-Za-z]{10}$/

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `scene=CODE` inside a query string or a whole URL; also a bare code. */
export function sceneFromText(text: string | undefined | null): string | null {
  if (!text) return null
  const value = decode(text.trim())
  if (CODE.test(value)) return value
  const match = /[?&#]scene=([^&#]+)/.exec(value) ?? /^scene=([^&#]+)/.exec(value)
  if (!match) return null
  const scene = decode(match[1])
  return CODE.test(scene) ? scene : null
}

/**
 * The channel code a join page was opened with: `scene` from a 小程序码 (URL-encoded by WeChat),
 * or `q`, the encoded URL of an ordinary QR code that WeChat opened the mini-program for.
 */
export function sceneFromPageParams(params: Partial<Record<string, string>>): string | null {
  return sceneFromText(params.scene) ?? sceneFromText(params.q)
}

/** What `wx.scanCode` read: a 小程序码 gives `path` (`join/index/index?scene=…`), a QR code `result`. */
export function sceneFromScan(scan: { result?: string; path?: string }): string | null {
  return sceneFromText(scan.path) ?? sceneFromText(scan.result)
}
