import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { User } from '../modules/auth/user.entity';
import { IdempotencyRecord } from '../modules/idempotency/idempotency-record.entity';
import { JoinApplication } from '../modules/join/applications/join-application.entity';
import { JoinChannelDay } from '../modules/join/channels/join-channel-day.entity';
import { JoinChannelImage } from '../modules/join/channels/join-channel-image.entity';
import { JoinChannel } from '../modules/join/channels/join-channel.entity';
import { MemberNumberCounter } from '../modules/join/members/member-number-counter.entity';
import { Member } from '../modules/join/members/member.entity';
import { Transfer } from '../modules/join/transfers/transfer.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { SubscribeGrant } from '../modules/notifications/subscribe-grant.entity';
import { OrgUnit } from '../modules/orgs/org-unit.entity';
import { Station } from '../modules/stations/station.entity';
import { StationRating } from '../modules/stations/station-rating.entity';
import { StationReport } from '../modules/stations/station-report.entity';

/** Every entity, listed once: the app, the migration generator and the tests read this list. */
export const entities = [OrgUnit, User, AuditEntry, Station, StationRating, StationReport, IdempotencyRecord, Notification, SubscribeGrant, JoinChannel, JoinChannelDay, JoinChannelImage, JoinApplication, Member, MemberNumberCounter, Transfer];
