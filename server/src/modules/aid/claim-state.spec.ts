import { ClaimAction, ClaimStatus } from '@unionhub/shared';
import { availableClaimActions, type ClaimActor, isFinalClaimStatus, nextClaimStatus } from './claim-state';

const statuses = Object.values(ClaimStatus);
const actions = Object.values(ClaimAction);

/** The legal moves written out once more, by hand, as the issue describes the lifecycle. */
const legal: [ClaimStatus, ClaimAction, ClaimActor, ClaimStatus][] = [
  ['draft', 'submit', 'member', 'submitted'],
  ['draft', 'withdraw', 'member', 'withdrawn'],
  ['submitted', 'start-review', 'officer', 'in-review'],
  ['submitted', 'withdraw', 'member', 'withdrawn'],
  ['in-review', 'request-info', 'officer', 'needs-info'],
  ['in-review', 'approve', 'officer', 'approved'],
  ['in-review', 'reject', 'officer', 'rejected'],
  ['in-review', 'withdraw', 'member', 'withdrawn'],
  ['needs-info', 'resubmit', 'member', 'resubmitted'],
  ['needs-info', 'withdraw', 'member', 'withdrawn'],
  ['resubmitted', 'start-review', 'officer', 'in-review'],
  ['resubmitted', 'withdraw', 'member', 'withdrawn'],
  ['approved', 'start-payment', 'officer', 'paying'],
  ['paying', 'confirm-paid', 'officer', 'paid'],
  ['paying', 'payment-failed', 'officer', 'approved'],
];

describe('the claim lifecycle', () => {
  it.each(legal)('from %s, %s by the %s goes to %s', (from, action, actor, to) => {
    expect(nextClaimStatus(from, action, actor)).toBe(to);
  });

  const illegal = statuses.flatMap((from) =>
    actions.flatMap((action) =>
      (['member', 'officer'] as const)
        .filter((actor) => !legal.some(([f, a, who]) => f === from && a === action && who === actor))
        .map((actor) => [from, action, actor] as const),
    ),
  );

  it(`refuses every other move (${illegal.length} of them) with 409 CLAIM_ILLEGAL_TRANSITION`, () => {
    for (const [from, action, actor] of illegal) {
      expect(() => nextClaimStatus(from, action, actor)).toThrow(expect.objectContaining({ code: 'CLAIM_ILLEGAL_TRANSITION', kind: 'conflict' }));
    }
  });

  it('ends at paid, rejected and withdrawn', () => {
    expect(statuses.filter(isFinalClaimStatus).sort()).toEqual(['paid', 'rejected', 'withdrawn']);
  });

  it('tells each side what it may do next', () => {
    expect(availableClaimActions('needs-info', 'member').sort()).toEqual(['resubmit', 'withdraw']);
    expect(availableClaimActions('in-review', 'officer').sort()).toEqual(['approve', 'reject', 'request-info']);
    expect(availableClaimActions('paid', 'officer')).toEqual([]);
  });
});
