import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OrgUnitNode } from '@unionhub/shared'
import type { RequestCall, RequestResult } from '../../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../../test/taro')
  const session = await import('@/services/session')
  const { default: Me } = await import('./index')
  return { taro, session, Me }
}

const unit = (code: string, name: string, level: OrgUnitNode['level'], children: OrgUnitNode[] = []): OrgUnitNode => ({
  id: code,
  code,
  name,
  level,
  kind: 'general',
  parentId: null,
  regionCode: null,
  children,
})
const tree = unit('BJ', '北京市总工会', 'city', [
  unit('BJ-DX', '大兴区总工会', 'district', [unit('BJ-DX-PGZ', '庞各庄镇总工会', 'street')]),
])
const signedIn: RequestResult = {
  statusCode: 200,
  data: { token: 't', expiresIn: 60, refreshToken: 'r', refreshExpiresIn: 3600, user: { id: 'u1', role: 'member', nickname: '骑手老王', orgUnit: null } },
}

describe('我的 page', () => {
  afterEach(cleanup)

  it('shows progress while signing in, then the failure with a retry that signs in', async () => {
    const { taro, session, Me } = await load()
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    taro.login.mockResolvedValue({ code: 'c' })
    let answer: (result: RequestResult) => void = () => undefined
    taro.request.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))

    render(<Me />)
    session.startSession()
    expect(await screen.findByText('正在登录…')).toBeTruthy()

    answer({ statusCode: 503, data: null })
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy()

    taro.request.mockResolvedValueOnce(signedIn)
    fireEvent.click(screen.getByText('重新登录'))
    expect(await screen.findByText('骑手老王')).toBeTruthy()
    expect(screen.getByText('会员')).toBeTruthy()
    expect(screen.queryByText(/演示账号/)).toBeNull()
  })

  it('signs out from the account card and signs in again on 登录', async () => {
    const { taro, session, Me } = await load()
    taro.login.mockResolvedValue({ code: 'c' })
    taro.request.mockResolvedValueOnce(signedIn)
    render(<Me />)
    session.startSession()
    expect(await screen.findByText('骑手老王')).toBeTruthy()

    taro.request.mockResolvedValueOnce({ statusCode: 204, data: '' })
    fireEvent.click(screen.getByText('退出登录'))
    expect(await screen.findByText(/您已退出登录/)).toBeTruthy()
    expect(screen.queryByText('骑手老王')).toBeNull()
    const signOut = taro.request.mock.calls.find(([call]) => call.url.endsWith('/api/auth/sign-out'))
    expect(signOut?.[0].data).toEqual({ refreshToken: 'r' })

    taro.request.mockResolvedValueOnce(signedIn)
    fireEvent.click(screen.getByText('登录'))
    expect(await screen.findByText('骑手老王')).toBeTruthy()
    expect(taro.login).toHaveBeenCalledTimes(2)
  })

  it('on H5 in development offers the town unions as officer accounts and switches to one', async () => {
    vi.stubEnv('TARO_ENV', 'h5')
    vi.stubEnv('TARO_APP_DEV_LOGIN', 'true')
    const { taro, Me } = await load()
    taro.request.mockImplementation(async ({ url, data }: RequestCall) => {
      if (url === '/api/orgs/tree') return { statusCode: 200, data: [tree] }
      const officer = { id: 'u2', role: 'officer', nickname: '庞各庄干部', orgUnit: { ...tree, name: '庞各庄镇总工会' } }
      return { statusCode: 200, data: { token: 't', expiresIn: 60, user: officer, sent: data } }
    })

    render(<Me />)
    fireEvent.click(await screen.findByText('工会工作者 · 庞各庄镇总工会'))

    expect(await screen.findByText('庞各庄干部')).toBeTruthy()
    expect(screen.getByText('工会工作者')).toBeTruthy()
    expect(screen.queryByText(/大兴区总工会/)).toBeNull()
    const login = taro.request.mock.calls.find(([call]) => call.url === '/api/auth/dev-login')
    expect(login?.[0].data).toEqual({ account: 'officer:BJ-DX-PGZ' })
  })

  it('on H5 offers a retry when the list of unions does not load', async () => {
    vi.stubEnv('TARO_ENV', 'h5')
    vi.stubEnv('TARO_APP_DEV_LOGIN', 'true')
    const { taro, Me } = await load()
    taro.request.mockResolvedValueOnce({ statusCode: 404, data: { code: 'NOT_FOUND', message: '找不到您要的内容' } })

    render(<Me />)
    expect(await screen.findByText('街道、乡镇工会列表没有加载出来')).toBeTruthy()

    taro.request.mockResolvedValueOnce({ statusCode: 200, data: [tree] })
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('工会工作者 · 庞各庄镇总工会')).toBeTruthy()
  })
})
