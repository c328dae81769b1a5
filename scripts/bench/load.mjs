import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const autocannon = require('autocannon');

/**
 * One autocannon run on loopback: `paths()` gives each request's path (random positions, distinct
 * workers…). Bounded by duration; stops by itself.
 */
export function load({ url, connections, duration, method = 'GET', makeRequest, amount }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration }),
        requests: [{ method, setupRequest: (request) => ({ ...request, ...makeRequest() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    process.once('SIGINT', () => instance.stop());
  });
}

export const summarise = (name, result, extra = {}) => ({
  target: name,
  'req/s': Math.round(result.requests.average),
  p50: `${result.latency.p50} ms`,
  p90: `${result.latency.p90} ms`,
  // autocannon's histogram reports p90 and p97.5 but no p95: p95 lies between them.
  'p97.5 (≥ p95)': `${result.latency.p97_5} ms`,
  p99: `${result.latency.p99} ms`,
  '2xx': result['2xx'],
  'non-2xx': result.non2xx + result.errors + result.timeouts,
  ...extra,
});
