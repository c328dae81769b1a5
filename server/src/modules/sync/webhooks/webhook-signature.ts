import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-unionhub-signature';
export const TIMESTAMP_HEADER = 'x-unionhub-timestamp';
export const DELIVERY_HEADER = 'x-unionhub-delivery';

/**
 * `v1=` + hex HMAC-SHA256 over `<unix seconds>.<raw body>`. Binding the timestamp lets receivers
 * refuse replays older than a few minutes; receivers compare in constant time.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
