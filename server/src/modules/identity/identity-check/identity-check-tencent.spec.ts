import { apiError, STUB_SECRET_ID, STUB_SECRET_KEY, TencentCloudStub } from '../../../../test/support/tencent-cloud-stub';
import { TencentIdentityCheck } from './identity-check-tencent';

describe('TencentIdentityCheck against a local stub of Tencent Cloud FaceID', () => {
  let stub: TencentCloudStub;
  const check = (secretKey = STUB_SECRET_KEY, timeoutMs = 5_000) => new TencentIdentityCheck({ secretId: STUB_SECRET_ID, secretKey, region: 'ap-guangzhou', baseUrl: stub.baseUrl, timeoutMs });
  const ID = '11010519900101123X';

  beforeEach(async () => {
    stub = await TencentCloudStub.start();
    stub.people.set(ID, '王小明');
  });
  afterEach(() => stub.stop());

  it('passes a name and number that match the record, signed for faceid', async () => {
    expect(await check().verify('王小明', ID)).toBe('passed');
    expect(stub.requests[0]).toMatchObject({ action: 'IdCardVerification', body: { IdCard: ID, Name: '王小明' }, headers: { 'x-tc-version': '2018-03-01' } });
    expect(stub.requests[0].headers.authorization).toContain('/faceid/tc3_request');
  });

  it('fails another name, and a number the record does not have', async () => {
    expect(await check().verify('王大明', ID)).toBe('failed');
    expect(await check().verify('王小明', '110105199001011246')).toBe('failed');
  });

  it.each([
    ['-2', 'failed'],
    ['-3', 'failed'],
    ['-4', 'unavailable'],
    ['-6', 'unavailable'],
    ['-7', 'unavailable'],
    ['-99', 'unavailable'],
  ])('reads result %s as %s', async (result, verdict) => {
    stub.next('IdCardVerification', { response: { Result: result, Description: 'stub' } });
    expect(await check().verify('王小明', ID)).toBe(verdict);
  });

  it('never throws: errors, a bad signature and time-outs are "unavailable"', async () => {
    expect(await check('wrong-key-0000000000').verify('王小明', ID)).toBe('unavailable');
    stub.next('IdCardVerification', apiError('FailedOperation.UnKnown'));
    expect(await check().verify('王小明', ID)).toBe('unavailable');
    stub.next('IdCardVerification', { hang: true });
    expect(await check(STUB_SECRET_KEY, 200).verify('王小明', ID)).toBe('unavailable');
    stub.next('IdCardVerification', { raw: 'oops', status: 500 });
    expect(await check().verify('王小明', ID)).toBe('unavailable');
  });
});
