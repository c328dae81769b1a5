import { idempotencyConfig } from './idempotency.config';

function withRetention(value: string | undefined): ReturnType<typeof idempotencyConfig> {
  const saved = process.env.IDEMPOTENCY_RETENTION_HOURS;
  if (value === undefined) delete process.env.IDEMPOTENCY_RETENTION_HOURS;
  else process.env.IDEMPOTENCY_RETENTION_HOURS = value;
  try {
    return idempotencyConfig();
  } finally {
    if (saved === undefined) delete process.env.IDEMPOTENCY_RETENTION_HOURS;
    else process.env.IDEMPOTENCY_RETENTION_HOURS = saved;
  }
}

describe('the idempotency retention setting', () => {
  it('keeps stored answers 72 hours unless told otherwise', () => {
    expect(withRetention(undefined)).toEqual({ retentionHours: 72 });
    expect(withRetention('24')).toEqual({ retentionHours: 24 });
  });

  it('refuses no retention, more than 30 days, and what is not a whole number of hours', () => {
    for (const bad of ['0', '721', '1.5', 'abc']) expect(() => withRetention(bad)).toThrow(/IDEMPOTENCY_RETENTION_HOURS/);
  });
});
