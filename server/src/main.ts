import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { appConfig } from './config';

async function bootstrap(): Promise<void> {
  const settings = appConfig();
  const app = await createApp();
  await app.listen({ port: settings.port, host: settings.host });
  new Logger('Main').log({ msg: 'listening', url: `http://localhost:${settings.port}/`, api: `http://localhost:${settings.port}/api/docs` });
}

bootstrap().catch((error: unknown) => {
  // Settings errors name the variable to fix; print them plainly and stop.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
