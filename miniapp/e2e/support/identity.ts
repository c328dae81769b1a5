import { idNumberCheckChar } from '@unionhub/shared';

let sequence = 0;

/** A valid resident ID number (born 15 March 1992), different on every call within a suite. */
export function newIdNumber(): string {
  sequence += 1;
  const first17 = `11011519920315${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
