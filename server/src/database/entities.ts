import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { User } from '../modules/auth/user.entity';
import { OrgUnit } from '../modules/orgs/org-unit.entity';

/** Every entity, listed once: the app, the migration generator and the tests read this list. */
export const entities = [OrgUnit, User, AuditEntry];
