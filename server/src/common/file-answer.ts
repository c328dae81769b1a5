import type { FastifyReply } from 'fastify';

/**
 * Headers of every file we send that may carry personal data: never kept by a browser or a proxy,
 * never run as a page if someone opens it directly (a PDF's JavaScript, an SVG or HTML in disguise),
 * never sniffed into another type than the one we declare.
 */
export const FILE_ANSWER_HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * `attachment` with the file's name twice: an ASCII fallback for old clients, and the real
 * (usually Chinese) name in RFC 5987 form.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sets the headers of a downloaded file; call it only once the answer is sure to be the file. */
export function sendAsAttachment(reply: FastifyReply, file: { contentType: string; fileName: string; asciiFallback: string }): void {
  void reply.headers({ ...FILE_ANSWER_HEADERS, 'Content-Type': file.contentType, 'Content-Disposition': attachmentDisposition(file.fileName, file.asciiFallback) });
}
