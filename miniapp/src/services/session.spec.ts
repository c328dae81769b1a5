import { describe, expect, it, vi } from 'vitest'
import type { LoginResponse } from '@unionhub/shared'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const session = await import('./session')
  const http = await import('./request')
  return { taro, session, http }
}

const expired: RequestResult = { statusCode: 401, data: { code: 'AUTH_TOKEN_INVALID', message: '登录已过期，请重新登录' } }

const login = (token: string, nickname = '骑手老王'): RequestResult => {
  const body: LoginResponse = { token, expiresIn: 900, refreshToken: `r-${token}`, refreshExpiresIn: 2592000, user: { id: 'u1', role: 'member', nickname, orgUnit: null } }
  return { statusCode: 200, data: body }
}

describe('session', () => {
  it('signs in silently on WeChat with the wx.login code and keeps the token', async () => {
    const { taro, session, http } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code-1' })
    taro.request.mockResolvedValue(login('tok-1'))

    session.startSession()
    expect(session.getSession()).toEqual({ status: 'signing-in' })
    const user = await session.signIn()

    expect(user?.nickname).toBe('骑手老王')
    expect(session.getSession()).toMatchObject({ status: 'signed-in', user: { nickname: '骑手老王' } })
    expect(http.getToken()).toBe('tok-1')
    const call = taro.request.mock.calls[0][0]
    expect(call).toMatchObject({ url: 'http://api.test/api/auth/wechat', method: 'POST', data: { code: 'wx-code-1' } })
    expect(call.header.Authorization).toBeUndefined()
  })

  it('swallows a failed sign-in and leaves a message for the page', async () => {
    const { taro, session } = await load()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    taro.login.mockResolvedValue({ code: 'wx-code-1' })
    taro.request.mockRejectedValue(new Error('request:fail'))

    await expect(session.signIn()).resolves.toBeNull()

    expect(session.getSession()).toEqual({ status: 'failed', message: '网络不好，请稍后重试' })
    expect(warn).toHaveBeenCalled()
  })

  it('says WeChat sign-in failed when wx.login fails', async () => {
    const { taro, session } = await load()
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    taro.login.mockRejectedValue(new Error('login:fail'))

    await expect(session.signIn()).resolves.toBeNull()

    expect(session.getSession()).toEqual({ status: 'failed', message: '微信登录没有成功，请稍后重试' })
    expect(taro.request).not.toHaveBeenCalled()
  })

  it('shares one sign-in among callers that arrive while it runs', async () => {
    const { taro, session } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code-1' })
    taro.request.mockResolvedValue(login('tok-1'))

    await Promise.all([session.signIn(), session.signIn()])

    expect(taro.login).toHaveBeenCalledTimes(1)
  })

  it('tells listeners when the state changes', async () => {
    const { taro, session } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code-1' })
    taro.request.mockResolvedValue(login('tok-1'))
    const seen: string[] = []
    session.subscribeSession(() => seen.push(session.getSession().status))

    await session.signIn()

    expect(seen).toEqual(['signing-in', 'signed-in'])
  })

  it('refreshes silently when a request meets a 401, keeps the new tokens and repeats the request', async () => {
    const { taro, session, http } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code' })
    taro.request.mockResolvedValueOnce(login('tok-1'))
    session.startSession()
    await session.signIn()
    taro.request
      .mockResolvedValueOnce(expired)
      .mockResolvedValueOnce(login('tok-2', '骑手老王（改名）'))
      .mockResolvedValueOnce({ statusCode: 200, data: { mine: true } })

    await expect(http.request('GET', '/api/me/things')).resolves.toEqual({ mine: true })

    expect(taro.login).toHaveBeenCalledTimes(1)
    expect(taro.request.mock.calls[2][0]).toMatchObject({ url: 'http://api.test/api/auth/refresh', data: { refreshToken: 'r-tok-1' } })
    expect(taro.request.mock.calls[2][0].header.Authorization).toBeUndefined()
    expect(taro.request.mock.calls[3][0].header.Authorization).toBe('Bearer tok-2')
    expect(http.getRefreshToken()).toBe('r-tok-2')
    expect(session.getSession()).toMatchObject({ status: 'signed-in', user: { nickname: '骑手老王（改名）' } })
  })

  it('shares one refresh among requests that meet a 401 together', async () => {
    const { taro, session, http } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code' })
    taro.request.mockResolvedValueOnce(login('tok-1'))
    session.startSession()
    await session.signIn()
    taro.request.mockImplementation(async ({ url, header }) => {
      if (url.endsWith('/api/auth/refresh')) return login('tok-2')
      return header.Authorization === 'Bearer tok-2' ? { statusCode: 200, data: url } : expired
    })

    const answers = await Promise.all(['/api/a', '/api/b', '/api/c'].map((path) => http.request('GET', path)))

    expect(answers).toEqual(['http://api.test/api/a', 'http://api.test/api/b', 'http://api.test/api/c'])
    expect(taro.request.mock.calls.filter(([call]) => call.url.endsWith('/api/auth/refresh'))).toHaveLength(1)
    expect(taro.login).toHaveBeenCalledTimes(1)
  })

  it('signs in afresh when the refresh is refused, forgetting the old tokens', async () => {
    const { taro, session, http } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code' })
    taro.request.mockResolvedValueOnce(login('tok-1'))
    session.startSession()
    await session.signIn()
    taro.request
      .mockResolvedValueOnce(expired)
      .mockResolvedValueOnce({ statusCode: 400, data: { code: 'AUTH_REFRESH_INVALID', message: '登录已失效，请重新登录' } })
      .mockResolvedValueOnce(login('tok-3'))
      .mockResolvedValueOnce({ statusCode: 200, data: { mine: true } })

    await expect(http.request('GET', '/api/me/things')).resolves.toEqual({ mine: true })

    expect(taro.login).toHaveBeenCalledTimes(2)
    expect(taro.request.mock.calls[3][0].url).toBe('http://api.test/api/auth/wechat')
    expect(taro.request.mock.calls[4][0].header.Authorization).toBe('Bearer tok-3')
    expect(http.getRefreshToken()).toBe('r-tok-3')
  })

  it('keeps the tokens when the refresh cannot reach the server', async () => {
    const { taro, session, http } = await load()
    vi.useFakeTimers()
    taro.login.mockResolvedValue({ code: 'wx-code' })
    taro.request.mockResolvedValueOnce(login('tok-1'))
    session.startSession()
    await session.signIn()
    taro.request.mockResolvedValueOnce(expired).mockRejectedValueOnce(new Error('request:fail'))

    await expect(http.request('GET', '/api/me/things')).rejects.toMatchObject({ status: 0 })

    expect(http.getRefreshToken()).toBe('r-tok-1')
    expect(taro.login).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })

  it('resumes the last session at launch with a refresh instead of a new sign-in', async () => {
    const { taro, session, http } = await load()
    http.keepTokens({ token: 'old', refreshToken: 'r-old' })
    taro.request.mockResolvedValueOnce(login('tok-2'))

    session.startSession()
    await session.signIn()

    expect(taro.login).not.toHaveBeenCalled()
    expect(taro.request.mock.calls[0][0]).toMatchObject({ url: 'http://api.test/api/auth/refresh', data: { refreshToken: 'r-old' } })
    expect(session.getSession()).toMatchObject({ status: 'signed-in' })
    expect(http.getToken()).toBe('tok-2')
  })

  it('signs out: forgets both tokens, ends the session on the server, and stays out until asked', async () => {
    const { taro, session, http } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code' })
    taro.request.mockResolvedValueOnce(login('tok-1'))
    session.startSession()
    await session.signIn()
    taro.request.mockResolvedValueOnce({ statusCode: 204, data: '' }).mockResolvedValueOnce(expired)

    await session.signOut()

    expect(session.getSession()).toEqual({ status: 'signed-out' })
    expect(http.getToken()).toBe('')
    expect(http.getRefreshToken()).toBe('')
    expect(taro.request.mock.calls[1][0]).toMatchObject({ url: 'http://api.test/api/auth/sign-out', method: 'POST', data: { refreshToken: 'r-tok-1' } })
    await expect(http.request('GET', '/api/me/things')).rejects.toMatchObject({ status: 401 })
    expect(taro.login).toHaveBeenCalledTimes(1)

    // The next launch stays signed out too, until the person taps 登录.
    session.startSession()
    expect(session.getSession()).toEqual({ status: 'signed-out' })
    expect(taro.login).toHaveBeenCalledTimes(1)
  })

  describe('in the H5 build', () => {
    it('signs in with the demo account chosen last', async () => {
      vi.stubEnv('TARO_ENV', 'h5')
      vi.stubEnv('TARO_APP_DEV_LOGIN', 'true')
      const { taro, session } = await load()
      taro.request.mockResolvedValue(login('tok-officer', '庞各庄镇总工会工会干部'))

      await session.switchDemoAccount('officer:BJ-DX-PGZ')
      await session.signIn()

      expect(taro.login).not.toHaveBeenCalled()
      expect(taro.request).toHaveBeenCalledTimes(2)
      expect(taro.request.mock.calls[0][0]).toMatchObject({ url: '/api/auth/dev-login', data: { account: 'officer:BJ-DX-PGZ' } })
      // Signing in again later resumes that account's session.
      expect(taro.request.mock.calls[1][0]).toMatchObject({ url: '/api/auth/refresh', data: { refreshToken: 'r-tok-officer' } })
      expect(session.currentDemoAccount()).toBe('officer:BJ-DX-PGZ')
    })

    it('starts with the member demo account', async () => {
      vi.stubEnv('TARO_ENV', 'h5')
      vi.stubEnv('TARO_APP_DEV_LOGIN', 'true')
      const { taro, session } = await load()
      taro.request.mockResolvedValue(login('tok-1'))

      await session.signIn()

      expect(taro.request.mock.calls[0][0].data).toEqual({ account: 'member' })
    })

    it('does not sign in at all in a build without demo sign-in, whatever NODE_ENV says', async () => {
      vi.stubEnv('TARO_ENV', 'h5')
      vi.stubEnv('NODE_ENV', 'development')
      const { taro, session } = await load()

      await expect(session.signIn()).resolves.toBeNull()

      expect(session.getSession()).toEqual({ status: 'unavailable' })
      expect(taro.request).not.toHaveBeenCalled()
    })
  })
})
