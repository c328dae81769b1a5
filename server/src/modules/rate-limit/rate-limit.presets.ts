import { Throttle } from '@nestjs/throttler';

const MINUTE = 60_000;

/** Every route: per client address, and per signed-in user. */
export const defaultLimits = {
  ip: { limit: 1200, ttl: MINUTE },
  user: { limit: 600, ttl: MINUTE },
};

/**
 * Tighter limits for the routes worth abusing. Per-address limits stay generous on purpose: at a
 * join drive hundreds of phones share one venue's Wi-Fi address; the per-user limit does the work.
 */
export const RateLimit = {
  login: () => Throttle({ ip: { limit: 300, ttl: MINUTE }, user: { limit: 30, ttl: MINUTE } }),
  join: () => Throttle({ ip: { limit: 600, ttl: MINUTE }, user: { limit: 30, ttl: MINUTE } }),
  upload: () => Throttle({ ip: { limit: 300, ttl: MINUTE }, user: { limit: 60, ttl: MINUTE } }),
  search: () => Throttle({ ip: { limit: 600, ttl: MINUTE }, user: { limit: 120, ttl: MINUTE } }),
  /** A large export holds a database reader and a CPU for a while: a few a minute per officer. */
  export: () => Throttle({ ip: { limit: 60, ttl: MINUTE }, user: { limit: 10, ttl: MINUTE } }),
};
