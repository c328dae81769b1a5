import { apiError, STUB_SDK_APP_ID, STUB_SECRET_ID, STUB_SECRET_KEY, STUB_SIGN_NAME, STUB_TEMPLATE_ID, TencentCloudStub } from '../../../../test/support/tencent-cloud-stub';
import { TencentSmsClient, type TencentSmsOptions } from './sms-tencent.client';
import { SmsError, SmsErrorCode } from './sms.errors';

async function failure(promise: Promise<unknown>): Promise<SmsError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof SmsError)) throw new Error(`expected an SmsError, got ${String(error)}`);
  return error;
}

describe('TencentSmsClient against a local stub of Tencent Cloud SMS', () => {
  let stub: TencentCloudStub;
  const client = (options: Partial<TencentSmsOptions> = {}) =>
    new TencentSmsClient({
      secretId: STUB_SECRET_ID,
      secretKey: STUB_SECRET_KEY,
      sdkAppId: STUB_SDK_APP_ID,
      signName: STUB_SIGN_NAME,
      templateId: STUB_TEMPLATE_ID,
      region: 'ap-guangzhou',
      baseUrl: stub.baseUrl,
      timeoutMs: 5_000,
      ...options,
    });

  beforeEach(async () => {
    stub = await TencentCloudStub.start();
  });
  afterEach(() => stub.stop());

  it('sends the code and its lifetime with a signature Tencent accepts', async () => {
    await client().sendCode('13812345678', '024680', 5);
    expect(stub.texts).toEqual([{ phone: '+8613812345678', params: ['024680', '5'] }]);
    const [request] = stub.requests;
    expect(request).toMatchObject({ action: 'SendSms', headers: { 'x-tc-version': '2021-01-11', 'x-tc-region': 'ap-guangzhou', 'content-type': 'application/json; charset=utf-8' } });
    expect(request.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDstub0123456789abcdef\/\d{4}-\d{2}-\d{2}\/sms\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/);
  });

  it('is refused with a wrong key, as Tencent refuses a bad signature', async () => {
    const error = await failure(client({ secretKey: 'not-the-stub-key-0000' }).sendCode('13812345678', '024680', 5));
    expect(error).toMatchObject({ code: SmsErrorCode.Unavailable, details: { providerCode: 'AuthFailure.SignatureFailure', requestId: expect.stringMatching(/^stub-request-/) } });
  });

  it.each([
    ['LimitExceeded.PhoneNumberDailyLimit', SmsErrorCode.PhoneLimited, 'rate-limited'],
    ['LimitExceeded.PhoneNumberThirtySecondLimit', SmsErrorCode.PhoneLimited, 'rate-limited'],
    ['LimitExceeded.PhoneNumberOneHourLimit', SmsErrorCode.PhoneLimited, 'rate-limited'],
    ['InvalidParameterValue.IncorrectPhoneNumber', SmsErrorCode.PhoneRefused, 'bad-request'],
    ['FailedOperation.PhoneNumberInBlacklist', SmsErrorCode.PhoneRefused, 'bad-request'],
    ['FailedOperation.InsufficientBalanceInSmsPackage', SmsErrorCode.Unavailable, 'upstream'],
    ['FailedOperation.TemplateIncorrectOrUnapproved', SmsErrorCode.Unavailable, 'upstream'],
    ['InvalidParameterValue.TemplateParameterFormatError', SmsErrorCode.Unavailable, 'upstream'],
    ['InternalError.Timeout', SmsErrorCode.Unavailable, 'upstream'],
  ])('maps a number whose status is %s to %s', async (providerCode, code, kind) => {
    stub.next('SendSms', { response: { SendStatusSet: [{ PhoneNumber: '+8613812345678', Code: providerCode, Message: 'no', SerialNo: '' }] } });
    expect(await failure(client().sendCode('13812345678', '024680', 5))).toMatchObject({ code, kind, details: { providerCode } });
  });

  it('maps a whole-call error the same way', async () => {
    stub.next('SendSms', apiError('LimitExceeded.PhoneNumberDailyLimit'));
    expect((await failure(client().sendCode('13812345678', '024680', 5))).code).toBe(SmsErrorCode.PhoneLimited);
    stub.next('SendSms', apiError('FailedOperation.SignatureIncorrectOrUnapproved'));
    expect((await failure(client().sendCode('13812345678', '024680', 5))).code).toBe(SmsErrorCode.Unavailable);
  });

  it('gives up after its time-out, and on answers that are not Tencent’s', async () => {
    stub.next('SendSms', { hang: true });
    expect(await failure(client({ timeoutMs: 200 }).sendCode('13812345678', '024680', 5))).toMatchObject({ code: SmsErrorCode.Unavailable, details: { reason: 'timeout' } });
    stub.next('SendSms', { raw: 'Bad Gateway', status: 502 });
    expect(await failure(client().sendCode('13812345678', '024680', 5))).toMatchObject({ code: SmsErrorCode.Unavailable, details: { reason: 'http-status' } });
    stub.next('SendSms', { raw: '<html>', status: 200 });
    expect(await failure(client().sendCode('13812345678', '024680', 5))).toMatchObject({ code: SmsErrorCode.Unavailable, details: { reason: 'bad-response' } });
    const gone = client();
    await stub.stop();
    expect(await failure(gone.sendCode('13812345678', '024680', 5))).toMatchObject({ code: SmsErrorCode.Unavailable, details: { reason: 'network' } });
    stub = await TencentCloudStub.start();
  });

  it('keeps neither the phone nor the code in what an error carries', async () => {
    stub.next('SendSms', apiError('FailedOperation.PhoneNumberInBlacklist'));
    const error = await failure(client().sendCode('13812345678', '024680', 5));
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toMatch(/13812345678|024680/);
  });
});
