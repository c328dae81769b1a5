import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';

const KB = (n) => `${(n / 1024).toFixed(0)} KB`;

function walk(dir, visit) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else visit(path);
  }
}

/** WeChat package sizes (main package budget: 1 MB; WeChat's own limit: 2 MB). */
export function weappSizes(root) {
  const dist = join(root, 'miniapp', 'dist', 'weapp');
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const sizes = { main: 0 };
  walk(dist, (path) => {
    const rel = relative(dist, path);
    const sub = subRoots.find((r) => rel.startsWith(r)) ?? 'main';
    sizes[sub] = (sizes[sub] ?? 0) + statSync(path).size;
  });
  const rows = Object.entries(sizes).map(([name, bytes]) => ({ package: name, size: KB(bytes), limit: name === 'main' ? '1024 KB (ours), 2048 KB (WeChat)' : '2048 KB' }));
  const ok = sizes.main <= 1024 * 1024;
  return { title: 'Mini-program: WeChat package sizes', description: 'Bytes on disk of `miniapp/dist/weapp`, by package (main = everything outside subpackage roots).', rows, target: 'main package under 1 MB', verdict: ok ? `met (${KB(sizes.main)})` : `missed (${KB(sizes.main)})` };
}

/** An open join channel on the bench server, made the way an officer makes one. */
async function openChannelCode(baseUrl) {
  const post = (path, body, token) =>
    fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());
  const { token } = await post('/api/auth/dev-login', { account: 'officer:BJ-DX-YH' });
  const find = (units) => units.flatMap((u) => [u, ...find(u.children ?? [])]);
  const unit = find(await fetch(`${baseUrl}/api/orgs/tree`).then((r) => r.json())).find((u) => u.code === 'BJ-DX-YH');
  const day = (offset) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const channel = await post('/api/join/channels', { title: '瀛海镇职工沟通会', kind: 'event', unitId: unit.id, reviewMode: 'auto', validFrom: day(0), validUntil: day(30) }, token);
  return channel.code;
}

/**
 * H5 first load on a slow 3G profile, empty cache: the home page, and a printed join link opened
 * by a phone camera (`/?scene=<code>`) until the pledge shows. The time and the bytes it loaded.
 */
export async function h5FirstLoad(root, baseUrl) {
  const require = createRequire(join(root, 'miniapp', 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const code = await openChannelCode(baseUrl);
  const journeys = [
    { name: 'home page', path: '/', shown: (page) => page.getByText('找驿站', { exact: true }).first() },
    { name: 'join link to pledge', path: `/?scene=${code}`, shown: (page) => page.getByText('我自愿加入中华全国总工会', { exact: false }).first() },
  ];
  // Chrome DevTools' "Slow 3G": 400 ms RTT, 400 kbit/s down, 400 kbit/s up.
  const profiles = [
    { name: 'no throttling', latency: 0, down: -1, up: -1 },
    { name: 'slow 3G (400 ms, 400 kbit/s)', latency: 400, down: (400 * 1024) / 8, up: (400 * 1024) / 8 },
  ];
  const rows = [];
  try {
    for (const journey of journeys) {
      for (const profile of profiles) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        let transferred = 0;
        let requests = 0;
        cdp.on('Network.loadingFinished', (event) => {
          transferred += event.encodedDataLength;
          requests += 1;
        });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up });
        const started = Date.now();
        await page.goto(baseUrl + journey.path);
        await journey.shown(page).waitFor({ timeout: 120000 });
        rows.push({ page: journey.name, network: profile.name, 'shown after': `${((Date.now() - started) / 1000).toFixed(2)} s`, 'bytes over the wire': KB(transferred), requests });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  // Chromium parses and runs the scripts on the same cores: a busy machine shows in every row.
  const [oneMinute, fiveMinutes] = loadavg().map((n) => n.toFixed(1));
  return {
    title: 'Mini-program: H5 first load',
    description:
      "A fresh browser context per run (empty cache), 390×844 phone viewport, headless Chromium with network throttling through the DevTools protocol; time from navigation until the home page's first entry card, or for a printed join link (`/?scene=<code>`) the pledge, is visible, and the bytes the page actually loaded (other pages' chunks load only when opened). The server sends the brotli files the H5 build writes beside each asset (`miniapp/scripts/precompress.mjs`). Target: under 3 s on slow 3G. " +
      `Load average when measured: ${oneMinute} (1 min), ${fiveMinutes} (5 min) on ${cpus().length} cores.`,
    rows,
  };
}
