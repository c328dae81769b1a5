import { describe, expect, it } from 'vitest'
import { base64Bytes, compressionPlan, fitWithin, KEEP_BELOW_BYTES, MAX_UPLOAD_BYTES } from './compression'

const photo = (width: number, height: number, bytes: number, contentType = 'image/jpeg') => ({ contentType, width, height, bytes })

describe('compression decisions', () => {
  it('sends PDFs untouched, and refuses one over 10 MB with what to do instead', () => {
    expect(compressionPlan({ contentType: 'application/pdf', bytes: 9 * 1024 * 1024, width: 0, height: 0 })).toEqual({ kind: 'keep' })
    expect(compressionPlan({ contentType: 'application/pdf', bytes: MAX_UPLOAD_BYTES + 1, width: 0, height: 0 })).toEqual({ kind: 'refuse', message: 'PDF 文件超过 10 MB，请改为逐页拍照上传' })
  })

  it('downscales a camera photo to 1600 px on the long side, aspect kept, as a JPEG at 0.8', () => {
    expect(compressionPlan(photo(4000, 3000, 3_500_000))).toEqual({ kind: 'shrink', width: 1600, height: 1200, quality: 0.8 })
    expect(compressionPlan(photo(3024, 4032, 2_000_000, 'image/png'))).toEqual({ kind: 'shrink', width: 1200, height: 1600, quality: 0.8 })
  })

  it('keeps a photo already small in pixels and bytes, and re-encodes one small in pixels but heavy', () => {
    expect(compressionPlan(photo(1600, 900, KEEP_BELOW_BYTES))).toEqual({ kind: 'keep' })
    expect(compressionPlan(photo(1200, 900, KEEP_BELOW_BYTES + 1, 'image/png'))).toEqual({ kind: 'shrink', width: 1200, height: 900, quality: 0.8 })
  })

  it('downscales a large image even when its file is small', () => {
    expect(compressionPlan(photo(1601, 10, 2_000))).toMatchObject({ kind: 'shrink', width: 1600 })
  })

  it('refuses what is neither a photo nor a PDF', () => {
    expect(compressionPlan({ contentType: 'application/zip', bytes: 100, width: 0, height: 0 })).toMatchObject({ kind: 'refuse' })
  })

  it('never enlarges and never reaches zero pixels', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
    expect(fitWithin(20000, 1)).toEqual({ width: 1600, height: 1 })
  })

  it('counts the bytes of base64 with or without a data: prefix', () => {
    const text = Buffer.from('hello world!!').toString('base64')
    expect(base64Bytes(text)).toBe(13)
    expect(base64Bytes(`data:image/png;base64,${text}`)).toBe(13)
  })
})
