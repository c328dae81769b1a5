import { ClaimAction, ClaimStatus } from '@unionhub/shared';
import { AidError, AidErrorCode } from './aid.errors';

export type ClaimActor = 'member' | 'officer' | 'system';

interface Move {
  to: ClaimStatus;
  by: ClaimActor;
}

const { Draft, Submitted, InReview, NeedsInfo, Resubmitted, Approved, Paying, Paid, Rejected, Withdrawn } = ClaimStatus;
const A = ClaimAction;

/**
 * Every legal move of a claim, and who may make it. Anything not listed is refused with 409.
 * Payment batches are the officers' moves too: exporting marks claims paying, the bank's result file
 * marks them paid, or returns a failed payment to the approved queue for the next batch.
 */
const moves: Record<ClaimStatus, Partial<Record<ClaimAction, Move>>> = {
  [Draft]: { [A.Submit]: { to: Submitted, by: 'member' }, [A.Withdraw]: { to: Withdrawn, by: 'member' } },
  [Submitted]: { [A.StartReview]: { to: InReview, by: 'officer' }, [A.Withdraw]: { to: Withdrawn, by: 'member' } },
  [InReview]: {
    [A.RequestInfo]: { to: NeedsInfo, by: 'officer' },
    [A.Approve]: { to: Approved, by: 'officer' },
    [A.Reject]: { to: Rejected, by: 'officer' },
    [A.Withdraw]: { to: Withdrawn, by: 'member' },
  },
  [NeedsInfo]: { [A.Resubmit]: { to: Resubmitted, by: 'member' }, [A.Withdraw]: { to: Withdrawn, by: 'member' } },
  [Resubmitted]: { [A.StartReview]: { to: InReview, by: 'officer' }, [A.Withdraw]: { to: Withdrawn, by: 'member' } },
  [Approved]: { [A.StartPayment]: { to: Paying, by: 'officer' } },
  [Paying]: { [A.ConfirmPaid]: { to: Paid, by: 'officer' }, [A.PaymentFailed]: { to: Approved, by: 'officer' } },
  [Paid]: {},
  [Rejected]: {},
  [Withdrawn]: {},
};

/** The status a claim moves to, or a 409 when the move is not legal from here or not the actor's. */
export function nextClaimStatus(from: ClaimStatus, action: ClaimAction, actor: ClaimActor): ClaimStatus {
  const move = moves[from][action];
  if (!move || (move.by !== actor && actor !== 'system')) {
    throw new AidError(AidErrorCode.IllegalTransition, { from, action });
  }
  return move.to;
}

export const isFinalClaimStatus = (status: ClaimStatus): boolean => Object.keys(moves[status]).length === 0;

/** The moves open to an actor now, for the member's "what next" and the officer's buttons. */
export function availableClaimActions(from: ClaimStatus, actor: ClaimActor): ClaimAction[] {
  return (Object.entries(moves[from]) as [ClaimAction, Move][]).filter(([, move]) => move.by === actor).map(([action]) => action);
}
