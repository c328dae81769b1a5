import { Initial1795493213190 } from './1795493213190-Initial';
import { Stations1795494241153 } from './1795494241153-Stations';
import { IdempotencyRecords1795494522094 } from './1795494522094-IdempotencyRecords';
import { Notifications1795494523197 } from './1795494523197-Notifications';
import { ScanToJoin1795494524189 } from './1795494524189-ScanToJoin';

export const mysqlMigrations = [Initial1795493213190, Stations1795494241153, IdempotencyRecords1795494522094, Notifications1795494523197, ScanToJoin1795494524189];
