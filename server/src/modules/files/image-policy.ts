import sharp from 'sharp';
import { FilesError, FilesErrorCode } from './files.errors';

/**
 * The one policy for every uploaded image (claim documents, station photos, report photos): the type
 * is decided by the first bytes, the size is bounded in bytes and, from the header alone, in pixels,
 * and the picture is decoded and encoded anew. Only pixels survive a re-encoding: EXIF, GPS, XMP,
 * comments, ICC text, PNG text chunks and any image appended after the first are all left behind,
 * wherever in the file they sat. sharp (libvips) is made for exactly this, with its own limits.
 */
export type ImageType = 'image/jpeg' | 'image/png';

/** 5 MB fits any phone photo WeChat compresses; the mini-program sends at most 1600 px on the long side. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** A photo larger than this would take hundreds of megabytes to decode: refused before decoding. */
export const MAX_IMAGE_PIXELS = 40_000_000;
const ENCODE_TIMEOUT_SECONDS = 20;
const JPEG_QUALITY = 85;

// Each upload is decoded once: caching decoded images would only hold memory.
sharp.cache(false);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function detectImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

const SHARP_FORMAT: Record<ImageType, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png' };

/** Format, width and height as the header declares them: libvips reads the header only, no pixels. */
async function declaredHeader(bytes: Buffer): Promise<{ format: string; width: number; height: number }> {
  const { format, width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
  return { format, width, height };
}

/** Checks an uploaded image against the policy and returns it re-encoded, upright, with nothing but pixels. */
export async function reencodeImage(bytes: Buffer): Promise<{ type: ImageType; bytes: Buffer }> {
  const type = detectImageType(bytes);
  if (!type) throw new FilesError(FilesErrorCode.TypeNotAllowed);
  if (bytes.length > MAX_IMAGE_BYTES) throw new FilesError(FilesErrorCode.TooLarge, { maxBytes: MAX_IMAGE_BYTES });
  const { format, width, height } = await declaredHeader(bytes).catch(() => {
    throw new FilesError(FilesErrorCode.Corrupt);
  });
  // libvips reads many formats; only the one the first bytes named may reach the decoder.
  if (format !== SHARP_FORMAT[type] || !(width > 0 && height > 0)) throw new FilesError(FilesErrorCode.Corrupt);
  if (width * height > MAX_IMAGE_PIXELS) throw new FilesError(FilesErrorCode.TooManyPixels, { maxPixels: MAX_IMAGE_PIXELS });
  // Turned upright by its EXIF orientation first, since the orientation tag goes with the rest.
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', autoOrient: true }).timeout({ seconds: ENCODE_TIMEOUT_SECONDS });
  const encoded = type === 'image/jpeg' ? image.jpeg({ quality: JPEG_QUALITY }) : image.png();
  try {
    return { type, bytes: await encoded.toBuffer() };
  } catch {
    throw new FilesError(FilesErrorCode.Corrupt);
  }
}
