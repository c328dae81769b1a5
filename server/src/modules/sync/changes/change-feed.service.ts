import { Injectable } from '@nestjs/common';
import type { ChangeAction, ChangeType, ChangesPage } from '@unionhub/shared';
import { maskSensitiveText } from '@unionhub/shared';
import { type EntityManager, In } from 'typeorm';
import { OrgUnit } from '../../orgs/org-unit.entity';
import { ChangeFeedRepository } from './change-feed.repository';
import { decodeCursor, encodeCursor } from './change-cursor';
import { ChangeSequencer } from './change-sequencer';
import { toChangeView } from './change-view';

/** Query-runner data key: unit paths already read in the current transaction. */
const UNIT_PATHS = 'changeFeedUnitPaths';

export interface Change {
  type: ChangeType;
  action: ChangeAction;
  subjectId: string;
  /** The unit the record belongs to; for a transfer, the releasing unit. */
  unitId: string;
  /** For a transfer, the receiving unit, so that both subtrees see it. */
  otherUnitId?: string;
  /** Snapshot after the change. Never put whole personal data here: it is masked again on write. */
  data: Record<string, unknown>;
}

/**
 * The change feed. Every service that writes members, applications, transfers, stations,
 * enrollments or claims calls `record(manager, change)` inside its write transaction, so the event
 * commits or rolls back with the data. The event is numbered just after the commit (see
 * `ChangeSequencer`); readers see numbered events only.
 */
@Injectable()
export class ChangeFeedService {
  constructor(
    private readonly events: ChangeFeedRepository,
    private readonly sequencer: ChangeSequencer,
  ) {}

  async record(manager: EntityManager, change: Change): Promise<void> {
    await this.recordMany(manager, [change]);
  }

  /** `record` for a batch (imports): the units are looked up once and the events inserted together. */
  async recordMany(manager: EntityManager, changes: Change[]): Promise<void> {
    if (changes.length === 0) return;
    const unitIds = [...new Set(changes.flatMap((c) => (c.otherUnitId ? [c.unitId, c.otherUnitId] : [c.unitId])))];
    const units = await this.unitPaths(manager, unitIds);
    const unitOf = (id: string): { path: string } => {
      const path = units.get(id);
      if (path === undefined) throw new Error(`change feed: unknown unit ${id}`);
      return { path };
    };
    await this.events.insert(
      manager,
      changes.map((change) => ({
        type: change.type,
        action: change.action,
        subjectId: change.subjectId,
        unitId: change.unitId,
        unitPath: unitOf(change.unitId).path,
        otherUnitPath: change.otherUnitId ? unitOf(change.otherUnitId).path : null,
        data: maskSensitiveText(JSON.stringify(change.data)),
      })),
    );
    this.sequencer.markRecorded(manager.queryRunner);
  }

  /**
   * Unit paths, remembered for the rest of the writer's transaction: one join records three events
   * of one unit, and each lookup is a round trip inside a transaction that holds locks.
   */
  private async unitPaths(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const runner = manager.queryRunner?.isTransactionActive ? manager.queryRunner : undefined;
    const known: Map<string, string> = (runner?.data[UNIT_PATHS] as Map<string, string> | undefined) ?? new Map();
    if (runner) runner.data[UNIT_PATHS] = known;
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) for (const unit of await manager.getRepository(OrgUnit).findBy({ id: In(missing) })) known.set(unit.id, unit.path);
    return known;
  }

  /**
   * For readers inside the server that keep something in step with the feed (the nearby index):
   * the last number, and which subjects changed after a number, across every unit.
   */
  lastSeq(): Promise<string> {
    return this.events.lastSeq();
  }

  subjectsAfter(afterSeq: string, limit: number): Promise<{ seq: string; type: ChangeType; subjectId: string }[]> {
    return this.events.subjectsAfter(afterSeq, limit) as Promise<{ seq: string; type: ChangeType; subjectId: string }[]>;
  }

  async page(unitPath: string, after: string | undefined, types: ChangeType[], limit: number): Promise<ChangesPage> {
    const afterSeq = decodeCursor(after);
    const rows = await this.events.findPageInSubtree(unitPath, afterSeq, types, limit + 1);
    const changes = rows.slice(0, limit).map(toChangeView);
    return { changes, cursor: changes.at(-1)?.cursor ?? encodeCursor(afterSeq), hasMore: rows.length > limit };
  }
}
