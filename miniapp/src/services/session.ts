import Taro from '@tarojs/taro'
import {
  DevAccount,
  type DevLoginRequest,
  type LoginResponse,
  type RefreshRequest,
  type SessionUser,
  type WechatLoginRequest,
} from '@unionhub/shared'
import {
  ApiRequestError,
  forgetTokens,
  getRefreshToken,
  keepTokens,
  onSessionRenewed,
  onUnauthorized,
  refreshTokens,
  request,
} from './request'

export type SessionState =
  | { status: 'idle' }
  | { status: 'signing-in' }
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'failed'; message: string }
  /** The person tapped 退出登录: nothing signs in again until he taps 登录. */
  | { status: 'signed-out' }
  /** The H5 build outside development: there is no WeChat sign-in in a browser. */
  | { status: 'unavailable' }

const DEMO_ACCOUNT_KEY = 'unionhub.demoAccount'
const SIGNED_OUT_KEY = 'unionhub.signedOut'
const WECHAT_FAILED_MESSAGE = '微信登录没有成功，请稍后重试'

let state: SessionState = { status: 'idle' }
const listeners = new Set<() => void>()
let pending: Promise<SessionUser | null> | null = null
let latestAttempt = 0

export const getSession = (): SessionState => state

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Demo accounts are for a browser build that opted in (`TARO_APP_DEV_LOGIN=true`: the development
 * build and `pnpm start`); the server must have dev login on as well.
 */
export function canUseDemoAccounts(): boolean {
  return process.env.TARO_ENV === 'h5' && process.env.TARO_APP_DEV_LOGIN === 'true'
}

export const currentDemoAccount = (): string =>
  Taro.getStorageSync<string>(DEMO_ACCOUNT_KEY) || DevAccount.Member

/** Runs at launch. Pages never wait for it: whatever needs no account shows at once. */
export function startSession(): void {
  onUnauthorized(async () => state.status !== 'signed-out' && (await signIn()) !== null)
  onSessionRenewed((login) => {
    if (state.status === 'signed-in') setState({ status: 'signed-in', user: login.user })
  })
  if (Taro.getStorageSync<boolean>(SIGNED_OUT_KEY)) setState({ status: 'signed-out' })
  else void signIn()
}

/** Silent sign-in (or the stored session, refreshed); never throws. Callers arriving while one runs share it. */
export function signIn(): Promise<SessionUser | null> {
  Taro.removeStorageSync(SIGNED_OUT_KEY)
  return pending ?? run(true)
}

export function switchDemoAccount(account: string): Promise<SessionUser | null> {
  Taro.setStorageSync(DEMO_ACCOUNT_KEY, account)
  Taro.removeStorageSync(SIGNED_OUT_KEY)
  endServerSession()
  return run(false)
}

/**
 * 退出登录: forgets the tokens at once and ends the session on the server. If the server cannot be
 * reached the session still runs out by itself, and this phone no longer holds its tokens.
 */
export function signOut(): Promise<void> {
  latestAttempt++
  Taro.setStorageSync(SIGNED_OUT_KEY, true)
  setState({ status: 'signed-out' })
  return endServerSession()
}

function endServerSession(): Promise<void> {
  const refreshToken = getRefreshToken()
  forgetTokens()
  if (!refreshToken) return Promise.resolve()
  const body: RefreshRequest = { refreshToken }
  return request<void>('POST', '/api/auth/sign-out', body, { auth: false }).catch((error: unknown) => {
    console.warn('[session] sign-out did not reach the server', error)
  })
}

function run(resume: boolean): Promise<SessionUser | null> {
  const attempt = signInOnce(resume).finally(() => {
    if (pending === attempt) pending = null
  })
  pending = attempt
  return attempt
}

async function signInOnce(resume: boolean): Promise<SessionUser | null> {
  const attempt = ++latestAttempt
  if (process.env.TARO_ENV !== 'weapp' && !canUseDemoAccounts()) {
    setState({ status: 'unavailable' })
    return null
  }
  setState({ status: 'signing-in' })
  try {
    const login = (resume && (await resumeSession())) || (await fetchLogin())
    // A newer sign-in (another demo account) or a sign-out happened meanwhile: that one decides.
    if (attempt !== latestAttempt) {
      // Signed out while this ran: the session it got (a refresh keeps its tokens) ends too.
      if (state.status === 'signed-out') void endServerSession()
      return null
    }
    keepTokens(login)
    const { user } = login
    setState({ status: 'signed-in', user })
    return user
  } catch (error) {
    console.warn('[session] sign-in failed', error)
    if (attempt === latestAttempt) {
      setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : WECHAT_FAILED_MESSAGE })
    }
    return null
  }
}

/** The session kept from the last launch, if its refresh token still works; a lost connection counts as none. */
async function resumeSession(): Promise<LoginResponse | null> {
  if (!getRefreshToken()) return null
  return refreshTokens().catch(() => null)
}

async function fetchLogin(): Promise<LoginResponse> {
  if (process.env.TARO_ENV === 'weapp') {
    const { code } = await Taro.login()
    if (!code) throw new Error('wx.login returned no code')
    const body: WechatLoginRequest = { code }
    return request<LoginResponse>('POST', '/api/auth/wechat', body, { auth: false })
  }
  const body: DevLoginRequest = { account: currentDemoAccount() }
  return request<LoginResponse>('POST', '/api/auth/dev-login', body, { auth: false })
}

function setState(next: SessionState): void {
  state = next
  listeners.forEach((listener) => listener())
}
