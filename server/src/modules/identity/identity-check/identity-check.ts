import type { IdentityCheckOutcome } from '@unionhub/shared';

/** `not-run` only when checks are turned off (IDENTITY_CHECK_MODE=off). */
export type IdentityVerdict = IdentityCheckOutcome;

/**
 * The port to a name + ID number check against the national record (身份证二要素核验). It never
 * throws for the provider's sake: a provider that cannot answer gives `unavailable`, and the
 * application then waits for an officer.
 */
export abstract class IdentityCheck {
  abstract verify(name: string, idNumber: string): Promise<IdentityVerdict>;
}
