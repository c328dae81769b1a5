import { chinaDate } from '@unionhub/shared';

/** WeChat refuses a `thing` field of a subscribe template longer than 20 characters. */
const THING_MAX = 20;

export const thingValue = (text: string): string => ([...text].length > THING_MAX ? `${[...text].slice(0, THING_MAX - 1).join('')}…` : text);

/** A `time` field: China time, `YYYY-MM-DD HH:mm`. */
export const timeValue = (at: Date): string => `${chinaDate(at)} ${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16)}`;
