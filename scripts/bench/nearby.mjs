import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load, summarise } from './load.mjs';
import { startServer } from './server.mjs';

const STATIONS = Number(process.env.BENCH_STATIONS ?? 200_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 50;
const RADIUS = 5000;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const UNIT_ID = '00000000-0000-4000-8000-000000000001';
const EDITS = 10;

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
    Redis: require('ioredis').default ?? require('ioredis'),
    feed: require(join(root, 'server/dist/modules/sync/changes/change-feed.repository.js')),
    ChangeEvent: require(join(root, 'server/dist/modules/sync/changes/change-event.entity.js')).ChangeEvent,
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
  const unitId = UNIT_ID;
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

/**
 * The second baseline, what a team would otherwise reach for: the stations in a Redis GEO set
 * (positions) and a hash (list rows, hours by reference), answered by a bare node:http server with
 * `GEOSEARCH … BYRADIUS 5000 m ASC COUNT 20 WITHDIST`, then `HMGET` of the 20 rows, then the open
 * state. Its keys live under their own prefix in the shared Redis and are deleted by `stop`.
 */
async function startRedisBaseline(dist, mysqlUrl, prefix) {
  const redis = new dist.Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const keys = { geo: `${prefix}geo`, rows: `${prefix}rows`, hours: `${prefix}hours` };
  const db = await dist.mysql.createConnection(mysqlUrl.replace(/^mariadb:/, 'mysql:'));
  const [rows] = await db.query("SELECT id, name, address, lat, lng, facilities, starLevel, status, hours, closures FROM station WHERE status <> 'closed'");
  await db.end();
  const schedules = new Map();
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = redis.pipeline();
    for (const row of rows.slice(i, i + 2000)) {
      const schedule = `${row.hours}\n${row.closures}`;
      if (!schedules.has(schedule)) schedules.set(schedule, String(schedules.size));
      batch.geoadd(keys.geo, row.lng, row.lat, row.id);
      batch.hset(keys.rows, row.id, JSON.stringify({ name: row.name, address: row.address, lat: row.lat, lng: row.lng, facilities: row.facilities, starLevel: row.starLevel, status: row.status, schedule: schedules.get(schedule) }));
    }
    await batch.exec();
  }
  const parsed = new Map([...schedules].map(([text, id]) => [id, text.split('\n').map((part) => JSON.parse(part))]));
  const server = createServer((req, res) => answer(req, res).catch(() => { res.writeHead(500); res.end(); }));
  async function answer(req, res) {
    const query = new URL(req.url, 'http://x').searchParams;
    const hits = await redis.call('GEOSEARCH', keys.geo, 'FROMLONLAT', query.get('lng'), query.get('lat'), 'BYRADIUS', RADIUS, 'm', 'ASC', 'COUNT', 20, 'WITHDIST');
    const found = hits.length ? await redis.hmget(keys.rows, ...hits.map(([id]) => id)) : [];
    const now = new Date();
    const items = hits.map(([id, distance], i) => {
      const row = JSON.parse(found[i]);
      const [hours, closures] = parsed.get(row.schedule);
      return { id, name: row.name, distance: Math.round(Number(distance)), ...dist.hours.openStateAt(hours, closures, row.status, now) };
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ items }));
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    stations: rows.length,
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await redis.del(keys.geo, keys.rows, keys.hours);
      await redis.quit();
    },
  };
}

/** Waits until the server says its nearby index is loaded; returns the milliseconds it took. */
async function indexReady(baseUrl, started) {
  for (;;) {
    const health = await fetch(`${baseUrl}/api/health`).then((r) => r.json(), () => null);
    if (health?.nearbyIndex === 'ready') return Math.round(performance.now() - started);
    if (health?.nearbyIndex === 'off') throw new Error('the nearby index is off');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rssMB = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);

/** Loads the index from the filled database in a process of its own, as the server does; see nearby-index-load.mjs. */
function measureIndexLoad(root, url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', join(root, 'scripts/bench/nearby-index-load.mjs'), root, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`index load exited with ${code}`))));
  });
}

/**
 * Freshness as another process's officer would cause it: a station moved to an empty place with its
 * change event in one transaction, the event numbered right after the commit (as the writer's
 * commit hook does), then the running server asked until its nearby answer shows the station there.
 */
async function measureFreshness(dist, url, baseUrl) {
  const { DataSource } = dist.typeorm;
  const dataSource = new DataSource({ ...dist.options.buildDataSourceOptions(dist.config.parseDatabaseUrl(url, false)), migrationsRun: false });
  await dataSource.initialize();
  const events = new dist.feed.ChangeFeedRepository(dataSource.getRepository(dist.ChangeEvent));
  const [{ id }] = await dataSource.query("SELECT id FROM station WHERE status <> 'closed' ORDER BY id LIMIT 1");
  const took = [];
  for (let i = 0; i < EDITS; i++) {
    const spot = { lat: 45 + i * 0.05, lng: 84 };
    const cell = { cellRow: dist.grid.cellRowOf(spot.lat), cellCol: dist.grid.cellColOf(spot.lng) };
    const started = performance.now();
    await dataSource.transaction(async (manager) => {
      await manager.query('UPDATE station SET lat = ?, lng = ?, cellRow = ?, cellCol = ? WHERE id = ?', [spot.lat, spot.lng, cell.cellRow, cell.cellCol, id]);
      await events.insert(manager, [{ type: 'station', action: 'updated', subjectId: id, unitId: UNIT_ID, unitPath: `/${UNIT_ID}/`, otherUnitPath: null, data: '{}' }]);
    });
    await dataSource.transaction((manager) => events.numberCommitted(manager, 250));
    for (;;) {
      const body = await fetch(`${baseUrl}/api/stations/nearby?lat=${spot.lat}&lng=${spot.lng}&radius=100&limit=1`).then((r) => r.json());
      if (body.items[0]?.id === id) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    took.push(performance.now() - started);
  }
  await dataSource.destroy();
  took.sort((a, b) => a - b);
  return { median: Math.round(took[Math.floor(took.length / 2)]), max: Math.round(took.at(-1)) };
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
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  let index;
  let ready;
  let freshness;
  let serverRss;

  const mysqlUrl = `${mysqlServer}/unionhub_bench_${stamp}`;
  const admin = await dist.mysql.createConnection(mysqlServer.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`unionhub_bench_${stamp}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    await fill(dist, mysqlUrl);
    const baseline = await startBaseline(dist, mysqlUrl);
    const bare = await measure('baseline: node:http + mysql2 (MariaDB)', baseline.baseUrl, positions);
    await baseline.stop();
    const redisBaseline = await startRedisBaseline(dist, mysqlUrl, `unionhub-bench:nearby:${stamp}:`);
    let geo;
    try {
      geo = await measure('baseline: node:http + Redis GEOSEARCH', redisBaseline.baseUrl, positions);
    } finally {
      await redisBaseline.stop();
    }
    index = await measureIndexLoad(root, mysqlUrl);
    const started = performance.now();
    const app = await startServer(root, { DATABASE_URL: mysqlUrl, DEMO_DATA: 'false', RATE_LIMIT_SCALE: '100000' });
    try {
      ready = await indexReady(app.baseUrl, started);
      const ours = await measure('Unionhub on MariaDB (index)', app.baseUrl, positions);
      serverRss = rssMB(app.pid);
      freshness = await measureFreshness(dist, mysqlUrl, app.baseUrl);
      const bareRps = bare.result.requests.average;
      const vs = (result) => `${Math.round((result.requests.average / bareRps) * 100)}%`;
      rows.push(summarise(bare.name, bare.result, { 'vs SQL baseline': '100%' }));
      rows.push(summarise(geo.name, geo.result, { 'vs SQL baseline': vs(geo.result) }));
      rows.push(summarise(ours.name, ours.result, { 'vs SQL baseline': vs(ours.result) }));
    } finally {
      await app.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`unionhub_bench_${stamp}\``);
    await admin.end();
  }

  // sql.js reads its whole file and runs in the server process: on a busy machine it starts slowly.
  const sqlFile = join(root, '.data', `bench-nearby-${stamp}.sqlite`);
  let embeddedReady = '—';
  try {
    await fill(dist, `sqljs:${sqlFile}`);
    const embeddedStart = performance.now();
    const app = await startServer(root, { DATABASE_URL: `sqljs:${sqlFile}`, DEMO_DATA: 'false', RATE_LIMIT_SCALE: '100000' }, { healthySeconds: 180 });
    try {
      embeddedReady = `${await indexReady(app.baseUrl, embeddedStart)} ms`;
      const embedded = await measure('Unionhub on the embedded database (sql.js, index)', app.baseUrl, positions);
      rows.push(summarise(embedded.name, embedded.result, { 'vs SQL baseline': `${Math.round((embedded.result.requests.average / rows[0]['req/s']) * 100)}%` }));
    } finally {
      await app.stop();
    }
  } catch (error) {
    embeddedReady = `did not start (${error.message})`;
  } finally {
    (await import('node:fs')).rmSync(sqlFile, { force: true });
  }
  const loadAfter = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

  const ours = rows[2];
  const p975 = Number.parseFloat(ours['p97.5 (≥ p95)']);
  const rps = ours['req/s'];
  const times = rps / rows[0]['req/s'];
  const aheadOfRedis = rps > rows[1]['req/s'];
  const met = p975 < 10 && rps >= 5000 && times >= 3 && aheadOfRedis && index.readyMs < 1000 && freshness.max < 1000;
  const mb = index.heapMB;
  return [
    {
      title: 'Nearby stations',
      description: `${STATIONS.toLocaleString('en')} synthetic stations clustered around Chinese city centres (dense in the middle, sparse outside); random worker positions within ~8 km of a city centre; the 20 nearest within ${RADIUS} m; ${CONNECTIONS} connections for ${DURATION} s on 127.0.0.1 (autocannon). The SQL baseline runs the grid-cell query (ids and positions from the covering index, then whole rows for the page), distance, sort and open-now computation in a bare node:http server with mysql2. The Redis baseline answers from \`GEOSEARCH … BYRADIUS ${RADIUS} m ASC COUNT 20 WITHDIST\` plus \`HMGET\` of the 20 rows in the shared Redis (own key prefix, deleted afterwards) and computes the open state. Unionhub answers from each process's in-memory index (kdbush + geokdbush), the whole NestJS stack in front. All processes — load generator, servers, databases — share the machine's 2 cores. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.`,
      rows,
      target: 'p95 under 10 ms, at least 5,000 req/s and 3× the SQL baseline, ahead of the Redis baseline; index ready under 1 s for 200,000 stations; an edit visible within 1 s',
      notes: `sql.js (the zero-setup embedded database) now answers nearby from the same index; only loading the index and writes go to sql.js.`,
      verdict: `${met ? 'met' : 'missed'} (p97.5 ${p975} ms, ${rps} req/s, ${times.toFixed(1)}× the SQL baseline, ${aheadOfRedis ? 'ahead of' : 'behind'} Redis)`,
    },
    {
      title: 'Nearby index: start, freshness, memory',
      description: `The same ${STATIONS.toLocaleString('en')} stations on MariaDB. *Load + build* is the index's own start-up (\`StationIndexService\` in a process of its own, run with --expose-gc): reading every open station in pages of 20,000, then building the k-d tree; *heap* is the growth of the V8 heap after garbage collection, tree and cached list rows together; *query* is one "20 nearest within 5 km" search on one core (half of them with a facility filter), without HTTP. *Ready after start* is from spawning the server to \`/api/health\` reporting \`nearbyIndex: ready\` (Nest start included). *Freshness* is from the start of an edit's transaction in another connection (station moved, change event written, numbered after commit) to the running server's nearby answer showing it, over ${EDITS} edits; the server reads the feed every 200 ms (\`STATION_INDEX_POLL_MS\`).`,
      rows: [
        { measure: 'stations in the index', value: index.stations.toLocaleString('en') },
        { measure: 'distinct schedules (hours + closures) shared', value: String(index.schedules) },
        { measure: 'load from MariaDB', value: `${index.loadMs} ms` },
        { measure: 'build k-d tree', value: `${index.buildMs} ms` },
        { measure: 'load + build (index ready)', value: `${index.readyMs} ms` },
        { measure: 'full reload while serving', value: `${index.reloadMs} ms` },
        { measure: 'heap for index + cached rows', value: `${mb} MB` },
        { measure: 'query, 20 nearest within 5 km', value: `${index.microsPerQuery} µs` },
        { measure: 'server ready after start (MariaDB)', value: `${ready} ms` },
        { measure: 'server ready after start (sql.js)', value: embeddedReady },
        { measure: 'server RSS after the load run (MariaDB)', value: `${serverRss} MB` },
        { measure: 'freshness after an edit, median / max', value: `${freshness.median} ms / ${freshness.max} ms` },
      ],
      target: 'index ready under 1 s; index and cache under 100 MB; an edit visible within 1 s',
      verdict: `${index.readyMs < 1000 && mb < 100 && freshness.max < 1000 ? 'met' : 'missed'} (${index.readyMs} ms, ${mb} MB, ${freshness.max} ms)`,
    },
  ];
}
