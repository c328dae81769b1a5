import { SyncError, SyncErrorCode } from '../sync.errors';

/**
 * The cursor is the sequence number of the last event returned, wrapped so that clients treat it as
 * opaque: the encoding may change (e.g. to carry a shard) without breaking stored cursors' meaning.
 */
const PREFIX = 'c1:';

export function encodeCursor(seq: string): string {
  return Buffer.from(`${PREFIX}${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string {
  if (!cursor) return '0';
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX) || !/^\d{1,18}$/.test(text.slice(PREFIX.length))) throw new SyncError(SyncErrorCode.BadCursor);
  return text.slice(PREFIX.length);
}
