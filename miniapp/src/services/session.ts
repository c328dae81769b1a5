import Taro from '@tarojs/taro'
import {
  DevAccount,
  type DevLoginRequest,
  type LoginResponse,
  type SessionUser,
  type WechatLoginRequest,
} from '@unionhub/shared'
import { ApiRequestError, onUnauthorized, request, setToken } from './request'

export type SessionState =
  | { status: 'idle' }
  | { status: 'signing-in' }
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'failed'; message: string }
  /** The H5 build outside development: there is no WeChat sign-in in a browser. */
  | { status: 'unavailable' }

const DEMO_ACCOUNT_KEY = 'unionhub.demoAccount'
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

/** Demo accounts are for the browser build while developing, or when a build opts in. */
export function canUseDemoAccounts(): boolean {
  return (
    process.env.TARO_ENV === 'h5' &&
    (process.env.NODE_ENV !== 'production' || process.env.TARO_APP_DEV_LOGIN === 'true')
  )
}

export const currentDemoAccount = (): string =>
  Taro.getStorageSync<string>(DEMO_ACCOUNT_KEY) || DevAccount.Member

/** Runs at launch. Pages never wait for it: whatever needs no account shows at once. */
export function startSession(): void {
  onUnauthorized(async () => (await signIn()) !== null)
  void signIn()
}

/** Silent sign-in; never throws. Callers arriving while one runs share it. */
export function signIn(): Promise<SessionUser | null> {
  return pending ?? run()
}

export function switchDemoAccount(account: string): Promise<SessionUser | null> {
  Taro.setStorageSync(DEMO_ACCOUNT_KEY, account)
  return run()
}

function run(): Promise<SessionUser | null> {
  const attempt = signInOnce().finally(() => {
    if (pending === attempt) pending = null
  })
  pending = attempt
  return attempt
}

async function signInOnce(): Promise<SessionUser | null> {
  const attempt = ++latestAttempt
  if (process.env.TARO_ENV !== 'weapp' && !canUseDemoAccounts()) {
    setState({ status: 'unavailable' })
    return null
  }
  setState({ status: 'signing-in' })
  try {
    const { token, user } = await fetchLogin()
    // A newer sign-in (another demo account) started meanwhile: that one decides.
    if (attempt !== latestAttempt) return null
    setToken(token)
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
