import type { IdentityCheckSettings } from '../../../config/identity.config';
import { IdentityCheck } from './identity-check';
import { IdentityCheckFake, IdentityCheckOff } from './identity-check-fake';
import { TencentIdentityCheck } from './identity-check-tencent';

export function createIdentityCheck(settings: IdentityCheckSettings): IdentityCheck {
  if (settings.mode === 'real') return new TencentIdentityCheck(settings.tencent);
  return settings.mode === 'off' ? new IdentityCheckOff() : new IdentityCheckFake();
}
