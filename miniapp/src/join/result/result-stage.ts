import { ApplicationStatus, type MyJoinApplication } from '@unionhub/shared'
import type { JoinResult } from '@/services/join-draft'

export type ResultStage =
  | { status: 'loading' }
  | { status: 'member'; unitName: string }
  | { status: 'pending'; unitName: string }
  | { status: 'rejected'; unitName: string; reason: string }
  | { status: 'transfer'; fromUnit: string | null; toUnit: string }
  | { status: 'none' }

/** What the stored answer of the last submission says, before asking the server again. */
export function stageOfResult(result: JoinResult | null): ResultStage {
  if (!result) return { status: 'loading' }
  const { outcome, application, membership, transfer } = result.response
  if (outcome === 'member') return { status: 'member', unitName: membership?.unit.name ?? application?.unit.name ?? '' }
  if (outcome === 'transfer') return { status: 'transfer', fromUnit: transfer?.fromUnit.name ?? null, toUnit: transfer?.toUnit.name ?? application?.unit.name ?? '' }
  return { status: 'pending', unitName: application?.unit.name ?? '' }
}

/** The newest application decides, once the server answered; an existing member keeps his card. */
export function stageOfApplications(applications: MyJoinApplication[], previous: ResultStage): ResultStage {
  const latest = applications[0]
  if (!latest) return previous.status === 'loading' ? { status: 'none' } : previous
  switch (latest.status) {
    case ApplicationStatus.Approved:
      return { status: 'member', unitName: latest.unit.name }
    case ApplicationStatus.Pending:
      return { status: 'pending', unitName: latest.unit.name }
    case ApplicationStatus.Rejected:
      return { status: 'rejected', unitName: latest.unit.name, reason: latest.rejectReason ?? '' }
    case ApplicationStatus.Transfer:
      return { status: 'transfer', fromUnit: previous.status === 'transfer' ? previous.fromUnit : null, toUnit: latest.unit.name }
  }
}
