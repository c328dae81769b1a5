import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type DocumentType, detectDocumentType, isCompletePdf } from './document-checks';
import { FileStorage, type StoredFile } from './file-storage';
import { FilesError, FilesErrorCode } from './files.errors';
import { MAX_IMAGE_BYTES, reencodeImage } from './image-policy';
import { LinkSigner } from './link-signer';

/** Base64 takes 4 characters for 3 bytes; a data URL prefix adds a few more. */
export const maxBase64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4 + 64;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const FILE_KEY = /^[a-f0-9]{32}\.(jpg|png|pdf)$/;
const EXTENSIONS: Record<DocumentType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

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

  /** Stores a photo (JPEG or PNG, sent as base64) under the image policy; returns its key. */
  async storeImage(base64: string): Promise<string> {
    const image = await reencodeImage(decodeBase64(base64, MAX_IMAGE_BYTES));
    return (await this.keep(image.bytes, image.type)).key;
  }

  /**
   * Stores a claim document: a photo under the image policy, or a complete PDF kept as it came
   * (it is only ever served as a download). Returns the key and the SHA-256 of what was kept.
   */
  async storeDocument(base64: string): Promise<StoredDocument> {
    const bytes = decodeBase64(base64, MAX_DOCUMENT_BYTES);
    const type = detectDocumentType(bytes);
    if (!type) throw new FilesError(FilesErrorCode.TypeNotAllowed);
    if (type !== 'application/pdf') {
      const image = await reencodeImage(bytes);
      return this.keep(image.bytes, image.type);
    }
    if (!isCompletePdf(bytes)) throw new FilesError(FilesErrorCode.Corrupt);
    return this.keep(bytes, type);
  }

  private async keep(bytes: Buffer, contentType: DocumentType): Promise<StoredDocument> {
    const key = `${randomBytes(16).toString('hex')}.${EXTENSIONS[contentType]}`;
    await this.storage.put(key, bytes, contentType);
    return { key, contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
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
