import { canonicalRequest, stringToSign, tc3Authorization } from './tc3-signer';

/**
 * The worked example of Tencent Cloud's "Signature v3" document (CVM DescribeInstances at
 * 1551113065 with the document's example key): every intermediate value it publishes, and the
 * final Authorization header.
 */
describe('TC3-HMAC-SHA256 signing', () => {
  const example = {
    secretId: 'AKID**********************0123456789EXAMPLE',
    secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
    service: 'cvm',
    host: 'cvm.tencentcloudapi.com',
    payload: String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`,
    timestamp: 1551113065,
  };

  it('builds the published canonical request', () => {
    expect(canonicalRequest(example.host, example.payload)).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
  });

  it('builds the published string to sign, dated in UTC (2019-02-25, not Beijing’s 02-26)', () => {
    expect(stringToSign(example)).toBe('TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
  });

  it('gives the published Authorization header', () => {
    expect(tc3Authorization(example)).toBe(
      'TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('changes with the key, the payload and the day', () => {
    const base = tc3Authorization(example);
    expect(tc3Authorization({ ...example, secretKey: 'another-key' })).not.toBe(base);
    expect(tc3Authorization({ ...example, payload: '{"Limit": 2}' })).not.toBe(base);
    expect(tc3Authorization({ ...example, timestamp: example.timestamp + 86_400 })).toContain('2019-02-26/cvm/tc3_request');
  });
});
