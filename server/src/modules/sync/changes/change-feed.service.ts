import { Injectable } from '@nestjs/common';
import type { ChangeAction, ChangeType, ChangesPage } from '@unionhub/shared';
import { maskSensitiveText } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import { OrgUnit } from '../../orgs/org-unit.entity';
import { ChangeFeedRepository } from './change-feed.repository';
import { decodeCursor, encodeCursor } from './change-cursor';
import { toChangeView } from './change-view';

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
 * commits or rolls back with the data.
 */
@Injectable()
export class ChangeFeedService {
  constructor(private readonly events: ChangeFeedRepository) {}

  async record(manager: EntityManager, change: Change): Promise<void> {
    const units = manager.getRepository(OrgUnit);
    const unit = await units.findOneByOrFail({ id: change.unitId });
    const other = change.otherUnitId ? await units.findOneByOrFail({ id: change.otherUnitId }) : null;
    // Taken last, so the counter lock is held only for the rest of the transaction.
    const seq = await this.events.takeNextSeq(manager);
    await this.events.insert(manager, {
      seq,
      type: change.type,
      action: change.action,
      subjectId: change.subjectId,
      unitId: unit.id,
      unitPath: unit.path,
      otherUnitPath: other?.path ?? null,
      data: maskSensitiveText(JSON.stringify(change.data)),
    });
  }

  async page(unitPath: string, after: string | undefined, types: ChangeType[], limit: number): Promise<ChangesPage> {
    const afterSeq = decodeCursor(after);
    const rows = await this.events.findPageInSubtree(unitPath, afterSeq, types, limit + 1);
    const changes = rows.slice(0, limit).map(toChangeView);
    return { changes, cursor: changes.at(-1)?.cursor ?? encodeCursor(afterSeq), hasMore: rows.length > limit };
  }
}
