import { SmsClient } from './sms-client';

/**
 * SMS for development and tests: nothing leaves the machine. In fake mode every code is
 * FAKE_SMS_CODE (see PhoneCodesService), so the H5 app can be tried without a phone; fake mode is
 * refused in production. Sent messages are kept in memory for tests to inspect.
 */
export class SmsFakeClient extends SmsClient {
  readonly sent: { phone: string; code: string; validMinutes: number }[] = [];

  async sendCode(phone: string, code: string, validMinutes: number): Promise<void> {
    this.sent.push({ phone, code, validMinutes });
  }
}

export const FAKE_SMS_CODE = '246810';
