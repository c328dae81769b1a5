import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { detectDocumentType, isCompletePdf, withinPixelBound } from './document-checks';
import { FileStorage, type StoredFile } from './file-storage';
import { FilesError, FilesErrorCode } from './files.errors';
import { CorruptImageError, detectImageType, stripJpegMetadata, stripPngMetadata } from './image-metadata';
import { LinkSigner } from './link-signer';

/** Photos are bounded before and after decoding; 5 MB fits any phone photo WeChat compresses. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Base64 takes 4 characters for 3 bytes; a data URL prefix adds a few more. */
export const maxBase64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4 + 64;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const FILE_KEY = /^[a-f0-9]{32}\.(jpg|png|pdf)$/;

/** Claim documents: a scanned multi-page PDF is bigger than a photo. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface StoredDocument {
  key: string;
  contentType: string;
  size: number;
  sha256: string;
}
const DATA_URL_PREFIX = /^data:[\w/+.-]+;base64,/;

/** Decodes base64 (or a data URL, as browsers read files) within a size bound. */
export function decodeBase64(text: string, maxBytes: number): Buffer {
  const body = text.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  if (body.length > maxBase64Length(maxBytes)) throw new FilesError(FilesErrorCode.TooLarge, { maxBytes });
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64.test(body)) throw new FilesError(FilesErrorCode.NotBase64);
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length > maxBytes) throw new FilesError(FilesErrorCode.TooLarge, { maxBytes });
  return bytes;
}

@Injectable()
export class FilesService {
  private readonly logger = new Logger('Files');

  constructor(
    private readonly storage: FileStorage,
    private readonly signer: LinkSigner,
  ) {}

  /**
   * Stores a JPEG or PNG photo sent as base64 and returns its key. The type is decided by the bytes,
   * never by a name, and the metadata (GPS position first of all) is removed before it is kept.
   */
  async storeImage(base64: string): Promise<string> {
    const bytes = decodeBase64(base64, MAX_IMAGE_BYTES);
    const type = detectImageType(bytes);
    if (!type) throw new FilesError(FilesErrorCode.TypeNotAllowed);
    let clean: Buffer;
    try {
      clean = type === 'image/jpeg' ? stripJpegMetadata(bytes) : stripPngMetadata(bytes);
    } catch (error) {
      if (error instanceof CorruptImageError) throw new FilesError(FilesErrorCode.Corrupt);
      throw error;
    }
    const key = `${randomBytes(16).toString('hex')}.${type === 'image/jpeg' ? 'jpg' : 'png'}`;
    await this.storage.put(key, clean, type);
    return key;
  }

  /**
   * Stores a claim document: JPEG or PNG (metadata stripped, pixel count bounded before any decoding)
   * or a complete PDF. Returns the key and the SHA-256 of what was kept.
   */
  async storeDocument(base64: string): Promise<StoredDocument> {
    const bytes = decodeBase64(base64, MAX_DOCUMENT_BYTES);
    const type = detectDocumentType(bytes);
    if (!type) throw new FilesError(FilesErrorCode.TypeNotAllowed);
    let clean: Buffer;
    try {
      if (type === 'application/pdf') {
        if (!isCompletePdf(bytes)) throw new FilesError(FilesErrorCode.Corrupt);
        clean = bytes;
      } else {
        if (!withinPixelBound(type, bytes)) throw new FilesError(FilesErrorCode.TooManyPixels);
        clean = type === 'image/jpeg' ? stripJpegMetadata(bytes) : stripPngMetadata(bytes);
      }
    } catch (error) {
      if (error instanceof CorruptImageError) throw new FilesError(FilesErrorCode.Corrupt);
      throw error;
    }
    const extension = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }[type];
    const key = `${randomBytes(16).toString('hex')}.${extension}`;
    await this.storage.put(key, clean, type);
    return { key, contentType: type, size: clean.length, sha256: createHash('sha256').update(clean).digest('hex') };
  }

  /** A short-lived link to the file, relative to the API's origin. */
  linkTo(key: string): string {
    const { exp, sig } = this.signer.sign(key);
    return `/api/files/${key}?exp=${exp}&sig=${sig}`;
  }

  async openSigned(key: string, exp: number, sig: string): Promise<StoredFile> {
    if (!FILE_KEY.test(key)) throw new FilesError(FilesErrorCode.NotFound);
    const verdict = this.signer.check(key, exp, sig);
    if (verdict === 'invalid') throw new FilesError(FilesErrorCode.LinkInvalid);
    if (verdict === 'expired') throw new FilesError(FilesErrorCode.LinkExpired);
    const file = await this.storage.get(key);
    if (!file) throw new FilesError(FilesErrorCode.NotFound);
    return file;
  }

  /** For undoing a store whose record was not written; a failure here only leaves an orphan. */
  async discard(key: string): Promise<void> {
    await this.storage.delete(key).catch((error: unknown) => this.logger.warn({ msg: 'could not delete file', key, error: String(error) }));
  }
}
