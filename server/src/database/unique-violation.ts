import { QueryFailedError } from 'typeorm';

/** True when an insert lost a race on a unique index, on MySQL/TiDB (1062) or SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { errno?: number; code?: string; message?: string } | undefined;
  return driverError?.errno === 1062 || driverError?.code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(error.message);
}
