#!/usr/bin/env node
// `pnpm start`: build what changed (shared package, server, H5 mini-program), then serve both at one
// URL on the embedded database (created, migrated and filled with demo data on first start).
// Build output goes to .data/logs/; the console gets one line per step, the URL and the demo accounts.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInputs, isCurrent, writeStamp } from './start/build-stamp.mjs';
import { printDemoAccounts, waitUntilServing } from './start/serving.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const logs = join(root, '.data', 'logs');
const production = process.env.NODE_ENV === 'production';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs one command with its output in .data/logs/<name>.log; on failure shows the end of that log and stops. */
function quietly(name, command, args, env = {}) {
  mkdirSync(logs, { recursive: true });
  const logFile = join(logs, `${name}.log`);
  const out = openSync(logFile, 'w');
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
    child.on('error', () => resolve({ code: 127, logFile }));
    child.on('exit', (code, signal) => resolve({ code: signal ? 1 : (code ?? 1), logFile }));
  });
}

async function step(title, name, command, args, env) {
  const since = Date.now();
  if (process.stdout.isTTY) process.stdout.write(`… ${title}…`);
  const { code, logFile } = await quietly(name, command, args, env);
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  if (code !== 0) {
    const lastLines = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    console.error(`${lastLines}\n✗ ${title} failed (exit ${code}); the whole output is in ${logFile}`);
    process.exit(code);
  }
  console.log(`✓ ${title}: done in ${seconds(since)}`);
}

/** Builds a package unless its output already holds a build of the same inputs. */
async function build(title, { name, outDir, inputs, command }) {
  const dir = join(root, outDir);
  if (isCurrent(dir, inputs)) {
    console.log(`✓ ${title}: up to date`);
    return;
  }
  await step(`building ${title}`, `build-${name}`, 'pnpm', command.args, command.env);
  writeStamp(dir, inputs);
}

if (!existsSync(join(root, 'node_modules'))) await step('installing dependencies', 'install', 'pnpm', ['install', '--frozen-lockfile']);

// The demo's account switcher needs dev login. It is on only for the embedded demo database outside
// production, unless DEV_LOGIN says otherwise: a MySQL deployment never gets it by accident.
const onMysql = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '');
const devLogin = process.env.DEV_LOGIN ?? (production || onMysql ? 'false' : 'true');

const workspace = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
const shared = hashInputs(root, { paths: [...workspace, 'shared'] });
await build('shared package', { name: 'shared', outDir: 'shared/dist', inputs: shared, command: { args: ['--filter', '@unionhub/shared', 'build'] } });

const server = hashInputs(root, { paths: [...workspace, 'server'], skipDirs: ['test'], dependsOn: [shared] });
await build('server', { name: 'server', outDir: 'server/dist', inputs: server, command: { args: ['--filter', '@unionhub/server', 'build'] } });

// Everything named TARO_APP_* is compiled into the bundle, so it is part of what the build read.
const taroEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('TARO_APP_')));
taroEnv.TARO_APP_DEV_LOGIN = devLogin;
const h5Env = { ...taroEnv, NODE_ENV: process.env.NODE_ENV ?? '' };
const h5 = hashInputs(root, { paths: [...workspace, 'miniapp'], skipDirs: ['e2e', 'test'], env: h5Env, dependsOn: [shared] });
await build('H5 mini-program', { name: 'h5', outDir: 'miniapp/dist/h5', inputs: h5, command: { args: ['--filter', '@unionhub/miniapp', 'build:h5'], env: { ...taroEnv, MINIAPP_OUT_DIR: 'dist/h5' } } });

const port = process.env.PORT ?? '3000';
const env = {
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  DATABASE_URL: process.env.DATABASE_URL ?? `sqljs:${join(root, '.data', 'unionhub.sqlite')}`,
  H5_DIR: process.env.H5_DIR ?? join(root, 'miniapp', 'dist', 'h5'),
  DEV_LOGIN: devLogin,
  // Request lines and Nest's route table stay out of the console; LOG_LEVEL=log brings them back.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  PORT: port,
};
const child = spawn('node', [join(root, 'server', 'dist', 'main.js')], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 0 : (code ?? 1))));

const url = await Promise.race([waitUntilServing(port, process.env.HOST), exited.then(() => null)]);
if (url) {
  console.log(`✓ serving at ${url}  (API document: ${url}api/docs; ready in ${seconds(started)})`);
  if (env.DEV_LOGIN === 'true') await printDemoAccounts(url);
}
process.exit(await exited);
