import { RouteConfig } from '@nestjs/platform-fastify';

/** Route config key read by the onRoute hook in `app.factory.ts`. */
export const BODY_LIMIT_CONFIG = 'bodyLimitBytes';

/**
 * Raises the request body limit for one route (uploads sent as base64 in JSON); every other route
 * keeps the app-wide limit.
 */
export const BodyLimit = (bytes: number): MethodDecorator => RouteConfig({ [BODY_LIMIT_CONFIG]: bytes });
