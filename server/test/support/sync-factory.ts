import { type ApiClientWithSecret, type StationInput, SyncPermission } from '@unionhub/shared';
import { bearer } from './join-factory';
import { allDay } from './station-factory';
import type { TestApp } from './test-app';

/** Registers an API client as the demo admin and returns it with its one-time token. */
export async function newClient(t: TestApp, adminToken: string, unitId: string, permissions: SyncPermission[] = [SyncPermission.ReadMembers, SyncPermission.ReadStations]): Promise<ApiClientWithSecret> {
  const response = await t.http.post('/api/sync/clients').set(bearer(adminToken)).send({ name: '区工会台账系统', unitId, permissions }).expect(201);
  return response.body as ApiClientWithSecret;
}

let counter = 0;

/** A valid station input for the officer API, hosted by `orgUnitId`. */
export function stationInput(orgUnitId: string, overrides: Partial<StationInput> = {}): StationInput {
  counter += 1;
  return { name: `同步测试驿站${counter}`, orgUnitId, address: `测试路${counter}号`, districtCode: '110115', lat: 39.64, lng: 116.33, facilities: ['water'], hours: allDay(), ...overrides } as StationInput;
}
