import { randomUUID } from 'node:crypto';
import { DevAccount, parseOpeningHoursText, ReportKind, ReportStatus, StationStatus } from '@unionhub/shared';
import { type DataSource, In } from 'typeorm';
import { User } from '../../modules/auth/user.entity';
import { OrgUnit } from '../../modules/orgs/org-unit.entity';
import { StationReport } from '../../modules/stations/station-report.entity';
import { toStationColumns } from '../../modules/stations/station-record';
import { Station } from '../../modules/stations/station.entity';
import { type DemoStation, demoStations } from './demo-stations';

/** The demo station that arrives with three open reports, so officers see a flagged station. */
const FLAGGED_DEMO = 'DEMO-LGQ-03';

function toRow(demo: DemoStation, orgUnitId: string): Omit<Station, 'createdAt' | 'updatedAt'> {
  const hours = parseOpeningHoursText(demo.hours);
  if (!hours.ok) throw new Error(`demo station ${demo.externalId}: ${hours.message}`);
  return {
    ...toStationColumns({ ...demo, orgUnitId, hours: hours.value, closures: demo.closures ?? [], status: demo.status ?? StationStatus.Open }),
    id: randomUUID(),
    photoKeys: [],
    closedReason: demo.status === StationStatus.Closed ? '演示数据：站点已撤' : null,
    isDemo: true,
  };
}

/**
 * Adds the demo stations whose host unit exists and which are not there yet (matched by external
 * id), so it may run on every start; returns how many it added.
 */
export async function seedDemoStations(dataSource: DataSource): Promise<number> {
  const units = await dataSource.getRepository(OrgUnit).findBy({ code: In([...new Set(demoStations.map((s) => s.unitCode))]) });
  const unitIds = new Map(units.map((unit) => [unit.code, unit.id]));
  if (units.length === 0) return 0;
  const existing = await dataSource.getRepository(Station).find({ select: { externalId: true, orgUnitId: true }, where: { isDemo: true } });
  const have = new Set(existing.map((s) => `${s.orgUnitId}/${s.externalId}`));
  const rows = demoStations
    .filter((demo) => unitIds.has(demo.unitCode) && !have.has(`${unitIds.get(demo.unitCode)}/${demo.externalId}`))
    .map((demo) => toRow(demo, unitIds.get(demo.unitCode) ?? ''));
  if (rows.length === 0) return 0;
  const reporters = await dataSource.getRepository(User).findBy({ devAccount: In([DevAccount.Member, DevAccount.MemberB]) });
  await dataSource.transaction(async (manager) => {
    // updateEntity(false): see StationsRepository.insert; the ids are used below.
    await manager.createQueryBuilder().insert().into(Station).values(rows).updateEntity(false).execute();
    const flagged = rows.find((row) => row.externalId === FLAGGED_DEMO);
    if (!flagged || reporters.length === 0) return;
    const reports: [ReportKind, string][] = [
      [ReportKind.Closed, '中午去的时候门锁着，没人'],
      [ReportKind.FacilitiesMismatch, '微波炉坏了，热不了饭'],
      [ReportKind.Environment, '垃圾没人清，味道大'],
    ];
    await manager.getRepository(StationReport).insert(
      reports.map(([kind, note], i) => ({
        id: randomUUID(),
        stationId: flagged.id,
        reporterId: reporters[i % reporters.length].id,
        kind,
        note,
        photoKey: null,
        status: ReportStatus.Open,
        resolvedBy: null,
        resolvedAt: null,
        resolutionNote: null,
        idempotencyKey: null,
      })),
    );
  });
  return rows.length;
}
