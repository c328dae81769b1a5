#!/usr/bin/env node
// Checks the WeChat build as WeChat's own tools would before an upload: app.json against the
// published app.json schema, every declared page's files present, the tab bar and privacy
// declarations consistent, and the package size limits (2 MB a package, 30 MB in all). We hold the
// main package under 1 MB so there is room to grow.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const KB = 1024;
const MB = 1024 * KB;
const LIMITS = { main: 1 * MB, package: 2 * MB, total: 30 * MB, tabIcon: 40 * KB };
const PAGE_FILES = ['.js', '.json', '.wxml'];
/** WeChat APIs that must be listed in requiredPrivateInfos when the code calls them. */
const PRIVATE_APIS = ['getLocation', 'chooseLocation', 'chooseAddress', 'getFuzzyLocation', 'onLocationChange', 'startLocationUpdate'];

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.argv[2] ?? join(here, '..', 'miniapp', 'dist', 'weapp');
const problems = [];

const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(here, 'wechat', 'app.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
if (!validate(appJson)) {
  for (const error of validate.errors) problems.push(`app.json${error.instancePath || ''}: ${error.message}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''}`);
}

const subPackages = appJson.subPackages ?? appJson.subpackages ?? [];
const pagePaths = [...appJson.pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
for (const page of pagePaths) {
  for (const ext of PAGE_FILES) if (!existsSync(join(dist, page + ext))) problems.push(`page ${page}: ${page}${ext} is missing`);
}

for (const item of appJson.tabBar?.list ?? []) {
  if (!appJson.pages.includes(item.pagePath)) problems.push(`tabBar ${item.text}: ${item.pagePath} must be a page of the main package`);
  for (const icon of [item.iconPath, item.selectedIconPath].filter(Boolean)) {
    if (!existsSync(join(dist, icon))) problems.push(`tabBar ${item.text}: icon ${icon} is missing`);
    else if (statSync(join(dist, icon)).size > LIMITS.tabIcon) problems.push(`tabBar ${item.text}: icon ${icon} is over 40 KB`);
  }
}

const packageNames = new Set(subPackages.flatMap((p) => [p.root.replace(/\/$/, ''), p.name].filter(Boolean)));
for (const [page, rule] of Object.entries(appJson.preloadRule ?? {})) {
  if (!pagePaths.includes(page)) problems.push(`preloadRule: ${page} is not a page`);
  for (const name of rule.packages ?? []) if (name !== '__APP__' && !packageNames.has(name.replace(/\/$/, ''))) problems.push(`preloadRule ${page}: no subpackage ${name}`);
}

const subRoots = subPackages.map((p) => p.root.replace(/\/?$/, '/'));
const sizes = { main: 0 };
const declared = new Set(appJson.requiredPrivateInfos ?? []);
const called = new Set();
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      walk(path);
      continue;
    }
    const rel = relative(dist, path).replace(/\\/g, '/');
    const sub = subRoots.find((root) => rel.startsWith(root)) ?? 'main';
    sizes[sub] = (sizes[sub] ?? 0) + stat.size;
    if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      for (const api of PRIVATE_APIS) if (new RegExp(`\\b${api}\\s*\\(`).test(code) && /\b(wx|Taro)\b|\.getLocation/.test(code)) called.add(api);
    }
  }
};
walk(dist);
for (const api of called) if (!declared.has(api)) problems.push(`the code calls ${api} but app.json does not list it in requiredPrivateInfos`);
if (declared.has('getLocation') && !appJson.permission?.['scope.userLocation']?.desc) problems.push('getLocation needs permission["scope.userLocation"].desc in app.json');

const kb = (n) => `${(n / KB).toFixed(0)} KB`;
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
for (const [name, size] of Object.entries(sizes)) console.log(`weapp package ${name}: ${kb(size)}`);
console.log(`weapp in all: ${kb(total)}; ${pagePaths.length} pages`);
for (const [name, size] of Object.entries(sizes)) {
  const limit = name === 'main' ? LIMITS.main : LIMITS.package;
  if (size > limit) problems.push(`package ${name} is ${kb(size)}, over ${kb(limit)}`);
}
if (total > LIMITS.total) problems.push(`the whole build is ${kb(total)}, over ${kb(LIMITS.total)}`);

if (problems.length > 0) {
  console.error(`✗ the WeChat build would be refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('✓ WeChat build: app.json valid, every page complete, within the size limits');
