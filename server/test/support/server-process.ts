import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to standard error so far. */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

const serverRoot = join(__dirname, '..', '..');

/**
 * Starts the real server (src/main.ts, compiled on load) in a process of its own, and resolves
 * once it listens, or when it exits without listening (a refusal to start).
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', join(__dirname, 'swc-register.cjs'), join(serverRoot, 'src', 'main.ts')], {
    cwd: serverRoot,
    env: { ...process.env, NODE_ENV: 'test', DEV_LOGIN: 'true', WECHAT_MODE: 'fake', SMS_MODE: 'fake', IDENTITY_CHECK_MODE: 'fake', H5_DIR: '', LOG_LEVEL: 'log', HOST: '127.0.0.1', PORT: String(port), RATE_LIMIT_SCALE: '1000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"listening"')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    void exited.then(() => resolve());
  });
  return { child, url: `http://127.0.0.1:${port}`, stderr: () => err, exited };
}
