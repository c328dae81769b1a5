import type { ChangeAction, ChangeEventView, ChangeType } from '@unionhub/shared';
import { encodeCursor } from './change-cursor';
import type { ChangeEvent } from './change-event.entity';

/** A stored event as clients see it, in the feed and in webhook bodies alike. */
export function toChangeView(e: ChangeEvent): ChangeEventView {
  return {
    cursor: encodeCursor(String(e.seq)),
    type: e.type as ChangeType,
    action: e.action as ChangeAction,
    subjectId: e.subjectId,
    unitId: e.unitId,
    data: JSON.parse(e.data) as Record<string, unknown>,
    occurredAt: e.createdAt.toISOString(),
  };
}
