#!/usr/bin/env node
// `pnpm test`: every lane in turn — types, shared, server on the embedded database, server on
// MySQL/MariaDB, mini-program units, and the browser lane on the H5 build. A lane whose service
// is missing is skipped with the reason on a laptop, and fails under CI=true.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { run } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The MySQL client is the server's own; the root has no copy of it.
const { createConnection } = createRequire(join(root, 'server', 'package.json'))('mysql2/promise');
const out = join(root, 'test-output');
const ci = process.env.CI === 'true';
const mysqlUrl = process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv.slice(2);
const serverLogs = join(out, 'server-logs');

async function mysqlReachable() {
  try {
    const connection = await createConnection({ uri: mysqlUrl.replace(/^mariadb:/, 'mysql:'), connectTimeout: 3000 });
    await connection.end();
    return null;
  } catch (error) {
    return `no MySQL/MariaDB at ${mysqlUrl.replace(/\/\/[^@]*@/, '//')} (${error.code ?? error.message}); set TEST_MYSQL_URL`;
  }
}

const faultToolsPresent = async () => {
  const missing = ['/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/redis-server'].filter((p) => !existsSync(p));
  return missing.length ? `missing ${missing.join(', ')} (the fault tests start private MariaDB and Redis servers)` : null;
};

const chromiumPresent = async () => (existsSync(chromium) ? null : `no Chromium at ${chromium}; apt-get install -y chromium or set CHROMIUM_PATH`);

/** Jest and Vitest both write a JSON report with the same counters. */
function counts(reportFile) {
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const jest = (pkg, lane, extra = [], env = {}) => ({
  command: 'pnpm',
  args: ['--filter', pkg, 'exec', 'jest', '--ci', '--json', `--outputFile=${join(out, `${lane}.json`)}`, ...extra],
  env,
  report: join(out, `${lane}.json`),
});

const vitest = (pkg, lane, extra = [], env = {}) => ({
  command: 'pnpm',
  args: ['--filter', pkg, 'exec', 'vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, `${lane}.json`)}`],
  env,
  report: join(out, `${lane}.json`),
});

const lanes = [
  { name: 'types', steps: [{ command: 'pnpm', args: ['-r', '--workspace-concurrency=1', 'typecheck'] }] },
  // The build stamps of `pnpm start` ride along with the shared unit tests: both are quick and need no server.
  { name: 'shared', steps: [jest('@unionhub/shared', 'shared'), { command: 'node', args: ['--test', 'scripts/start/*.test.mjs'] }] },
  { name: 'server-sqljs', steps: [jest('@unionhub/server', 'server-sqljs', [], { TEST_DB: 'sqljs', TEST_LOG_DIR: serverLogs })] },
  {
    name: 'server-mysql',
    needs: mysqlReachable,
    // The unit specs beside the code (src/) touch no database: they ran in the lane before.
    steps: [jest('@unionhub/server', 'server-mysql', ['--testPathPatterns', '/test/[^/]+\\.e2e-spec\\.ts$'], { TEST_DB: 'mysql', TEST_MYSQL_URL: mysqlUrl, TEST_LOG_DIR: serverLogs })],
  },
  {
    name: 'faults',
    needs: faultToolsPresent,
    steps: [jest('@unionhub/server', 'faults', ['-c', 'jest.faults.config.js', '--runInBand'], { TEST_LOG_DIR: serverLogs })],
  },
  {
    name: 'privacy',
    needs: async () => (existsSync(serverLogs) ? null : 'no server logs to check (run the server lanes first)'),
    steps: [jest('@unionhub/server', 'privacy', ['-c', 'jest.privacy.config.js'], { TEST_LOG_DIR: serverLogs })],
  },
  {
    name: 'miniapp',
    steps: [vitest('@unionhub/miniapp', 'miniapp')],
  },
  {
    name: 'browser',
    needs: chromiumPresent,
    steps: [
      { command: 'pnpm', args: ['--filter', '@unionhub/server', 'build'] },
      { command: 'pnpm', args: ['--filter', '@unionhub/miniapp', 'build:h5'], env: { TARO_APP_DEV_LOGIN: 'true' } },
      { command: 'pnpm', args: ['--filter', '@unionhub/miniapp', 'build:weapp'] },
      { command: 'node', args: ['scripts/check-weapp-build.mjs'] },
      { ...vitest('@unionhub/miniapp', 'browser', ['-c', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium }) },
    ],
  },
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const summary = [];
let passed = 0;
let failed = 0;
const started = Date.now();

if ((await run('pnpm', ['--filter', '@unionhub/shared', 'build'], { cwd: root })) !== 0) {
  console.error('✗ building @unionhub/shared failed');
  process.exit(1);
}

for (const lane of lanes.filter((l) => only.length === 0 || only.includes(l.name))) {
  const missing = lane.needs ? await lane.needs() : null;
  if (missing) {
    if (ci) {
      summary.push(`✗ ${lane.name}: cannot run under CI: ${missing}`);
      failed += 1;
    } else {
      summary.push(`- ${lane.name}: SKIPPED: ${missing}`);
    }
    console.log(`\n${summary.at(-1)}`);
    continue;
  }
  console.log(`\n▶ lane ${lane.name}`);
  const laneStart = Date.now();
  let ok = true;
  for (const step of lane.steps) {
    const code = await run(step.command, step.args, { cwd: root, env: step.env });
    if (step.report) {
      const c = counts(step.report);
      passed += c.passed;
      failed += c.failed;
      if (code !== 0 && c.failed === 0) failed += 1;
    } else if (code !== 0) {
      failed += 1;
    }
    if (code !== 0) {
      ok = false;
      break;
    }
  }
  summary.push(`${ok ? '✓' : '✗'} ${lane.name} (${Math.round((Date.now() - laneStart) / 1000)} s)`);
}

console.log(`\nLanes (${Math.round((Date.now() - started) / 1000)} s in all):\n${summary.join('\n')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
