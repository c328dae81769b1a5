import { Injectable } from '@nestjs/common';
import { chinaDate, ClaimStatus, ClaimStatusLabel, type Occupation, OccupationLabel, type OfficerDashboard } from '@unionhub/shared';
import type { Actor } from '../../common/actor';
import { officerRoot } from '../join/officer-scope';
import { OrgsService } from '../orgs/orgs.service';
import { DashboardRepository } from './dashboard.repository';

const DAY_MS = 86_400_000;
/** Claims waiting for an officer's decision. */
const PENDING_CLAIMS: ClaimStatus[] = [ClaimStatus.Submitted, ClaimStatus.Resubmitted, ClaimStatus.InReview];

/**
 * The officer's subtree at a glance. Counts only, nothing personal, so reading it is not audited.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly orgs: OrgsService,
  ) {}

  async forOfficer(actor: Actor, days: number): Promise<OfficerDashboard> {
    const root = await officerRoot(this.orgs, actor);
    const prefix = `${root.path}%`;
    const since = chinaDate(new Date(Date.now() - (days - 1) * DAY_MS));
    const [byDay, byChannel, byOccupation, pendingJoins, pendingTransfersOut, pendingTransfersIn, openStationReports, claims] = await Promise.all([
      this.dashboard.newMembersByDay(prefix, since),
      this.dashboard.newMembersBy(prefix, since, 'channel'),
      this.dashboard.newMembersBy(prefix, since, 'occupation'),
      this.dashboard.countPendingJoins(prefix),
      this.dashboard.countTransfers(prefix, 'out'),
      this.dashboard.countTransfers(prefix, 'in'),
      this.dashboard.countOpenStationReports(prefix),
      this.dashboard.claimsByStatus(prefix),
    ]);
    const claimsOf = new Map(claims.map((row) => [row.status, row]));
    // Drafts are the member's own business until submitted: not shown to officers.
    const claimsByStatus = Object.values(ClaimStatus)
      .filter((status) => status !== ClaimStatus.Draft)
      .map((status) => ({ status, label: ClaimStatusLabel[status], count: claimsOf.get(status)?.count ?? 0, claimed: claimsOf.get(status)?.claimed ?? 0, approved: claimsOf.get(status)?.approved ?? 0 }));
    return {
      unitId: root.id,
      since,
      newMembersByDay: byDay,
      newMembersByChannel: byChannel.map((r) => ({ key: r.key ?? 'none', label: r.label ?? '自选区工会（无入会码）', count: r.count })),
      newMembersByOccupation: byOccupation.map((r) => ({ key: r.key ?? 'other', label: OccupationLabel[r.key as Occupation] ?? '其他', count: r.count })),
      pendingJoins,
      pendingTransfersOut,
      pendingTransfersIn,
      openStationReports,
      claimsByStatus,
      pendingClaims: claimsByStatus.filter((row) => PENDING_CLAIMS.includes(row.status)).reduce((sum, row) => sum + row.count, 0),
    };
  }
}
