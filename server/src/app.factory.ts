import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { maskSensitiveText } from '@unionhub/shared';
import type { RouteOptions } from 'fastify';
import { AppModule } from './app.module';
import { BODY_LIMIT_CONFIG } from './common/body-limit.decorator';
import { MaskingLogger } from './common/masking-logger';
import { appConfig, checkAllSettings } from './config';
import type { TrustProxy } from './config/trust-proxy';
import { setH5Headers } from './h5/h5-cache';

const BODY_LIMIT_BYTES = 256 * 1024;

function setUpOpenApi(app: NestFastifyApplication, version: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('工会通 Unionhub API')
      .setDescription('会员入会、暖心驿站、互助保障与工会后台同步的接口。错误统一为 { code, message, details? }。')
      .setVersion(version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** The H5 build of the mini-program at `/`, beside the API, when it has been built. */
async function serveH5(app: NestFastifyApplication, h5Dir: string, logger?: MaskingLogger): Promise<void> {
  const root = resolve(h5Dir);
  if (!existsSync(join(root, 'index.html'))) {
    logger?.warn({ msg: 'H5 build not found; serving the API only', h5Dir: root });
    return;
  }
  // The H5 build ships .br and .gz files beside each asset (miniapp/scripts/precompress.mjs).
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], preCompressed: true, cacheControl: false, setHeaders: setH5Headers });
}

/** A route declared with `@BodyLimit(bytes)` accepts bodies up to that size instead of the app-wide limit. */
function applyRouteBodyLimit(route: RouteOptions): void {
  const bytes = (route.config as Record<string, unknown> | undefined)?.[BODY_LIMIT_CONFIG];
  if (typeof bytes === 'number') route.bodyLimit = bytes;
}

/**
 * Fastify ignores a bare hop count (it cannot check who the nearest peer is), so a count becomes a
 * function that trusts that many hops: meant for a server only its proxies can reach.
 */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

/** Builds the whole application, as `main.ts` runs it and as the API tests drive it. */
export async function createApp(options: { logger?: MaskingLogger | false } = {}): Promise<NestFastifyApplication> {
  checkAllSettings();
  const settings = appConfig();
  const logger = options.logger === false ? undefined : (options.logger ?? new MaskingLogger(settings.logLevel));
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: fastifyTrustProxy(settings.trustProxy), logger: false });
  adapter.getInstance().addHook('onRoute', applyRouteBodyLimit);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(), adapter, {
    logger: options.logger === false ? false : logger,
    cors: settings.corsOrigins.length > 0 ? { origin: settings.corsOrigins } : false,
  });
  await app.register(fastifyHelmet, {
    // The H5 build and the API document page both carry inline bootstrap scripts and styles.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // blob: lets the H5 app read the error body of a refused download (services/request.ts).
        connectSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  if (logger) {
    app.getHttpAdapter().getInstance().addHook('onResponse', (request, reply, done) => {
      logger.log({ msg: 'request', reqId: request.id, method: request.method, url: maskSensitiveText(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'HTTP');
      done();
    });
  }
  setUpOpenApi(app, settings.version);
  if (settings.h5Dir) await serveH5(app, settings.h5Dir, logger);
  return app;
}
