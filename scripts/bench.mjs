#!/usr/bin/env node
// `pnpm bench`: builds what it measures, runs each scenario on 127.0.0.1 and writes
// docs/benchmarks.md. `pnpm bench <scenario…>` runs only the named ones.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';
import { describeMachine } from './bench/machine.mjs';
import { claimSubmitScenario } from './bench/claim-submit.mjs';
import { exportScenario } from './bench/export.mjs';
import { h5FirstLoad, weappSizes } from './bench/miniapp-size.mjs';
import { joinBurstScenario } from './bench/join-burst.mjs';
import { nearbyScenario } from './bench/nearby.mjs';
import { writeReport } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

async function build() {
  const steps = [[['--filter', '@unionhub/shared', 'build']], [['--filter', '@unionhub/server', 'build']]];
  if (wanted('miniapp')) steps.push([['--filter', '@unionhub/miniapp', 'build:h5'], { TARO_APP_DEV_LOGIN: 'false' }], [['--filter', '@unionhub/miniapp', 'build:weapp']]);
  for (const [args, env] of steps) {
    if ((await run('pnpm', args, { cwd: root, env })) !== 0) throw new Error(`build failed: pnpm ${args.join(' ')}`);
  }
}

const scenarios = [];
await build();
const mysqlServer = (process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/$/, '');
if (wanted('nearby')) scenarios.push(...(await nearbyScenario(root, mysqlServer)));
if (wanted('join')) scenarios.push(await joinBurstScenario(root, mysqlServer));
if (wanted('claims')) scenarios.push(await claimSubmitScenario(root, mysqlServer));
if (wanted('export')) scenarios.push(await exportScenario(root, mysqlServer));
if (wanted('miniapp')) {
  scenarios.push(weappSizes(root));
  const server = await startServer(root, { DATABASE_URL: 'sqljs::memory:' });
  try {
    scenarios.push(await h5FirstLoad(root, server.baseUrl));
  } finally {
    await server.stop();
  }
}
writeReport(join(root, 'docs', 'benchmarks.md'), describeMachine(), scenarios);
console.log(`wrote docs/benchmarks.md (${scenarios.length} scenarios)`);
