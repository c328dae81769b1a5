import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LoginResponse } from '@unionhub/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { MaskingLogger } from '../../src/common/masking-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  /** Signs in through the dev login and returns the bearer token. */
  login(account: string): Promise<string>;
  close(): Promise<void>;
}

const baseEnv: Record<string, string> = {
  NODE_ENV: 'test',
  DEV_LOGIN: 'true',
  WECHAT_MODE: 'fake',
  DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  H5_DIR: '',
};

/**
 * With TEST_LOG_DIR set (the test command sets it), every log line of every suite is kept there for
 * the privacy check, which looks for personal data written whole; otherwise tests log nothing.
 */
function capturingLogger(): MaskingLogger | false {
  const dir = process.env.TEST_LOG_DIR;
  if (!dir) return false;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}.jsonl`);
  return new MaskingLogger('verbose', (line) => appendFileSync(file, `${line}\n`));
}

/** Runs `work` with the given variables set, restoring the previous values afterwards. */
export async function withEnv<T>(env: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The whole application on a fresh database with the demo data, driven over HTTP. */
export async function createTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const app = await withEnv({ ...baseEnv, DATABASE_URL: database.url, ...env }, async () => {
    const created = await createApp({ logger: capturingLogger() });
    await created.init();
    await created.getHttpAdapter().getInstance().ready();
    return created;
  });
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    async login(account: string) {
      const response = await http.post('/api/auth/dev-login').send({ account }).expect(200);
      return (response.body as LoginResponse).token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
