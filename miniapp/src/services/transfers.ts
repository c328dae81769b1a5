import { OrgKind, OrgLevel, type OrgUnitNode, type StartMyTransferRequest, type TransferSummary } from '@unionhub/shared'
import { request } from './request'

/** A unit a member may move to, with the unions above it so that two 工会 of one name can be told apart. */
export interface TransferTarget {
  id: string
  name: string
  /** e.g. 丰台区总工会 · 王佐镇总工会 */
  within: string
}

export const fetchMyTransfers = () => request<TransferSummary[]>('GET', '/api/me/transfers')

export const startMyTransfer = (body: StartMyTransferRequest) => request<TransferSummary>('POST', '/api/me/transfers', body)

export const cancelMyTransfer = (id: string) => request<TransferSummary>('POST', `/api/me/transfers/${id}/cancel`)

/** Grassroots unions and the districts' pools, from the public union tree, in tree order. */
export async function fetchTransferTargets(): Promise<TransferTarget[]> {
  const tree = await request<OrgUnitNode | OrgUnitNode[]>('GET', '/api/orgs/tree')
  const walk = (units: OrgUnitNode[], above: string[]): TransferTarget[] =>
    units.flatMap((unit) => {
      const here = unit.level === OrgLevel.Grassroots || unit.kind === OrgKind.NewFormWorkerPool ? [{ id: unit.id, name: unit.name, within: above.slice(1).join(' · ') }] : []
      return [...here, ...walk(unit.children, [...above, unit.name])]
    })
  return walk(Array.isArray(tree) ? tree : [tree], [])
}

/** Targets whose name or district/street matches every word typed, at most `limit`. */
export function searchTargets(targets: TransferTarget[], text: string, limit = 8): TransferTarget[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const matches = words.length === 0 ? targets : targets.filter((t) => words.every((w) => t.name.includes(w) || t.within.includes(w)))
  return matches.slice(0, limit)
}
