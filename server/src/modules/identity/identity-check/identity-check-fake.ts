import { IdentityCheck, type IdentityVerdict } from './identity-check';

export const FAKE_IDENTITY_MISMATCH_MARK = '冒名';
export const FAKE_IDENTITY_UNAVAILABLE_MARK = '核验故障';

/**
 * Development and tests: every name passes except one containing 冒名 (the record does not
 * match) or 核验故障 (the provider cannot answer). Refused in production.
 */
export class IdentityCheckFake extends IdentityCheck {
  async verify(name: string): Promise<IdentityVerdict> {
    if (name.includes(FAKE_IDENTITY_MISMATCH_MARK)) return 'failed';
    if (name.includes(FAKE_IDENTITY_UNAVAILABLE_MARK)) return 'unavailable';
    return 'passed';
  }
}

/** No check is made: every application on an auto channel waits for an officer. */
export class IdentityCheckOff extends IdentityCheck {
  async verify(): Promise<IdentityVerdict> {
    return 'not-run';
  }
}
