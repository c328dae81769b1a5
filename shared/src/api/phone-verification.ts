/** POST /api/auth/phone/sms-code — sends a one-time code to the phone (H5 only; WeChat has getPhoneNumber). */
export interface SendSmsCodeRequest {
  phone: string;
}

export interface SendSmsCodeResponse {
  phoneMasked: string;
  /** How long the code works. */
  expiresInSeconds: number;
  /** When the send button may be pressed again. */
  resendAfterSeconds: number;
}

export const SMS_CODE_LENGTH = 6;
export const SMS_CODE_PATTERN = /^\d{6}$/;
