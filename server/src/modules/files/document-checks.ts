import { CorruptImageError, detectImageType } from './image-metadata';

export type DocumentType = 'image/jpeg' | 'image/png' | 'application/pdf';

/** A photo larger than this would take gigabytes to decode: refused before anything decodes it. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export function detectDocumentType(bytes: Buffer): DocumentType | null {
  const image = detectImageType(bytes);
  if (image) return image;
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? 'application/pdf' : null;
}

/** Width and height from the PNG IHDR chunk (it must come first) — the header alone, no decoding. */
function pngDimensions(bytes: Buffer): [number, number] {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new CorruptImageError('no IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Width and height from the first JPEG start-of-frame segment (SOF0–SOF15, not DHT/JPG/DAC). */
function jpegDimensions(bytes: Buffer): [number, number] {
  let pos = 2;
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) throw new CorruptImageError('expected a marker');
    const marker = bytes[pos + 1];
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return [bytes.readUInt16BE(pos + 7), bytes.readUInt16BE(pos + 5)];
    if (marker === 0xda || marker === 0xd9) break;
    pos += 2 + bytes.readUInt16BE(pos + 2);
  }
  throw new CorruptImageError('no frame header');
}

/** True when the image's declared size is within the pixel bound. */
export function withinPixelBound(type: 'image/jpeg' | 'image/png', bytes: Buffer): boolean {
  const [width, height] = type === 'image/png' ? pngDimensions(bytes) : jpegDimensions(bytes);
  return width > 0 && height > 0 && width * height <= MAX_IMAGE_PIXELS;
}

/** A whole PDF starts with `%PDF-` and ends with `%%EOF` (a trailing newline or two allowed). */
export function isCompletePdf(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - 32)).toString('latin1').trimEnd().endsWith('%%EOF');
}
