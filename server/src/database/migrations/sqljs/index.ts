import { Initial1795493213190 } from './1795493213190-Initial';
import { Stations1795494241153 } from './1795494241153-Stations';
import { IdempotencyRecords1795494522094 } from './1795494522094-IdempotencyRecords';
import { Notifications1795494523197 } from './1795494523197-Notifications';
import { ScanToJoin1795494524189 } from './1795494524189-ScanToJoin';
import { SyncClientsAndChangeFeed1795498455199 } from './1795498455199-SyncClientsAndChangeFeed';
import { TransferDecisions1795498672057 } from './1795498672057-TransferDecisions';
import { MutualAid1795498814408 } from './1795498814408-MutualAid';
import { SyncWebhooks1795499032476 } from './1795499032476-SyncWebhooks';
import { ChangeFeedOutbox1795502956410 } from './1795502956410-ChangeFeedOutbox';
import { AidAutoEnrollment1795502983654 } from './1795502983654-AidAutoEnrollment';
import { MemberAndOfficerTransfers1795503134041 } from './1795503134041-MemberAndOfficerTransfers';
import { ImportedMembers1795507140705 } from './1795507140705-ImportedMembers';
import { StationCoveringIndex1795507486791 } from './1795507486791-StationCoveringIndex';
import { AidPayeeCard1795508071611 } from './1795508071611-AidPayeeCard';
import { VerifiedIdentity1796405385022 } from './1796405385022-VerifiedIdentity';
import { RefreshTokens1796405494083 } from './1796405494083-RefreshTokens';

export const sqljsMigrations = [Initial1795493213190, Stations1795494241153, IdempotencyRecords1795494522094, Notifications1795494523197, ScanToJoin1795494524189, SyncClientsAndChangeFeed1795498455199, TransferDecisions1795498672057, MutualAid1795498814408, SyncWebhooks1795499032476, ChangeFeedOutbox1795502956410, AidAutoEnrollment1795502983654, MemberAndOfficerTransfers1795503134041, ImportedMembers1795507140705, StationCoveringIndex1795507486791, AidPayeeCard1795508071611, VerifiedIdentity1796405385022, RefreshTokens1796405494083];
