import { Transform, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { invalidSetting, isSecretSetting, secretProblem } from './secrets';

type ClassOf<T> = new () => T;

/**
 * Checks one namespace of settings at boot. A bad or missing setting stops the server with a
 * message that names every offending variable, so an operator knows what to fix.
 */
export function validateConfig<T extends object>(env: Record<string, unknown>, schema: ClassOf<T>): T {
  const settings = plainToInstance(schema, env, { enableImplicitConversion: true });
  const errors = validateSync(settings, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${shown(e.property, env[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  return settings;
}

/** A bad value is echoed to help the operator, except a secret's: that names the variable alone. */
const shown = (name: string, value: unknown): string => (isSecretSetting(name) ? name : `${name}=${JSON.stringify(value ?? null)}`);

/**
 * In production a secret must be set, long enough, not a value published with the source and not
 * typed by hand; the error names the variable and never shows the value.
 */
export function requireProductionSecret(variable: string, value: string | undefined, minLength: number): void {
  if (!isProduction()) return;
  if (value === undefined || value === '') throw invalidSetting(variable, 'must be set in production');
  const problem = secretProblem(value, minLength);
  if (problem) throw invalidSetting(variable, problem);
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
