import type { SmsSettings } from '../../../config/identity.config';
import { SmsClient } from './sms-client';
import { SmsFakeClient } from './sms-fake.client';
import { TencentSmsClient } from './sms-tencent.client';

export function createSmsClient(settings: SmsSettings): SmsClient {
  if (settings.mode === 'fake') return new SmsFakeClient();
  return new TencentSmsClient(settings.tencent);
}
