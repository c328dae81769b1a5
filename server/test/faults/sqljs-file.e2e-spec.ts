import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoginResponse } from '@unionhub/shared';
import initSqlJs from 'sql.js';
import request from 'supertest';
import { lockPathOf } from '../../src/database/sqljs/file-lock';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { stationInput } from '../support/sync-factory';

const ROUNDS = Number(process.env.SQLJS_KILL_ROUNDS ?? 3);

/** The stations in the file as it is on disk now; throws when the file does not open whole. */
async function stationsOnDisk(file: string): Promise<Set<string>> {
  const SQL = await initSqlJs();
  const database = new SQL.Database(readFileSync(file));
  try {
    expect(database.exec('PRAGMA integrity_check')[0].values[0][0]).toBe('ok');
    return new Set((database.exec('SELECT id FROM station')[0]?.values ?? []).map((row) => String(row[0])));
  } finally {
    database.close();
  }
}

async function officerSession(server: ServerProcess): Promise<{ token: string; unitId: string }> {
  const login = await request(server.url).post('/api/auth/dev-login').send({ account: 'officer:BJ-DX-PGZ' }).expect(200);
  const { token, user } = login.body as LoginResponse;
  return { token, unitId: user.orgUnit?.id as string };
}

describe('the embedded database file', () => {
  let dir: string;
  let file: string;
  const started: ServerProcess[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const server = await startServerProcess({ DATABASE_URL: `sqljs:${file}`, DEMO_DATA: 'true', ...env });
    started.push(server);
    return server;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unionhub-sqljs-'));
    file = join(dir, 'unionhub.sqlite');
  });
  afterEach(async () => {
    for (const server of started.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens whole with every acknowledged write after the server is killed during saves, again and again', async () => {
    const acknowledged = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const server = await start();
      expect(server.stderr()).not.toMatch(/in use by process/);
      const { token, unitId } = await officerSession(server);
      let stop = false;
      const writer = async () => {
        while (!stop) {
          const response = await request(server.url)
            .post('/api/stations/manage')
            .set('authorization', `Bearer ${token}`)
            .send(stationInput(unitId))
            .catch(() => null);
          if (response?.status === 201) acknowledged.add((response.body as { id: string }).id);
        }
      };
      const writers = Array.from({ length: 4 }, writer);
      process.stderr.write(`round ${round}: writing\n`);
      // Kill once this round's writes are under way: saves follow every commit, so one is in flight.
      const target = acknowledged.size + 5 + round * 3;
      while (acknowledged.size < target) await new Promise((resolve) => setImmediate(resolve));
      server.child.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(writers);

      expect(statSync(file).size).toBeGreaterThan(0);
      const onDisk = await stationsOnDisk(file);
      expect([...acknowledged].filter((id) => !onDisk.has(id))).toEqual([]);
      // The dead server's lock is left behind; the next round must take it over.
      expect(existsSync(lockPathOf(file))).toBe(true);
    }
  }, 600_000);

  it('refuses a second server on the same file, naming the process that holds it, and releases the lock on shutdown', async () => {
    const first = await start();
    await officerSession(first);
    const second = await start();
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain(`in use by process ${first.child.pid}`);
    expect(second.stderr()).toMatch(/started \d{4}-\d{2}-\d{2}T/);

    first.child.kill('SIGTERM');
    await first.exited;
    expect(existsSync(lockPathOf(file))).toBe(false);

    const third = await start();
    expect((await request(third.url).get('/api/health')).status).toBe(200);
  }, 600_000);
});
