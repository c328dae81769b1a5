import { describe, expect, it } from 'vitest'
import { eventText, parseYuan, yuanExact } from './claim-labels'

describe('parseYuan', () => {
  it('reads whole yuan and up to two decimals as fen, without floating-point drift', () => {
    expect(parseYuan('6000')).toBe(600_000)
    expect(parseYuan('9950.00')).toBe(995_000)
    expect(parseYuan(' 0.1 ')).toBe(10)
    expect(parseYuan('1,234.56')).toBe(123_456)
    expect(parseYuan('19.99')).toBe(1_999)
  })

  it('refuses what is not a sum of money', () => {
    for (const text of ['', '.5', '12.345', '-3', '1e5', '十元', '12.', '1234567890']) expect(parseYuan(text)).toBeNull()
  })
})

describe('yuanExact', () => {
  it('writes fen as yuan with two decimals and thousands separators', () => {
    expect(yuanExact(995_000)).toBe('9,950.00 元')
    expect(yuanExact(5)).toBe('0.05 元')
  })
})

describe('eventText', () => {
  it('names the uploaded document kind and keeps the officer note', () => {
    const at = '2026-11-24T07:00:00.000Z'
    expect(eventText({ action: 'upload', fromStatus: 'draft', toStatus: 'draft', actorRole: 'member', note: 'discharge-summary', at })).toBe('上传材料：出院小结/诊断证明')
    expect(eventText({ action: 'request-info', fromStatus: 'in-review', toStatus: 'needs-info', actorRole: 'officer', note: '请补充第二页', at })).toBe('要求补充材料：请补充第二页')
    expect(eventText({ action: 'start-review', fromStatus: 'submitted', toStatus: 'in-review', actorRole: 'officer', note: null, at })).toBe('开始审核')
  })
})
