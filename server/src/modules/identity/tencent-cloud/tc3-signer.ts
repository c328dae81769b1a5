import { createHash, createHmac } from 'node:crypto';

/** What one Tencent Cloud API 3.0 call signs: a JSON POST to `https://<host>/`. */
export interface Tc3Request {
  secretId: string;
  secretKey: string;
  /** The product's short name, the first label of its host: `sms`, `faceid`. */
  service: string;
  host: string;
  payload: string;
  /** Seconds since the epoch; the credential scope takes its UTC date. */
  timestamp: number;
}

export const TC3_CONTENT_TYPE = 'application/json; charset=utf-8';
const ALGORITHM = 'TC3-HMAC-SHA256';
const SIGNED_HEADERS = 'content-type;host';

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string): Buffer => createHmac('sha256', key).update(text, 'utf8').digest();

/** Step 1 of TC3-HMAC-SHA256: the canonical request of a POST with an empty query. */
export function canonicalRequest(host: string, payload: string): string {
  const headers = `content-type:${TC3_CONTENT_TYPE}\nhost:${host}\n`;
  return ['POST', '/', '', headers, SIGNED_HEADERS, sha256Hex(payload)].join('\n');
}

/** Step 2: the string to sign, scoped to the UTC date of the timestamp. */
export function stringToSign(request: Pick<Tc3Request, 'service' | 'host' | 'payload' | 'timestamp'>): string {
  return [ALGORITHM, String(request.timestamp), credentialScope(request), sha256Hex(canonicalRequest(request.host, request.payload))].join('\n');
}

/** Steps 3 and 4: the Authorization header (Tencent Cloud's "签名方法 v3"). */
export function tc3Authorization(request: Tc3Request): string {
  const date = utcDate(request.timestamp);
  const signingKey = hmac(hmac(hmac(`TC3${request.secretKey}`, date), request.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign(request), 'utf8').digest('hex');
  return `${ALGORITHM} Credential=${request.secretId}/${credentialScope(request)}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`;
}

function credentialScope(request: Pick<Tc3Request, 'service' | 'timestamp'>): string {
  return `${utcDate(request.timestamp)}/${request.service}/tc3_request`;
}

function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}
