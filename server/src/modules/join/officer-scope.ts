import type { Actor } from '../../common/actor';
import { CommonError } from '../../common/common.errors';
import type { OrgUnit } from '../orgs/org-unit.entity';
import type { OrgsService } from '../orgs/orgs.service';

/** The unit an officer or admin acts for: his lists cover its subtree. */
export async function officerRoot(orgs: OrgsService, actor: Actor): Promise<OrgUnit> {
  if (!actor.orgUnitId) throw CommonError.forbidden();
  return orgs.assertInScope(actor, actor.orgUnitId);
}
