import { OrgLevel, type OrgUnitNode } from '@unionhub/shared'
import { request } from './request'

/** Street and town (街道/乡镇) unions, in tree order. */
export async function fetchTownUnits(): Promise<OrgUnitNode[]> {
  // The server answers with the root, or with the list of roots.
  const tree = await request<OrgUnitNode | OrgUnitNode[]>('GET', '/api/orgs/tree')
  return flatten(Array.isArray(tree) ? tree : [tree]).filter((unit) => unit.level === OrgLevel.Street)
}

function flatten(units: OrgUnitNode[]): OrgUnitNode[] {
  return units.flatMap((unit) => [unit, ...flatten(unit.children)])
}
