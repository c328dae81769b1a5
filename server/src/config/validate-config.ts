import { Transform, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

type ClassOf<T> = new () => T;

/**
 * Checks one namespace of settings at boot. A bad or missing setting stops the server with a
 * message that names every offending variable, so an operator knows what to fix.
 */
export function validateConfig<T extends object>(env: Record<string, unknown>, schema: ClassOf<T>): T {
  const settings = plainToInstance(schema, env, { enableImplicitConversion: true });
  const errors = validateSync(settings, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(env[e.property] ?? null)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  return settings;
}

export const isProduction = (env: Record<string, unknown> = process.env): boolean => env.NODE_ENV === 'production';

/** Environment booleans arrive as text; implicit conversion would read "false" as true. */
export const EnvBoolean = (): PropertyDecorator =>
  Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
    const raw = obj[key];
    if (raw === undefined || raw === '') return undefined;
    if (raw === 'true' || raw === '1' || raw === true) return true;
    if (raw === 'false' || raw === '0' || raw === false) return false;
    return raw;
  });
