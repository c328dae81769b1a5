/** What to do with a picked file before it is sent: pure decisions, the drawing is in claim-media.ts. */

/** Long side of a photo sent to the server: invoices stay readable, the upload stays small on a weak signal. */
export const MAX_LONG_SIDE = 1600
export const JPEG_QUALITY = 0.8
/** A photo at most this big and already small enough in pixels is sent as it is: re-encoding gains little. */
export const KEEP_BELOW_BYTES = 400 * 1024
/** The server refuses larger files (FILE_TOO_LARGE). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export interface PickedFacts {
  contentType: string
  bytes: number
  /** Pixels; 0 for a PDF. */
  width: number
  height: number
}

export type CompressionPlan =
  | { kind: 'keep' }
  | { kind: 'shrink'; width: number; height: number; quality: number }
  | { kind: 'refuse'; message: string }

/** The size that fits within `maxSide` on the long side, aspect kept; never enlarged. */
export function fitWithin(width: number, height: number, maxSide = MAX_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

export function compressionPlan(file: PickedFacts): CompressionPlan {
  if (file.contentType === 'application/pdf') {
    return file.bytes <= MAX_UPLOAD_BYTES ? { kind: 'keep' } : { kind: 'refuse', message: 'PDF 文件超过 10 MB，请改为逐页拍照上传' }
  }
  if (!file.contentType.startsWith('image/')) return { kind: 'refuse', message: '只能上传照片（JPG、PNG）或 PDF 文件' }
  const longSide = Math.max(file.width, file.height)
  if (longSide <= MAX_LONG_SIDE && file.bytes <= KEEP_BELOW_BYTES) return { kind: 'keep' }
  return { kind: 'shrink', ...fitWithin(file.width, file.height), quality: JPEG_QUALITY }
}

/** Bytes of a base64 payload (with or without a data: prefix), to check the size after compression. */
export function base64Bytes(content: string): number {
  const data = content.slice(content.indexOf(',') + 1)
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0
  return Math.floor((data.length * 3) / 4) - padding
}
