import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FileStorage, type ListedFile, type StoredFile } from './file-storage';

/** Keys as FilesService makes them; anything else is refused before it can reach the disk. */
const KEY = /^[a-f0-9]{32}\.(jpg|png|pdf)$/;
const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' };

/** Files under one directory, fanned out by the first two characters of the key. */
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(dir: string) {
    super();
    this.root = resolve(dir);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(join(path, '..'), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.part`;
    await writeFile(partial, bytes);
    await rename(partial, path);
  }

  async get(key: string): Promise<StoredFile | null> {
    try {
      const bytes = await readFile(this.pathOf(key));
      return { bytes, contentType: CONTENT_TYPES[key.split('.')[1]] };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<ListedFile> {
    const fans = await readdir(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    for (const fan of fans) {
      for (const key of await readdir(join(this.root, fan)).catch(() => [] as string[])) {
        if (!KEY.test(key)) continue;
        const info = await stat(join(this.root, fan, key)).catch(() => null);
        if (info) yield { key, modifiedAt: info.mtime };
      }
    }
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a file key: ${key.slice(0, 40)}`);
    return join(this.root, key.slice(0, 2), key);
  }
}
