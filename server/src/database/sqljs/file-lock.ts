import { link, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** A second server on the same embedded database file would overwrite the first one's saves. */
export class DatabaseFileLockedError extends Error {
  constructor(path: string, holder: LockHolder) {
    super(
      `The database file ${path} is in use by process ${holder.pid} on ${holder.host}, started ${holder.startedAt}. ` +
        'Stop that server first, or give this one another DATABASE_URL. ' +
        `If no such process runs, delete ${lockPathOf(path)}.`,
    );
  }
}

export const lockPathOf = (path: string): string => `${path}.lock`;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = async (lockPath: string): Promise<LockHolder | null> => {
  try {
    return JSON.parse(await readFile(lockPath, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
};

const sameHolder = (a: LockHolder | null, b: LockHolder | null): boolean => a?.pid === b?.pid && a?.startedAt === b?.startedAt && a?.host === b?.host;

/**
 * The exclusive hold of one process on an embedded database file: a lock file beside it, created
 * whole in one step (link of a finished file), naming the process. A lock left by a process that
 * no longer runs on this machine is taken over; the lock goes when the database is closed or the
 * process exits.
 */
export class DatabaseFileLock {
  private released = false;
  private readonly onExit = () => this.releaseSync();

  private constructor(
    private readonly lockPath: string,
    private readonly holder: LockHolder,
  ) {
    process.once('exit', this.onExit);
  }

  static async acquire(path: string): Promise<DatabaseFileLock> {
    const lockPath = lockPathOf(path);
    const holder: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString() };
    const draft = `${lockPath}.${process.pid}.draft`;
    await writeFile(draft, JSON.stringify(holder), { mode: 0o600 });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          await link(draft, lockPath);
          await removeLeftoverSaves(path);
          return new DatabaseFileLock(lockPath, holder);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        const current = await readHolder(lockPath);
        if (current && (current.host !== holder.host || isAlive(current.pid))) throw new DatabaseFileLockedError(path, current);
        await takeOverStale(lockPath, current);
      }
      const current = await readHolder(lockPath);
      throw new DatabaseFileLockedError(path, current ?? { pid: 0, host: 'unknown', startedAt: 'unknown' });
    } finally {
      await unlink(draft).catch(() => undefined);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    if (sameHolder(await readHolder(this.lockPath), this.holder)) await unlink(this.lockPath).catch(() => undefined);
  }

  private releaseSync(): void {
    if (this.released) return;
    this.released = true;
    try {
      unlinkSync(this.lockPath);
    } catch {
      // already gone
    }
  }
}

/**
 * Moves the dead holder's lock aside. Two processes may race here: whoever moved a lock that
 * turns out not to be the stale one (the other already took over) puts it back.
 */
async function takeOverStale(lockPath: string, stale: LockHolder | null): Promise<void> {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (stale && !sameHolder(moved, stale)) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/** Temporary files of saves a dead process never finished (see atomic-file.ts). */
async function removeLeftoverSaves(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp')).map((name) => unlink(join(dirname(path), name)).catch(() => undefined)));
}
