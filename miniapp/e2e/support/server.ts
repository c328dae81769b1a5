import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The built server (`server/dist`) on a fresh in-memory database with demo data, serving `miniapp/dist/h5`. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(repo, 'server', 'dist', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEV_LOGIN: 'true',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: 'sqljs::memory:',
      DEMO_DATA: 'true',
      H5_DIR: process.env.E2E_H5_DIR ?? join(repo, 'miniapp', 'dist', 'h5'),
      LOG_LEVEL: 'warn',
      WECHAT_MODE: 'fake',
      SMS_MODE: 'fake',
      IDENTITY_CHECK_MODE: 'fake',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // A cold boot loads every module of the API; on a busy two-core machine that alone took about 30 s.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) {
      return {
        baseUrl,
        stop: () =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy within 60 s');
}
