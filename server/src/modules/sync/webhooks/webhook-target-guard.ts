import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SyncConfig } from '../../../config/sync.config';
import { SyncError, SyncErrorCode } from '../sync.errors';

/** Loopback, private, shared, link-local (cloud metadata 169.254.169.254 included), multicast and reserved ranges. */
const REFUSED_V4 = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4'];
/** (IPv4-mapped addresses such as ::ffff:7f00:1 are judged by the IPv4 ranges: BlockList maps them.) Unspecified, loopback, IPv4-compatible, unique-local (fd00:ec2::254 metadata included), link-local, multicast, documentation, NAT64. */
const REFUSED_V6 = ['::/96', 'fc00::/7', 'fe80::/10', 'ff00::/8', '2001:db8::/32', '64:ff9b::/96', '100::/64'];

function blockListOf(ranges: string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address, prefix] = range.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

/**
 * Keeps webhooks off the server's own network (SSRF): https only unless http is configured, and
 * never an address that is loopback, private, link-local, multicast or reserved, unless the
 * allow-list names the host or address (tests, local development). Checked when a client
 * subscribes and again on every delivery, on the address actually connected to, so a name that
 * later resolves elsewhere (DNS rebinding) is refused too.
 */
@Injectable()
export class WebhookTargetGuard {
  private readonly refused = blockListOf([...REFUSED_V4, ...REFUSED_V6]);
  private readonly allowedAddresses: BlockList;
  private readonly allowedHosts: Set<string>;
  private readonly allowHttp: boolean;
  /** DNS, replaceable only so that tests can play a rebinding name server. */
  resolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

  constructor(config: ConfigService<{ sync: SyncConfig }, true>) {
    const settings = config.get('sync', { infer: true });
    this.allowHttp = settings.webhookAllowHttp;
    const isAddress = (entry: string) => isIP(entry.split('/')[0]) !== 0;
    this.allowedAddresses = blockListOf(settings.webhookAllowedTargets.filter(isAddress));
    this.allowedHosts = new Set(settings.webhookAllowedTargets.filter((entry) => !isAddress(entry)).map((host) => host.toLowerCase()));
  }

  /**
   * The URL as it will be called. The WHATWG parser has already turned decimal, octal and hex
   * IPv4 forms (`http://2130706433/`, `http://0177.0.0.1/`) into dotted decimal.
   */
  parse(raw: string): URL {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.allowHttp)) throw new SyncError(SyncErrorCode.WebhookHttpsRequired);
    return url;
  }

  /** Subscribe time: the URL's host must resolve, and only to addresses a webhook may reach. */
  async assertAllowed(raw: string): Promise<void> {
    const host = hostOf(this.parse(raw));
    if (this.allowedHosts.has(host)) return;
    const addresses = isIP(host) ? [host] : await this.resolve(host).then((found) => found.map((a) => a.address), () => []);
    if (addresses.length === 0) throw new SyncError(SyncErrorCode.WebhookTargetUnresolvable);
    if (!addresses.every((address) => this.addressAllowed(address))) throw new SyncError(SyncErrorCode.WebhookTargetRefused);
  }

  /** Delivery time: the addresses to connect to, every one of them allowed, or a refusal. */
  async addressesFor(url: URL): Promise<LookupAddress[]> {
    const host = hostOf(url);
    if (isIP(host)) {
      if (!this.addressAllowed(host)) throw new SyncError(SyncErrorCode.WebhookTargetRefused);
      return [{ address: host, family: isIP(host) }];
    }
    const addresses = await this.resolve(host).catch(() => []);
    if (addresses.length === 0) throw new SyncError(SyncErrorCode.WebhookTargetUnresolvable);
    if (this.allowedHosts.has(host)) return addresses;
    if (!addresses.every((a) => this.addressAllowed(a.address))) throw new SyncError(SyncErrorCode.WebhookTargetRefused);
    return addresses;
  }

  private addressAllowed(address: string): boolean {
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    return this.allowedAddresses.check(address, family) || !this.refused.check(address, family);
  }
}

/** Lower case, IPv6 brackets removed: `[::1]` → `::1`. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
