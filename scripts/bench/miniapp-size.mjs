import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

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

/** H5 first load on a slow 3G profile: the bytes the home page loads and the time until it is rendered. */
export async function h5FirstLoad(root, baseUrl) {
  const require = createRequire(join(root, 'miniapp', 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows = [];
  try {
    // Chrome DevTools' "Slow 3G": 400 ms RTT, 400 kbit/s down, 400 kbit/s up.
    const profiles = [
      { name: 'no throttling', latency: 0, down: -1, up: -1 },
      { name: 'slow 3G (400 ms, 400 kbit/s)', latency: 400, down: (400 * 1024) / 8, up: (400 * 1024) / 8 },
    ];
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
      await page.goto(baseUrl + '/');
      await page.getByText('找驿站', { exact: true }).first().waitFor({ timeout: 120000 });
      rows.push({ network: profile.name, 'home rendered': `${((Date.now() - started) / 1000).toFixed(2)} s`, 'bytes over the wire': KB(transferred), requests });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    title: 'Mini-program: H5 first load',
    description: 'A fresh browser context per run (empty cache), 390×844 phone viewport, headless Chromium with network throttling through the DevTools protocol; time from navigation to the home page\'s first entry card being visible, and the bytes the page actually loaded (other pages\' chunks load only when opened). The server sends the brotli files the H5 build writes beside each asset (`miniapp/scripts/precompress.mjs`).',
    rows,
  };
}
