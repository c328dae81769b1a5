/** The port to an SMS provider; an abstract class so that it is its own Nest injection token. */
export abstract class SmsClient {
  /**
   * Sends the one-time `code` to a mainland number (11 digits, no country code) with the text
   * template "验证码{1}，{2}分钟内有效". Resolves once the provider accepted the message.
   */
  abstract sendCode(phone: string, code: string, validMinutes: number): Promise<void>;
}
