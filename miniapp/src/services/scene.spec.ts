import { describe, expect, it } from 'vitest'
import { sceneFromPageParams, sceneFromScan, sceneFromText } from './scene'

describe('finding the channel code', () => {
  it('reads a bare code and a scene WeChat URL-encoded', () => {
    expect(sceneFromText('a8Kq3ZpL0x')).toBe('a8Kq3ZpL0x')
    expect(sceneFromPageParams({ scene: encodeURIComponent('a8Kq3ZpL0x') })).toBe('a8Kq3ZpL0x')
  })

  it('reads the scene out of the link of a printed QR code', () => {
    const q = encodeURIComponent('https://ghrh.example.org/?scene=a8Kq3ZpL0x')
    expect(sceneFromPageParams({ q })).toBe('a8Kq3ZpL0x')
    expect(sceneFromScan({ result: 'https://ghrh.example.org/?scene=a8Kq3ZpL0x' })).toBe('a8Kq3ZpL0x')
    expect(sceneFromText('?foo=1&scene=a8Kq3ZpL0x#/pages/index/index')).toBe('a8Kq3ZpL0x')
  })

  it('reads the path a scanned 小程序码 gives', () => {
    expect(sceneFromScan({ path: 'join/index/index?scene=a8Kq3ZpL0x', result: '' })).toBe('a8Kq3ZpL0x')
  })

  it('ignores anything that cannot be a channel code', () => {
    for (const text of [undefined, '', 'hello', 'https://example.org/?scene=../../x', '?scene=%E4%BD%A0', 'a8Kq3ZpL0x1']) {
      expect(sceneFromText(text)).toBeNull()
    }
    expect(sceneFromPageParams({})).toBeNull()
  })
})
