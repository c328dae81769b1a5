import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

async function load() {
  vi.resetModules()
  vi.stubEnv('TARO_ENV', 'h5')
  const { taro } = await import('../../../test/taro')
  const drafts = await import('@/services/join-draft')
  drafts.startJoining({ channelCode: 'a8Kq3ZpL0x', poolUnitId: null, unitName: '瀛海镇总工会', reviewMode: 'review', welcomeGift: null })
  drafts.updateDraft({ acceptPrivacyPolicy: true, acceptSensitiveInfo: true, startReported: true })
  const { default: JoinForm } = await import('./index')
  return { taro, drafts, JoinForm }
}

const input = (placeholder: string) => screen.getByPlaceholderText(placeholder) as HTMLInputElement
const type = (placeholder: string, value: string) => fireEvent.change(input(placeholder), { target: { value } })

describe('the join form', () => {
  afterEach(cleanup)

  it('checks the ID number with the shared rules as it is typed and says how to fix it', async () => {
    const { JoinForm } = await load()
    render(<JoinForm />)
    type('18位，最后一位可以是X', '110105194912310021')
    expect(await screen.findByText('身份证号码校验不通过，请逐位核对是否输错')).toBeTruthy()
    type('18位，最后一位可以是X', '11010519491231002X')
    expect(screen.queryByText('身份证号码校验不通过，请逐位核对是否输错')).toBeNull()
    type('与身份证上一致', '王')
    fireEvent.blur(input('与身份证上一致'))
    expect(screen.getByText('姓名应为2至30个字')).toBeTruthy()
  })

  it('keeps every keystroke in the draft and shows it again after a restart', async () => {
    const { drafts, JoinForm } = await load()
    const first = render(<JoinForm />)
    type('如：美团、顺丰、京东物流', '京东物流')
    fireEvent.click(screen.getByText('快递员'))
    first.unmount()
    expect(drafts.loadDraft()).toMatchObject({ employer: '京东物流', occupation: 'courier' })
    render(<JoinForm />)
    expect(input('如：美团、顺丰、京东物流').value).toBe('京东物流')
  })

  it('shows every problem at once instead of sending an incomplete form', async () => {
    const { taro, JoinForm } = await load()
    render(<JoinForm />)
    fireEvent.click(screen.getByText('提交入会申请'))
    expect(await screen.findByText('还有几项需要修改，请看红字提示。')).toBeTruthy()
    expect(screen.getByText('请输入姓名')).toBeTruthy()
    expect(screen.getByText('请选择您的职业')).toBeTruthy()
    expect(taro.request).not.toHaveBeenCalled()
  })

  const fillAllButTheCode = () => {
    type('与身份证上一致', '王小明')
    type('18位，最后一位可以是X', '11010519491231002X')
    type('11位手机号码', '13812345678')
    fireEvent.click(screen.getByText('外卖配送员'))
    type('如：美团、顺丰、京东物流', '美团')
    fireEvent.change(screen.getByLabelText('picker'), { target: { value: '11' } })
  }
  const sent = { statusCode: 200, data: { phoneMasked: '138****5678', expiresInSeconds: 300, resendAfterSeconds: 60 } }

  it('submits a complete form with the texted code and opens the result', async () => {
    const { taro, JoinForm } = await load()
    taro.request.mockResolvedValueOnce(sent).mockResolvedValueOnce({ statusCode: 201, data: { outcome: 'pending', application: null, membership: null, transfer: null } })
    render(<JoinForm />)
    fillAllButTheCode()
    fireEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('验证码已发到 138****5678，5分钟内有效')).toBeTruthy()
    expect(screen.getByText('60秒后可重发')).toBeTruthy()
    expect(taro.request.mock.calls[0][0]).toMatchObject({ url: expect.stringMatching(/\/api\/auth\/phone\/sms-code$/), data: { phone: '13812345678' } })
    type('6位数字', '246810')
    fireEvent.click(screen.getByText('提交入会申请'))
    await vi.waitFor(() => expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/join/result/index' }))
    expect(taro.request.mock.calls[1][0].data).toMatchObject({ phone: '13812345678', smsCode: '246810', workDistrict: '110115', occupation: 'delivery-rider' })
  })

  it('does not send a typed phone without its code, and says what to do when the code is wrong or sends run out', async () => {
    const { taro, JoinForm } = await load()
    render(<JoinForm />)
    fillAllButTheCode()
    fireEvent.click(screen.getByText('提交入会申请'))
    expect(await screen.findByText('请填写短信里的6位验证码')).toBeTruthy()
    expect(taro.request).not.toHaveBeenCalled()

    taro.request.mockResolvedValueOnce({ statusCode: 429, data: { code: 'SMS_SEND_LIMIT', message: '今天获取验证码的次数太多了，请明天再试，或在微信里用“获取手机号”' } })
    fireEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('今天获取验证码的次数太多了，请明天再试，或在微信里用“获取手机号”')).toBeTruthy()

    taro.request.mockResolvedValueOnce({ statusCode: 400, data: { code: 'SMS_CODE_WRONG', message: '验证码不对，请核对短信里的6位数字再提交', details: { triesLeft: 3 } } })
    type('6位数字', '111111')
    fireEvent.click(screen.getByText('提交入会申请'))
    expect(await screen.findByText('验证码不对，请核对短信里的6位数字再提交（还可以再试3次）')).toBeTruthy()
  })
})
