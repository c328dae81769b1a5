import { randomUUID } from 'node:crypto';
import { DevAccount, OrgLevel, Role } from '@unionhub/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { User } from '../../modules/auth/user.entity';
import { OrgUnit } from '../../modules/orgs/org-unit.entity';
import { type DemoUnit, demoUnits } from './demo-units';
import { seedDemoAidPlans } from './aid-seed';
import { seedDemoStations } from './stations-seed';

export interface SeedSummary {
  units: number;
  users: number;
  stations: number;
}

async function insertUnit(manager: EntityManager, demo: DemoUnit, parent: OrgUnit | null, out: OrgUnit[]): Promise<void> {
  const id = randomUUID();
  const unit = await manager.getRepository(OrgUnit).save({
    id,
    code: demo.code,
    name: demo.name,
    level: demo.level,
    kind: demo.kind,
    regionCode: demo.regionCode ?? null,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
  });
  out.push(unit);
  for (const child of demo.children ?? []) await insertUnit(manager, child, unit, out);
}

function demoUsers(units: OrgUnit[]): Partial<User>[] {
  const root = units[0];
  const officers = units
    .filter((u) => u.level === OrgLevel.Street)
    .map((u) => ({ role: Role.Officer, nickname: `${u.name.replace(/总工会|工会$/, '')}工会干部`, devAccount: `officer:${u.code}`, orgUnitId: u.id }));
  return [
    { role: Role.Admin, nickname: '市总工会管理员', devAccount: DevAccount.Admin, orgUnitId: root.id },
    ...officers,
    { role: Role.Member, nickname: '外卖小哥王师傅', devAccount: DevAccount.Member, orgUnitId: null },
    { role: Role.Member, nickname: '快递员李师傅', devAccount: DevAccount.MemberB, orgUnitId: null },
  ];
}

/** Writes the demo unions and accounts once, into an empty database, and any missing demo stations; null if nothing was written. */
export async function seedDemoData(dataSource: DataSource): Promise<SeedSummary | null> {
  await seedDemoAidPlans(dataSource);
  if ((await dataSource.getRepository(OrgUnit).count()) > 0) {
    // Demo stations arrived after the first demo units; add them to databases seeded before.
    const stations = await seedDemoStations(dataSource);
    return stations ? { units: 0, users: 0, stations } : null;
  }
  const summary = await dataSource.transaction(async (manager) => {
    const units: OrgUnit[] = [];
    await insertUnit(manager, demoUnits, null, units);
    const users = demoUsers(units);
    await manager.getRepository(User).insert(users);
    return { units: units.length, users: users.length };
  });
  return { ...summary, stations: await seedDemoStations(dataSource) };
}
