import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { freePort } from './free-port';

const run = promisify(execFile);

/**
 * A MariaDB of the test's own: its own data directory, port, socket and pid file, started and
 * stopped by the test. The machine's shared database service is never touched.
 */
export interface PrivateMariaDb {
  /** `mariadb://root@127.0.0.1:<port>/<database>` */
  url: string;
  kill(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export const MARIADBD = process.env.MARIADBD_PATH ?? '/usr/sbin/mariadbd';

export async function startPrivateMariaDb(database = 'unionhub'): Promise<PrivateMariaDb> {
  const dir = mkdtempSync(join(tmpdir(), 'unionhub-mariadb-'));
  const port = await freePort();
  await run('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db']);
  let child: ChildProcess | null = null;

  const start = async () => {
    child = spawn(
      MARIADBD,
      [
        '--no-defaults', `--datadir=${dir}/data`, '--user=root', `--port=${port}`, '--bind-address=127.0.0.1',
        `--socket=${dir}/mysqld.sock`, `--pid-file=${dir}/mysqld.pid`, `--log-error=${dir}/error.log`,
        '--skip-log-bin', '--innodb-buffer-pool-size=64M',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      const connection = await createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 500 }).catch(() => null);
      if (connection) {
        await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        await connection.end();
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`private MariaDB on port ${port} did not start; see ${dir}/error.log`);
  };

  /** The harshest stop: no shutdown, connections cut, as when the machine dies. */
  const kill = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  await start();
  return {
    url: `mariadb://root@127.0.0.1:${port}/${database}`,
    kill,
    start,
    destroy: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
