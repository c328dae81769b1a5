import Taro from '@tarojs/taro'
import { type ApiError, CommonErrorCode, type LoginResponse, type RefreshRequest } from '@unionhub/shared'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestOptions {
  /** Makes a POST or PATCH safe to retry: the server answers a repeated key with the first result. */
  idempotencyKey?: string
  /** false for the sign-in calls themselves: no token is sent and a 401 does not sign in again. */
  auth?: boolean
}

export const NETWORK_ERROR = 'NETWORK_ERROR'
const NETWORK_MESSAGE = '网络不好，请稍后重试'
export const UNAVAILABLE_MESSAGE = '服务暂时不可用，请稍后再试'

/** Waits before the 1st, 2nd and 3rd retry; each is spread by ±25 % so phones don't retry in step. */
const RETRY_DELAYS_MS = [500, 1000, 2000]
const TIMEOUT_MS = 10_000
const TOKEN_KEY = 'unionhub.token'
const REFRESH_TOKEN_KEY = 'unionhub.refreshToken'

export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    /** HTTP status; 0 when no answer arrived. */
    readonly status: number,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message)
    this.name = 'ApiRequestError'
    // Keeps `instanceof` working where the build compiles classes down to ES5.
    Object.setPrototypeOf(this, ApiRequestError.prototype)
  }
}

export const getToken = (): string => Taro.getStorageSync<string>(TOKEN_KEY) || ''
export const setToken = (token: string): void => Taro.setStorageSync(TOKEN_KEY, token)
export const clearToken = (): void => Taro.removeStorageSync(TOKEN_KEY)
export const getRefreshToken = (): string => Taro.getStorageSync<string>(REFRESH_TOKEN_KEY) || ''

/** Keeps both tokens of a sign-in or a refresh. */
export function keepTokens(login: Pick<LoginResponse, 'token' | 'refreshToken'>): void {
  setToken(login.token)
  Taro.setStorageSync(REFRESH_TOKEN_KEY, login.refreshToken)
}

export function forgetTokens(): void {
  clearToken()
  Taro.removeStorageSync(REFRESH_TOKEN_KEY)
}

let signInAgain: (() => Promise<boolean>) | null = null
let sessionRenewed: ((login: LoginResponse) => void) | null = null
let renewing: Promise<LoginResponse | null> | null = null

/** The session registers its silent sign-in here, run when a request meets a 401 and no refresh helps. */
export function onUnauthorized(handler: () => Promise<boolean>): void {
  signInAgain = handler
}

/** The session hears each refresh here: role and unit may have changed since the sign-in. */
export function onSessionRenewed(listener: (login: LoginResponse) => void): void {
  sessionRenewed = listener
}

/**
 * Spends the stored refresh token for new tokens. Requests that meet a 401 together share one
 * refresh: a refresh token works once, and a second use would end the session. Answers null when
 * the session is over (no token, or the server refused it: both tokens are then forgotten); a lost
 * connection throws, and the tokens are kept for the next try.
 */
export function refreshTokens(): Promise<LoginResponse | null> {
  if (!renewing) {
    renewing = refreshOnce().finally(() => {
      renewing = null
    })
  }
  return renewing
}

async function refreshOnce(): Promise<LoginResponse | null> {
  const refreshToken = getRefreshToken()
  if (!refreshToken) return null
  const body: RefreshRequest = { refreshToken }
  try {
    const login = await send<LoginResponse>('POST', '/api/auth/refresh', body, { auth: false })
    keepTokens(login)
    sessionRenewed?.(login)
    return login
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.status === 0 || error.status >= 500) throw error
    forgetTokens()
    return null
  }
}

/** After a 401: a refresh first, and a new sign-in only when the session is over. */
async function renewSession(): Promise<boolean> {
  if (await refreshTokens()) return true
  forgetTokens()
  return signInAgain ? signInAgain() : false
}

export async function request<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const sentWith = getToken()
  try {
    return await sendWithRetry<T>(method, path, body, opts)
  } catch (error) {
    const expired = error instanceof ApiRequestError && error.status === 401
    if (!expired || opts.auth === false) throw error
    // A page's parallel requests all come back 401 at once: they share one refresh (or sign-in); a
    // request that comes back after the token changed simply repeats with the new one.
    if (getToken() === sentWith && !(await renewSession())) throw error
    return sendWithRetry<T>(method, path, body, opts)
  }
}

async function sendWithRetry<T>(method: HttpMethod, path: string, body: unknown, opts: RequestOptions): Promise<T> {
  const retryable = (method !== 'POST' && method !== 'PATCH') || Boolean(opts.idempotencyKey)
  for (let attempt = 0; ; attempt++) {
    try {
      return await send<T>(method, path, body, opts)
    } catch (error) {
      const lost = error instanceof ApiRequestError && (error.status === 0 || (error.status >= 502 && error.status <= 504))
      if (!lost || !retryable || attempt >= RETRY_DELAYS_MS.length) throw error
      await sleep(RETRY_DELAYS_MS[attempt] * (0.75 + Math.random() * 0.5))
    }
  }
}

async function send<T>(method: HttpMethod, path: string, body: unknown, opts: RequestOptions): Promise<T> {
  const header: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) header['Content-Type'] = 'application/json'
  const token = opts.auth === false ? '' : getToken()
  if (token) header.Authorization = `Bearer ${token}`
  if (opts.idempotencyKey) header['Idempotency-Key'] = opts.idempotencyKey

  // `data` is whatever the server sent; it is checked below before use.
  let res: { statusCode: number; data: unknown }
  try {
    res = await Taro.request({ url: apiBase() + path, method, data: body, header, timeout: TIMEOUT_MS })
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, 0, NETWORK_MESSAGE)
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T
  if (isApiError(res.data)) {
    throw new ApiRequestError(res.data.code, res.statusCode, res.data.message, res.data.details)
  }
  throw new ApiRequestError(CommonErrorCode.ServiceUnavailable, res.statusCode, UNAVAILABLE_MESSAGE)
}

/**
 * A file from the API behind the sign-in (an officer's QR code, export or template) as a local
 * path an `<Image>` can show or `saveImageToPhotosAlbum` can save: a temporary file on WeChat, an
 * object URL on H5. `onProgress` hears the bytes received so far (a streamed export has no total).
 * A refusal carries the API's own message, read from the downloaded body.
 */
export async function downloadFile(path: string, onProgress?: (bytes: number) => void): Promise<string> {
  try {
    return await downloadOnce(path, onProgress)
  } catch (error) {
    const expired = error instanceof ApiRequestError && error.status === 401
    if (!expired || !(await renewSession())) throw error
    return downloadOnce(path, onProgress)
  }
}

async function downloadOnce(path: string, onProgress?: (bytes: number) => void): Promise<string> {
  const token = getToken()
  let res: { statusCode: number; tempFilePath: string }
  try {
    const task = Taro.downloadFile({ url: apiBase() + path, header: token ? { Authorization: `Bearer ${token}` } : {} })
    if (onProgress) task.onProgressUpdate?.((update) => onProgress(update.totalBytesWritten))
    res = await task
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, 0, NETWORK_MESSAGE)
  }
  if (res.statusCode === 200) return res.tempFilePath
  const error = parseJson(await readText(res.tempFilePath))
  if (isApiError(error)) throw new ApiRequestError(error.code, res.statusCode, error.message, error.details)
  throw new ApiRequestError(CommonErrorCode.ServiceUnavailable, res.statusCode, UNAVAILABLE_MESSAGE)
}

/** A small downloaded file as text: an error body, never a whole export. */
async function readText(path: string): Promise<string> {
  try {
    if (process.env.TARO_ENV === 'weapp') return String(Taro.getFileSystemManager().readFileSync(path, 'utf8'))
    return await (await fetch(path)).text()
  } catch {
    return ''
  }
}

export interface FetchedFile {
  bytes: ArrayBuffer
  /** Response headers, names in lower case. */
  header: Record<string, string>
}

/**
 * A file the API makes in answer to a POST (a payment file): the bytes and the headers, since
 * `downloadFile` only does GET. Not retried: the POST itself changes data.
 */
export async function requestFile(path: string, body: unknown): Promise<FetchedFile> {
  const token = getToken()
  let res: { statusCode: number; data: unknown; header: Record<string, string> }
  try {
    res = await Taro.request({
      url: apiBase() + path,
      method: 'POST',
      data: body,
      responseType: 'arraybuffer',
      header: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      timeout: TIMEOUT_MS * 3,
    })
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, 0, NETWORK_MESSAGE)
  }
  const header = Object.fromEntries(Object.entries(res.header ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]))
  const bytes = res.data instanceof ArrayBuffer ? res.data : new ArrayBuffer(0)
  if (res.statusCode >= 200 && res.statusCode < 300) return { bytes, header }
  const error = parseJson(utf8(bytes))
  if (isApiError(error)) throw new ApiRequestError(error.code, res.statusCode, error.message, error.details)
  throw new ApiRequestError(CommonErrorCode.ServiceUnavailable, res.statusCode, UNAVAILABLE_MESSAGE)
}

/** UTF-8 bytes as text where TextDecoder may be missing (older WeChat base libraries). */
function utf8(bytes: ArrayBuffer): string {
  let binary = ''
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte)
  try {
    return decodeURIComponent(escape(binary))
  } catch {
    return binary
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** A path the API answered with (e.g. a signed photo link) as a URL the platform can load. */
export const apiUrl = (path: string): string => apiBase() + path

/** The H5 build is served by the API server itself, so it calls its own origin. */
function apiBase(): string {
  return process.env.TARO_ENV === 'h5' ? '' : process.env.TARO_APP_API_BASE
}

function isApiError(data: unknown): data is ApiError {
  if (typeof data !== 'object' || data === null) return false
  const { code, message } = data as Record<string, unknown>
  return typeof code === 'string' && typeof message === 'string'
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
