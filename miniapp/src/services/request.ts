import Taro from '@tarojs/taro'
import { type ApiError, CommonErrorCode } from '@unionhub/shared'

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

let signInAgain: (() => Promise<boolean>) | null = null

/** The session registers its silent sign-in here, run once when a request comes back 401. */
export function onUnauthorized(handler: () => Promise<boolean>): void {
  signInAgain = handler
}

export async function request<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  try {
    return await sendWithRetry<T>(method, path, body, opts)
  } catch (error) {
    const expired = error instanceof ApiRequestError && error.status === 401
    if (!expired || opts.auth === false || !signInAgain) throw error
    clearToken()
    if (!(await signInAgain())) throw error
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
 * object URL on H5.
 */
export async function downloadFile(path: string): Promise<string> {
  const token = getToken()
  let res: { statusCode: number; tempFilePath: string }
  try {
    res = await Taro.downloadFile({ url: apiBase() + path, header: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, 0, NETWORK_MESSAGE)
  }
  if (res.statusCode !== 200) throw new ApiRequestError(CommonErrorCode.ServiceUnavailable, res.statusCode, UNAVAILABLE_MESSAGE)
  return res.tempFilePath
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
