import { detectImageType, type ImageType } from './image-policy';

export type DocumentType = ImageType | 'application/pdf';

export function detectDocumentType(bytes: Buffer): DocumentType | null {
  const image = detectImageType(bytes);
  if (image) return image;
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? 'application/pdf' : null;
}

/** A whole PDF starts with `%PDF-` and ends with `%%EOF` (a trailing newline or two allowed). */
export function isCompletePdf(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - 32)).toString('latin1').trimEnd().endsWith('%%EOF');
}
