#!/usr/bin/env node
// `pnpm start`: build the shared package, the server and the H5 mini-program, then serve both at
// one URL on the embedded database (created, migrated and filled with demo data on first start).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = async (title, command, args, options) => {
  console.log(`\n▶ ${title}`);
  const code = await run(command, args, { cwd: root, ...options });
  if (code !== 0) {
    console.error(`✗ ${title} failed (exit ${code})`);
    process.exit(code);
  }
};

if (!existsSync(join(root, 'node_modules'))) await step('pnpm install', 'pnpm', ['install']);
await step('build shared', 'pnpm', ['--filter', '@unionhub/shared', 'build']);
await step('build server', 'pnpm', ['--filter', '@unionhub/server', 'build']);

// The demo's account switcher needs dev login. It is on only for the embedded demo database outside
// production, unless DEV_LOGIN says otherwise: a MySQL deployment never gets it by accident.
const onMysql = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '');
const devLogin = process.env.DEV_LOGIN ?? (process.env.NODE_ENV === 'production' || onMysql ? 'false' : 'true');
await step('build mini-program (H5)', 'pnpm', ['--filter', '@unionhub/miniapp', 'build:h5'], {
  env: { TARO_APP_DEV_LOGIN: devLogin },
});

const env = {
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  DEV_LOGIN: devLogin,
  DATABASE_URL: process.env.DATABASE_URL ?? `sqljs:${join(root, '.data', 'unionhub.sqlite')}`,
  H5_DIR: process.env.H5_DIR ?? join(root, 'miniapp', 'dist', 'h5'),
};
console.log(`\n▶ starting at http://localhost:${process.env.PORT ?? 3000}/  (API docs: /api/docs)`);
process.exit(await run('node', [join(root, 'server', 'dist', 'main.js')], { cwd: root, env }));
