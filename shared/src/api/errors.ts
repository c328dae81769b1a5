/** The one error shape every API failure answers with. */
export interface ApiError {
  /** Stable, machine-readable code, e.g. `VALIDATION_FAILED`, `AUTH_INVALID_CODE`. */
  code: string;
  /** Short Chinese text for the person using the app: what went wrong and what to do next. */
  message: string;
  /** Optional structured details, e.g. the fields that failed validation. */
  details?: ApiErrorDetail[] | Record<string, unknown>;
}

export interface ApiErrorDetail {
  field: string;
  message: string;
}

/** Codes shared by every module; domain modules add their own. */
export const CommonErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthorized: 'UNAUTHORIZED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_ERROR',
} as const;
export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];
