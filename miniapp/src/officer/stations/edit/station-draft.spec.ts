import { describe, expect, it } from 'vitest'
import { emptyDraft, inputOf, parseClosures } from './station-draft'

describe('station draft', () => {
  it('reads closures one a line, single days and ranges', () => {
    expect(parseClosures('2026-12-31 至 2027-01-02 元旦休息\n\n2027-02-10 春节')).toEqual({
      ok: true,
      closures: [
        { from: '2026-12-31', to: '2027-01-02', reason: '元旦休息' },
        { from: '2027-02-10', to: '2027-02-10', reason: '春节' },
      ],
    })
    expect(parseClosures('下周一休息')).toMatchObject({ ok: false })
    expect(parseClosures('2027-01-02 至 2026-12-31 装修')).toMatchObject({ ok: false, message: expect.stringContaining('早于') })
  })

  it('turns a filled form into input and says what is missing', () => {
    const draft = { ...emptyDraft('unit-1', '110115'), name: ' 驿站 ', address: '某路1号', lat: '39.7', lng: '116.3', phone: '' }
    expect(inputOf(draft)).toMatchObject({ ok: true, input: { name: '驿站', lat: 39.7, lng: 116.3, phone: null, hours: { mon: [{ open: '08:00', close: '20:00' }] } } })
    expect(inputOf({ ...draft, lat: '' })).toMatchObject({ ok: false, message: expect.stringContaining('经纬度') })
    expect(inputOf({ ...draft, hoursText: '早八晚八' })).toMatchObject({ ok: false, message: expect.stringContaining('看不懂') })
  })
})
