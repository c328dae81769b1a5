import { isIP } from 'node:net';
import { invalidSetting } from './secrets';

/** Whom Fastify believes about the client address: nobody, the N nearest hops, or the listed proxies. */
export type TrustProxy = false | number | string[];

/** proxy-addr's names for whole address ranges, accepted in the list beside addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: empty or `false` trusts no proxy (the connecting address is the client's); a number
 * trusts that many hops in front of the server; a comma list trusts X-Forwarded-For only when the
 * request comes from one of those addresses or CIDR ranges. `true` (everyone) is refused: any client
 * could then choose the address its rate limits and audit entries are counted under.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const text = (raw ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw invalidSetting('TRUST_PROXY', 'a hop count must be between 0 and 10');
    return hops === 0 ? false : hops;
  }
  const entries = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.filter((entry) => !isProxyAddress(entry));
  if (bad.length > 0 || entries.length === 0) {
    throw invalidSetting('TRUST_PROXY', `must be a hop count or a comma list of proxy IP addresses or CIDR ranges (e.g. 10.0.0.5,10.1.0.0/16); not understood: ${bad.join(', ')}`);
  }
  return entries;
}
