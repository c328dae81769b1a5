import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let saves = 0;

/**
 * Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or the new
 * one, whole: write a temporary file in the same directory, flush it to disk, rename it over the
 * old one, and flush the directory so that the rename itself survives a power cut.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const directory = dirname(path);
  saves += 1;
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${saves}.tmp`);
  const file = await open(temporary, 'w', 0o600);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await file.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  const folder = await open(directory, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
