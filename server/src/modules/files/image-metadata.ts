/**
 * Checks an image by its bytes and removes the metadata a phone writes into it (EXIF with GPS
 * position, XMP, comments, text chunks) by rewriting the file's own segments: no decoding, no
 * native dependency, and the picture itself is untouched.
 */
export type ImageType = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function detectImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

export class CorruptImageError extends Error {}

const SOS = 0xda;
const EOI = 0xd9;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

function startsWith(segment: Buffer, text: string): boolean {
  return segment.length >= 4 + text.length && segment.subarray(4, 4 + text.length).toString('latin1') === text;
}

/** APP0 (JFIF), an ICC colour profile (APP2) and Adobe's colour flag (APP14) change how it looks; the rest is metadata. */
function keepJpegSegment(marker: number, segment: Buffer): boolean {
  if (marker === APP0) return true;
  if (marker === APP2) return startsWith(segment, 'ICC_PROFILE\0');
  if (marker === APP14) return startsWith(segment, 'Adobe');
  return !(marker >= APP0 && marker <= 0xef) && marker !== COM;
}

/** The EXIF orientation (1–8) in an APP1 segment, or null. Phones rotate photos with it. */
export function readExifOrientation(segment: Buffer): number | null {
  if (!startsWith(segment, 'Exif\0\0')) return null;
  const tiff = segment.subarray(10);
  if (tiff.length < 8) return null;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  if (!little && tiff.toString('latin1', 0, 2) !== 'MM') return null;
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** An APP1 segment holding only the orientation: big-endian TIFF, IFD0 with one SHORT entry. */
function orientationSegment(orientation: number): Buffer {
  const segment = Buffer.alloc(36);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(34, 2);
  segment.write('Exif\0\0', 4, 'latin1');
  segment.write('MM', 10, 'latin1');
  segment.writeUInt16BE(42, 12);
  segment.writeUInt32BE(8, 14);
  segment.writeUInt16BE(1, 18);
  segment.writeUInt16BE(0x0112, 20);
  segment.writeUInt16BE(3, 22);
  segment.writeUInt32BE(1, 24);
  segment.writeUInt16BE(orientation, 28);
  segment.writeUInt32BE(0, 32);
  return segment;
}

/** Drops APP1 (EXIF, XMP), other APPn and comments before the image data; keeps the orientation. */
export function stripJpegMetadata(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let orientation: number | null = null;
  let pos = 2;
  for (;;) {
    if (pos >= bytes.length || bytes[pos] !== 0xff) throw new CorruptImageError('expected a marker');
    while (bytes[pos] === 0xff) pos++;
    const marker = bytes[pos];
    const start = pos - 1;
    if (marker === SOS || marker === EOI) {
      kept.push(bytes.subarray(start));
      break;
    }
    if (pos + 2 >= bytes.length) throw new CorruptImageError('truncated segment');
    const end = pos + 1 + bytes.readUInt16BE(pos + 1);
    if (end > bytes.length) throw new CorruptImageError('segment runs past the end');
    const segment = bytes.subarray(start, end);
    if (marker === APP1) orientation ??= readExifOrientation(segment);
    if (keepJpegSegment(marker, segment)) kept.push(segment);
    pos = end;
  }
  if (orientation && orientation !== 1) {
    const afterJfif = kept[1] && kept[1][1] === APP0 ? 2 : 1;
    kept.splice(afterJfif, 0, orientationSegment(orientation));
  }
  return Buffer.concat(kept);
}

/** Ancillary chunks that change how the image looks; the text, time and EXIF chunks are dropped. */
const PNG_KEPT_ANCILLARY = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD', 'hIST', 'acTL', 'fcTL', 'fdAT']);

export function stripPngMetadata(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  let pos = 8;
  let sawEnd = false;
  while (pos < bytes.length && !sawEnd) {
    if (pos + 12 > bytes.length) throw new CorruptImageError('truncated chunk');
    const end = pos + 12 + bytes.readUInt32BE(pos);
    if (end > bytes.length) throw new CorruptImageError('chunk runs past the end');
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    if (kept.length === 1 && type !== 'IHDR') throw new CorruptImageError('IHDR must come first');
    const critical = type[0] >= 'A' && type[0] <= 'Z';
    if (critical || PNG_KEPT_ANCILLARY.has(type)) kept.push(bytes.subarray(pos, end));
    sawEnd = type === 'IEND';
    pos = end;
  }
  if (!sawEnd) throw new CorruptImageError('no IEND');
  return Buffer.concat(kept);
}
