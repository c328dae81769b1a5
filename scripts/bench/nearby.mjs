import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load, summarise } from './load.mjs';
import { startServer } from './server.mjs';

const STATIONS = Number(process.env.BENCH_STATIONS ?? 200_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 50;
const RADIUS = 5000;

// City centres where the synthetic stations cluster (see synthetic-stations.ts).
const CITY_CENTRES = [
  { lat: 39.9087, lng: 116.3975 }, { lat: 31.2304, lng: 121.4737 }, { lat: 23.1291, lng: 113.2644 },
  { lat: 22.5431, lng: 114.0579 }, { lat: 30.5728, lng: 104.0668 }, { lat: 29.563, lng: 106.5516 },
  { lat: 30.5928, lng: 114.3055 }, { lat: 34.3416, lng: 108.9398 },
];

/** Worker positions: in a city, near its centre, like riders asking at lunch. */
function randomPositions(count) {
  const positions = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const centre = CITY_CENTRES[Math.floor(random() * CITY_CENTRES.length)];
    positions.push({ lat: centre.lat + (random() - 0.5) * 0.15, lng: centre.lng + (random() - 0.5) * 0.2 });
  }
  return positions;
}

function distModules(root) {
  const require = createRequire(join(root, 'server', 'package.json'));
  return {
    typeorm: require('typeorm'),
    mysql: require('mysql2/promise'),
    options: require(join(root, 'server/dist/database/data-source-options.js')),
    config: require(join(root, 'server/dist/config/database.config.js')),
    synthetic: require(join(root, 'server/dist/modules/stations/synthetic-stations.js')),
    record: require(join(root, 'server/dist/modules/stations/station-record.js')),
    grid: require(join(root, 'server/dist/modules/stations/grid.js')),
    hours: require(join(root, 'server/dist/modules/stations/opening-hours.js')),
    shared: require('@unionhub/shared'),
  };
}

/** Migrates an empty database and fills it with the synthetic stations, clustered like real ones. */
async function fill(dist, url) {
  const { DataSource } = dist.typeorm;
  // sql.js would rewrite its whole file after every batch: write it once at the end instead.
  const file = url.startsWith('sqljs:') ? url.slice('sqljs:'.length) : null;
  const dataSource = new DataSource({ ...dist.options.buildDataSourceOptions(dist.config.parseDatabaseUrl(url, false)), migrationsRun: true, ...(file ? { autoSave: false } : {}) });
  await dataSource.initialize();
  const unitId = '00000000-0000-4000-8000-000000000001';
  await dataSource.query(`INSERT INTO org_unit (id, code, name, level, kind, parentId, path, regionCode) VALUES (?, 'BENCH', '压测工会', 'city', 'general', NULL, ?, NULL)`, [unitId, `/${unitId}/`]);
  const batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await dataSource.createQueryBuilder().insert().into('station').values(batch.splice(0)).updateEntity(false).execute();
  };
  for (const s of dist.synthetic.syntheticStations(STATIONS, 42)) {
    batch.push({ ...dist.record.toStationColumns({ ...s, orgUnitId: unitId, phone: null, accessNote: null, verifiedOn: null }), photoKeys: [] });
    if (batch.length === 500) await flush();
  }
  await flush();
  if (file) (await import('node:fs')).writeFileSync(file, dataSource.driver.export());
  await dataSource.destroy();
}

/** The bare baseline: node:http and mysql2 running the same index query, distance, sort and open state. */
async function startBaseline(dist, url) {
  const pool = dist.mysql.createPool({ uri: url.replace(/^mariadb:/, 'mysql:'), connectionLimit: 20 });
  const server = createServer((req, res) => answer(req, res).catch(() => { res.writeHead(500); res.end(); }));
  async function answer(req, res) {
    const query = new URL(req.url, 'http://x').searchParams;
    const centre = { lat: Number(query.get('lat')), lng: Number(query.get('lng')) };
    const ranges = dist.grid.cellRangesAround(centre, RADIUS);
    const cols = ranges.cols.map(() => '`cellCol` BETWEEN ? AND ?').join(' OR ');
    const [positions] = await pool.query(
      `SELECT id, lat, lng FROM station WHERE cellRow IN (?) AND (${cols}) AND status <> 'closed'`,
      [dist.grid.rowsOf(ranges), ...ranges.cols.flat()],
    );
    const page = positions
      .map((p) => ({ id: p.id, distance: dist.shared.haversineMetres(centre, p) }))
      .filter((hit) => hit.distance <= RADIUS)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 20);
    const [rows] = page.length
      ? await pool.query('SELECT id, name, address, districtCode, orgUnitId, lat, lng, facilities, starLevel, status, hours, closures FROM station WHERE id IN (?)', [page.map((hit) => hit.id)])
      : [[]];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const now = new Date();
    const items = page.map(({ id, distance }) => {
      const row = byId.get(id);
      return { id, name: row.name, distance: Math.round(distance), ...dist.hours.openStateAt(JSON.parse(row.hours), JSON.parse(row.closures), row.status, now) };
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ items }));
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, stop: async () => { server.closeAllConnections(); server.close(); await pool.end(); } };
}

async function measure(name, baseUrl, positions) {
  let i = 0;
  const result = await load({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: DURATION,
    makeRequest: () => {
      const p = positions[i++ % positions.length];
      return { path: `/api/stations/nearby?lat=${p.lat.toFixed(6)}&lng=${p.lng.toFixed(6)}&radius=${RADIUS}&limit=20` };
    },
  });
  return { name, result };
}

export async function nearbyScenario(root, mysqlServer) {
  const dist = distModules(root);
  const positions = randomPositions(5000);
  const rows = [];
  const stamp = Date.now();

  const mysqlUrl = `${mysqlServer}/unionhub_bench_${stamp}`;
  const admin = await dist.mysql.createConnection(mysqlServer.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`unionhub_bench_${stamp}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    await fill(dist, mysqlUrl);
    const baseline = await startBaseline(dist, mysqlUrl);
    const bare = await measure('baseline: node:http + mysql2 (MariaDB)', baseline.baseUrl, positions);
    await baseline.stop();
    const app = await startServer(root, { DATABASE_URL: mysqlUrl, DEMO_DATA: 'false', RATE_LIMIT_SCALE: '100000' });
    const ours = await measure('Unionhub on MariaDB', app.baseUrl, positions);
    await app.stop();
    const bareRps = bare.result.requests.average;
    rows.push(summarise(bare.name, bare.result, { 'vs baseline': '100%' }));
    rows.push(summarise(ours.name, ours.result, { 'vs baseline': `${Math.round((ours.result.requests.average / bareRps) * 100)}%` }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`unionhub_bench_${stamp}\``);
    await admin.end();
  }

  const sqlFile = join(root, '.data', `bench-nearby-${stamp}.sqlite`);
  await fill(dist, `sqljs:${sqlFile}`);
  const app = await startServer(root, { DATABASE_URL: `sqljs:${sqlFile}`, DEMO_DATA: 'false', RATE_LIMIT_SCALE: '100000' });
  const embedded = await measure('Unionhub on the embedded database (sql.js)', app.baseUrl, positions);
  await app.stop();
  (await import('node:fs')).rmSync(sqlFile, { force: true });
  rows.push(summarise(embedded.name, embedded.result, { 'vs baseline': '—' }));

  const ours = rows[1];
  const p975 = Number.parseFloat(ours['p97.5 (≥ p95)']);
  const ratio = Number.parseFloat(ours['vs baseline']);
  return {
    title: 'Nearby stations',
    description: `${STATIONS.toLocaleString('en')} synthetic stations clustered around Chinese city centres (dense in the middle, sparse outside); random worker positions within ~8 km of a city centre; radius ${RADIUS} m, 20 results; ${CONNECTIONS} connections for ${DURATION} s on 127.0.0.1 (autocannon). The baseline runs the same two queries (ids and positions from the grid index, then whole rows for the page), distance, sort and open-now computation in a bare node:http server with mysql2. All processes — load generator, server, database — share the machine's cores.`,
    rows,
    target: 'p95 under 10 ms and at least 70% of the baseline\'s throughput (MariaDB)',
    notes: "sql.js (the zero-setup embedded database) has one connection, so its queries take turns; requests still waiting after autocannon's 10 s time-out count as non-2xx. It is for development and demos, not for load.",
    verdict: p975 < 10 && ratio >= 70 ? `met (p97.5 ${p975} ms, ${ratio}%)` : `missed (p97.5 ${p975} ms, ${ratio}%)`,
  };
}
