import type { LatLng } from '@unionhub/shared';
import { EARTH_RADIUS_M } from '../../src/modules/stations/grid';

const RAD = Math.PI / 180;

/** The point `distance` metres from `from` on bearing `bearing` degrees, on the sphere `haversineMetres` uses. */
export function destination(from: LatLng, bearing: number, distance: number): LatLng {
  const delta = distance / EARTH_RADIUS_M;
  const phi1 = from.lat * RAD;
  const theta = bearing * RAD;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
  const lambda2 = from.lng * RAD + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
  const lng = ((((lambda2 / RAD + 180) % 360) + 360) % 360) - 180;
  return { lat: phi2 / RAD, lng };
}
