export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  /** This process's nearest-station index: nearby answers from SQL until it is `ready`. */
  nearbyIndex: 'ready' | 'loading' | 'off';
  version: string;
}
