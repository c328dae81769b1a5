import { randomUUID } from 'node:crypto';
import { type EntitySubscriberInterface, EventSubscriber, type InsertEvent, PrimaryColumn } from 'typeorm';

/**
 * A UUID primary key stored as varchar(36) on every target. TypeORM's own `uuid` strategy becomes
 * MariaDB's native uuid type on 10.7+, a schema that MySQL and TiDB cannot share.
 */
export const IdColumn = (): PropertyDecorator => PrimaryColumn({ type: 'varchar', length: 36 });

/** Gives every inserted row without an id a fresh UUID, for `save()` and `insert()` alike. */
@EventSubscriber()
export class IdAssigner implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<{ id?: string }>): void {
    const hasIdColumn = event.metadata.primaryColumns.some((column) => column.propertyName === 'id');
    if (hasIdColumn && event.entity && !event.entity.id) event.entity.id = randomUUID();
  }
}
