import type { JoinChannelState } from '@unionhub/shared';
import type { JoinChannel } from './join-channel.entity';

/** Open from the first to the last day inclusive, by the date in China. */
export function channelState(channel: Pick<JoinChannel, 'validFrom' | 'validUntil'>, today: string): JoinChannelState {
  if (today < channel.validFrom) return 'not-started';
  if (today > channel.validUntil) return 'expired';
  return 'open';
}

const MAX_VALIDITY_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

/** Real dates, in order, ending today or later, spanning at most a year. */
export function validityAllowed(validFrom: string, validUntil: string, today: string): boolean {
  const from = Date.parse(`${validFrom}T00:00:00Z`);
  const until = Date.parse(`${validUntil}T00:00:00Z`);
  const real = (text: string, time: number) => !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
  if (!real(validFrom, from) || !real(validUntil, until)) return false;
  return from <= until && validUntil >= today && (until - from) / DAY_MS <= MAX_VALIDITY_DAYS;
}
