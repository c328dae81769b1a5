import { basename } from 'node:path';
import type { SetHeadersResponse } from '@fastify/static';

/** Built files whose name carries a content hash (`app.bf3e280c.js`, `app.bf3e280c2e7e….css`), also precompressed. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+(\.(br|gz))?$/;

/**
 * How long a browser may keep a file of the H5 build. A hashed file never changes under its name,
 * so a phone on a weak signal keeps it for a year without asking again; everything else (index.html,
 * which names the hashed files of the current build) is checked on every load.
 */
export function h5CacheControl(path: string): string {
  return HASHED_NAME.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `setHeaders` of the static file server: caching, and `Vary` because .br and .gz variants are sent by Accept-Encoding. */
export function setH5Headers(response: SetHeadersResponse, path: string): void {
  response.setHeader('Cache-Control', h5CacheControl(path));
  response.setHeader('Vary', 'Accept-Encoding');
}
