import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

/** Fresh modules per test: the token store and the sign-in hook are module state. */
async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const http = await import('./request')
  return { taro, http }
}

const ok = (data: unknown): RequestResult => ({ statusCode: 200, data })
const status = (statusCode: number, data: unknown = null): RequestResult => ({ statusCode, data })
const lostConnection = () => Promise.reject(new Error('request:fail timeout'))

describe('request', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // Jitter in the middle: every wait is exactly its nominal length.
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends the stored token as a bearer header and returns the body', async () => {
    const { taro, http } = await load()
    http.setToken('tok-1')
    taro.request.mockResolvedValue(ok({ hello: '你好' }))

    await expect(http.request('GET', '/api/things')).resolves.toEqual({ hello: '你好' })

    expect(taro.request).toHaveBeenCalledTimes(1)
    const call = taro.request.mock.calls[0][0]
    expect(call.url).toBe('http://api.test/api/things')
    expect(call.method).toBe('GET')
    expect(call.header.Authorization).toBe('Bearer tok-1')
  })

  it('calls its own origin in the H5 build', async () => {
    vi.stubEnv('TARO_ENV', 'h5')
    const { taro, http } = await load()
    taro.request.mockResolvedValue(ok([]))

    await http.request('GET', '/api/orgs/tree')

    expect(taro.request.mock.calls[0][0].url).toBe('/api/orgs/tree')
  })

  it('turns the server error shape into an ApiRequestError with its code, status and message', async () => {
    const { taro, http } = await load()
    const details = [{ field: 'phone', message: '手机号格式不对' }]
    taro.request.mockResolvedValue(status(400, { code: 'VALIDATION_FAILED', message: '手机号格式不对', details }))

    const error = await http.request('POST', '/api/things', { phone: '1' }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(http.ApiRequestError)
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, message: '手机号格式不对', details })
  })

  it('says the service is unavailable when an error carries no error shape', async () => {
    const { taro, http } = await load()
    taro.request.mockResolvedValue(status(500, '<html>Internal Server Error</html>'))

    await expect(http.request('GET', '/api/things')).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      status: 500,
      message: '服务暂时不可用，请稍后再试',
    })
    expect(taro.request).toHaveBeenCalledTimes(1)
  })

  it('retries a lost connection and a 503 with growing waits, then returns the answer', async () => {
    const { taro, http } = await load()
    taro.request
      .mockImplementationOnce(lostConnection)
      .mockResolvedValueOnce(status(503))
      .mockResolvedValueOnce(ok({ done: true }))

    const result = http.request('GET', '/api/things')

    await vi.advanceTimersByTimeAsync(0)
    expect(taro.request).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(499)
    expect(taro.request).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(taro.request).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(999)
    expect(taro.request).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(taro.request).toHaveBeenCalledTimes(3)
    await expect(result).resolves.toEqual({ done: true })
  })

  it('gives up after three retries and says the network is bad', async () => {
    const { taro, http } = await load()
    taro.request.mockImplementation(lostConnection)

    const result = http.request('GET', '/api/things').catch((e: unknown) => e)
    await vi.runAllTimersAsync()

    expect(await result).toMatchObject({ code: 'NETWORK_ERROR', status: 0, message: '网络不好，请稍后重试' })
    expect(taro.request).toHaveBeenCalledTimes(4)
  })

  it('never retries a 400', async () => {
    const { taro, http } = await load()
    taro.request.mockResolvedValue(status(400, { code: 'VALIDATION_FAILED', message: '填写的内容有误' }))

    const result = http.request('GET', '/api/things').catch((e: unknown) => e)
    await vi.runAllTimersAsync()

    expect(await result).toMatchObject({ status: 400 })
    expect(taro.request).toHaveBeenCalledTimes(1)
  })

  it('does not retry a POST without an idempotency key', async () => {
    const { taro, http } = await load()
    taro.request.mockImplementation(lostConnection)

    const result = http.request('POST', '/api/claims', { amount: 1 }).catch((e: unknown) => e)
    await vi.runAllTimersAsync()

    expect(await result).toMatchObject({ code: 'NETWORK_ERROR' })
    expect(taro.request).toHaveBeenCalledTimes(1)
  })

  it('retries a POST that carries an idempotency key, sending the same key each time', async () => {
    const { taro, http } = await load()
    taro.request.mockResolvedValueOnce(status(502)).mockResolvedValueOnce(ok({ id: 'c1' }))

    const result = http.request('POST', '/api/claims', { amount: 1 }, { idempotencyKey: 'key-123' })
    await vi.runAllTimersAsync()

    await expect(result).resolves.toEqual({ id: 'c1' })
    expect(taro.request).toHaveBeenCalledTimes(2)
    for (const [call] of taro.request.mock.calls) expect(call.header['Idempotency-Key']).toBe('key-123')
  })

  it('on 401 clears the token, signs in again once and repeats the request', async () => {
    const { taro, http } = await load()
    http.setToken('expired')
    const signIn = vi.fn(async () => {
      expect(http.getToken()).toBe('')
      http.setToken('fresh')
      return true
    })
    http.onUnauthorized(signIn)
    taro.request
      .mockResolvedValueOnce(status(401, { code: 'AUTH_TOKEN_INVALID', message: '登录已过期，请重新登录' }))
      .mockResolvedValueOnce(ok({ mine: true }))

    await expect(http.request('GET', '/api/me/things')).resolves.toEqual({ mine: true })

    expect(signIn).toHaveBeenCalledTimes(1)
    expect(taro.request.mock.calls[1][0].header.Authorization).toBe('Bearer fresh')
  })

  it('repeats with the new token, without clearing it or signing in again, when another request already did', async () => {
    const { taro, http } = await load()
    http.setToken('expired')
    const signIn = vi.fn(async () => true)
    http.onUnauthorized(signIn)
    taro.request
      .mockImplementationOnce(async () => {
        http.setToken('fresh') // another request signed in while this one was on its way
        return status(401, { code: 'AUTH_TOKEN_INVALID', message: '登录已过期，请重新登录' })
      })
      .mockResolvedValueOnce(ok({ mine: true }))

    await expect(http.request('GET', '/api/me/things')).resolves.toEqual({ mine: true })

    expect(signIn).not.toHaveBeenCalled()
    expect(http.getToken()).toBe('fresh')
    expect(taro.request.mock.calls[1][0].header.Authorization).toBe('Bearer fresh')
  })

  it('signs in again only once when the repeat is refused too', async () => {
    const { taro, http } = await load()
    const signIn = vi.fn(async () => true)
    http.onUnauthorized(signIn)
    taro.request.mockResolvedValue(status(401, { code: 'AUTH_TOKEN_INVALID', message: '登录已过期，请重新登录' }))

    await expect(http.request('GET', '/api/me/things')).rejects.toMatchObject({ status: 401 })

    expect(signIn).toHaveBeenCalledTimes(1)
    expect(taro.request).toHaveBeenCalledTimes(2)
  })

  it('sends no token and does not sign in again for the sign-in call itself', async () => {
    const { taro, http } = await load()
    http.setToken('old')
    const signIn = vi.fn(async () => true)
    http.onUnauthorized(signIn)
    taro.request.mockResolvedValue(status(401, { code: 'UNAUTHORIZED', message: '请先登录' }))

    await expect(http.request('POST', '/api/auth/wechat', { code: 'c' }, { auth: false })).rejects.toMatchObject({
      status: 401,
    })

    expect(signIn).not.toHaveBeenCalled()
    expect(taro.request.mock.calls[0][0].header.Authorization).toBeUndefined()
  })
})
