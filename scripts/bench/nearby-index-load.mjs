// Loads the nearby index from a filled database exactly as a server process does at start, in a
// process of its own (run with --expose-gc), and prints what it took as JSON: time, heap, queries.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [root, url] = process.argv.slice(2);
const require = createRequire(join(root, 'server', 'package.json'));
const dist = (path) => require(join(root, 'server/dist', path));
const { DataSource } = require('typeorm');
const { buildDataSourceOptions } = dist('database/data-source-options.js');
const { parseDatabaseUrl } = dist('config/database.config.js');
const { StationsRepository } = dist('modules/stations/stations.repository.js');
const { Station } = dist('modules/stations/station.entity.js');
const { ChangeEvent } = dist('modules/sync/changes/change-event.entity.js');
const { ChangeFeedRepository } = dist('modules/sync/changes/change-feed.repository.js');
const { ChangeFeedService } = dist('modules/sync/changes/change-feed.service.js');
const { StationIndexService } = dist('modules/stations/nearest/station-index.service.js');

const heapMB = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const dataSource = new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(url, false)), migrationsRun: false, logging: false });
await dataSource.initialize();
const feed = new ChangeFeedService(new ChangeFeedRepository(dataSource.getRepository(ChangeEvent)), null);
const settings = { pollMs: 200, rebuildAfter: 500, reloadMinutes: 0 };
const index = new StationIndexService(new StationsRepository(dataSource.getRepository(Station)), feed, { get: () => settings });
const before = heapMB();
const started = performance.now();
await index.reload();
const readyMs = performance.now() - started;
const after = heapMB();
const stats = index.statistics();

// Queries on one core: 20 nearest within 5 km of a city position, no filter and with a facility filter.
const centres = [[39.9087, 116.3975], [31.2304, 121.4737], [23.1291, 113.2644], [30.5728, 104.0668]];
let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const queries = Array.from({ length: 20_000 }, (_, i) => {
  const [lat, lng] = centres[i % centres.length];
  return { centre: { lat: lat + (random() - 0.5) * 0.15, lng: lng + (random() - 0.5) * 0.2 }, count: 20, maxMetres: 5000, facilityMask: i % 2 ? 0b101 : 0, openAt: null };
});
for (const query of queries.slice(0, 2000)) index.nearest(query);
const queryStart = performance.now();
for (const query of queries) index.nearest(query);
const microsPerQuery = ((performance.now() - queryStart) * 1000) / queries.length;

const rebuildStart = performance.now();
await index.reload();
const reloadMs = performance.now() - rebuildStart;

console.log(JSON.stringify({ stations: stats.stations, schedules: stats.schedules, loadMs: stats.loadMs, buildMs: stats.buildMs, readyMs: Math.round(readyMs), reloadMs: Math.round(reloadMs), heapMB: Math.round(after - before), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), microsPerQuery: Math.round(microsPerQuery * 10) / 10 }));
await dataSource.destroy();
