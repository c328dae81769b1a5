import { QueryFailedError } from 'typeorm';

/** True when an insert lost a race on a unique index, on MySQL/TiDB (1062) or SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { errno?: number; code?: string; message?: string } | undefined;
  return driverError?.errno === 1062 || driverError?.code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(error.message);
}

/**
 * Runs `work` again when it loses a race on a unique index (two imports of one file at once): the
 * next attempt plans again and finds the rows the winner wrote. Other errors, and a third loss, throw.
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) throw error;
    }
  }
}
