#!/usr/bin/env node
// Size budget of the WeChat build: WeChat refuses a package over 2 MB; we hold the main package
// (everything outside subpackage roots) under 1 MB so there is room to grow.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 1024 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'miniapp', 'dist', 'weapp');
const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));

const sizes = { main: 0 };
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path);
    else {
      const rel = relative(dist, path).replace(/\\/g, '/');
      const sub = subRoots.find((root) => rel.startsWith(root)) ?? 'main';
      sizes[sub] = (sizes[sub] ?? 0) + stat.size;
    }
  }
};
walk(dist);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
for (const [name, size] of Object.entries(sizes)) console.log(`weapp package ${name}: ${kb(size)}`);
const over = Object.entries(sizes).filter(([name, size]) => size > (name === 'main' ? BUDGET_BYTES : 2 * 1024 * 1024));
if (over.length > 0) {
  console.error(`✗ over budget: ${over.map(([n, s]) => `${n} ${kb(s)}`).join(', ')} (main ≤ 1024 KB, subpackages ≤ 2048 KB)`);
  process.exit(1);
}
