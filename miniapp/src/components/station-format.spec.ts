import { describe, expect, it } from 'vitest'
import { emptyWeek } from '@unionhub/shared'
import { distanceText, openBadge, radiusText, starsText, weekRows, whenText } from './station-format'

/** Tuesday 2026-11-24, 12:00 in Beijing. */
const now = new Date('2026-11-24T12:00:00+08:00')

describe('station formats', () => {
  it.each([
    [0, '50 米内'],
    [849, '850 米'],
    [994, '990 米'],
    [999, '1.0 公里'],
    [9960, '10 公里'],
    [1234, '1.2 公里'],
    [23_456, '23 公里'],
  ])('say %i m as %s', (metres, text) => {
    expect(distanceText(metres)).toBe(text)
  })

  it('say a search radius in round numbers', () => {
    expect([500, 5000, 20_000].map(radiusText)).toEqual(['500 米', '5 公里', '20 公里'])
  })

  it.each([
    ['2026-11-24T20:00:00+08:00', '20:00'],
    ['2026-11-25T06:00:00+08:00', '明天 06:00'],
    ['2026-11-28T09:00:00+08:00', '周六 09:00'],
    ['2027-01-04T08:00:00+08:00', '1月4日 08:00'],
  ])('say the change at %s as %s', (iso, text) => {
    expect(whenText(iso, now)).toBe(text)
  })

  it('count days in Beijing, not in the phone’s time zone', () => {
    // 23:30 in Beijing is still "today" though UTC has it on the previous day.
    expect(whenText('2026-11-24T23:30:00+08:00', new Date('2026-11-24T00:10:00+08:00'))).toBe('23:30')
  })

  it('badge open, shut, suspended and closed stations with what comes next', () => {
    expect(openBadge({ status: 'open', openNow: true, nextChangeAt: '2026-11-24T20:00:00+08:00' }, now)).toEqual({ label: '开放中', tone: 'open', detail: '20:00 关门' })
    expect(openBadge({ status: 'open', openNow: true, nextChangeAt: null }, now).detail).toBe('24小时开放')
    expect(openBadge({ status: 'open', openNow: false, nextChangeAt: '2026-11-25T08:00:00+08:00' }, now)).toEqual({ label: '已关门', tone: 'shut', detail: '明天 08:00 开门' })
    expect(openBadge({ status: 'suspended', openNow: false, nextChangeAt: null }, now)).toMatchObject({ label: '暂停开放', tone: 'paused' })
    expect(openBadge({ status: 'closed', openNow: false, nextChangeAt: null }, now).label).toBe('已关闭')
  })

  it('show stars and the week with today marked', () => {
    expect(starsText(4)).toBe('★★★★☆')
    expect(starsText(null)).toBe('')
    const rows = weekRows({ ...emptyWeek(), mon: [{ open: '08:00', close: '12:00' }, { open: '14:00', close: '18:00' }], tue: [{ open: '22:00', close: '06:00' }], wed: [{ open: '00:00', close: '24:00' }] }, now)
    expect(rows.map((r) => r.text)).toEqual(['08:00-12:00，14:00-18:00', '22:00-次日06:00', '24小时', '休息', '休息', '休息', '休息'])
    expect(rows.filter((r) => r.today).map((r) => r.label)).toEqual(['周二'])
  })
})
