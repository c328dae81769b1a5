import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { maskSensitiveText } from '@unionhub/shared';

const levelsFrom = (min: LogLevel): LogLevel[] => {
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  return order.slice(0, order.indexOf(min) + 1);
};

/**
 * One JSON object a line. Every line passes through the mask, so an ID number, phone number or
 * bank account that slipped into a message or an error is never written whole.
 */
export class MaskingLogger extends ConsoleLogger {
  /** `sink` receives each finished line instead of standard output (log shipping, test capture). */
  constructor(
    minLevel: LogLevel = 'log',
    private readonly sink?: (line: string) => void,
  ) {
    super({ json: true, logLevels: levelsFrom(minLevel) });
  }

  protected override printAsJson(message: unknown, options: Parameters<ConsoleLogger['printAsJson']>[1]): void {
    if (!this.sink) return super.printAsJson(message, options);
    this.sink(this.stringifyJsonLogObject(this.getJsonLogObject(message, options)));
  }

  protected override stringifyJsonLogObject(logObject: Record<string, unknown>): string {
    return maskSensitiveText(super.stringifyJsonLogObject(logObject));
  }
}
