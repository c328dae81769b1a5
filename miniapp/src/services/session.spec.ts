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

const login = (token: string, nickname = '骑手老王'): RequestResult => {
  const body: LoginResponse = { token, expiresIn: 7200, user: { id: 'u1', role: 'member', nickname, orgUnit: null } }
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

  it('signs in again through the session when a request meets a 401', async () => {
    const { taro, session, http } = await load()
    taro.login.mockResolvedValue({ code: 'wx-code' })
    taro.request.mockResolvedValueOnce(login('tok-1'))
    session.startSession()
    await session.signIn()
    taro.request
      .mockResolvedValueOnce({ statusCode: 401, data: { code: 'AUTH_TOKEN_INVALID', message: '登录已过期，请重新登录' } })
      .mockResolvedValueOnce(login('tok-2'))
      .mockResolvedValueOnce({ statusCode: 200, data: { mine: true } })

    await expect(http.request('GET', '/api/me/things')).resolves.toEqual({ mine: true })

    expect(taro.login).toHaveBeenCalledTimes(2)
    expect(taro.request.mock.calls[3][0].header.Authorization).toBe('Bearer tok-2')
  })

  describe('in the H5 build', () => {
    it('signs in with the demo account chosen last', async () => {
      vi.stubEnv('TARO_ENV', 'h5')
      const { taro, session } = await load()
      taro.request.mockResolvedValue(login('tok-officer', '庞各庄镇总工会工会干部'))

      await session.switchDemoAccount('officer:BJ-DX-PGZ')
      await session.signIn()

      expect(taro.login).not.toHaveBeenCalled()
      expect(taro.request).toHaveBeenCalledTimes(2)
      for (const [call] of taro.request.mock.calls) {
        expect(call).toMatchObject({ url: '/api/auth/dev-login', data: { account: 'officer:BJ-DX-PGZ' } })
      }
      expect(session.currentDemoAccount()).toBe('officer:BJ-DX-PGZ')
    })

    it('starts with the member demo account', async () => {
      vi.stubEnv('TARO_ENV', 'h5')
      const { taro, session } = await load()
      taro.request.mockResolvedValue(login('tok-1'))

      await session.signIn()

      expect(taro.request.mock.calls[0][0].data).toEqual({ account: 'member' })
    })

    it('does not sign in at all in a production build without demo sign-in', async () => {
      vi.stubEnv('TARO_ENV', 'h5')
      vi.stubEnv('NODE_ENV', 'production')
      const { taro, session } = await load()

      await expect(session.signIn()).resolves.toBeNull()

      expect(session.getSession()).toEqual({ status: 'unavailable' })
      expect(taro.request).not.toHaveBeenCalled()
    })
  })
})
