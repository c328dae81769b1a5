export const OrgLevel = {
  City: 'city',
  District: 'district',
  Street: 'street',
  Grassroots: 'grassroots',
} as const;
export type OrgLevel = (typeof OrgLevel)[keyof typeof OrgLevel];

export const OrgKind = {
  /** 总工会 at city, district or street level */
  FederationOfUnions: 'general',
  Enterprise: 'enterprise',
  Village: 'village',
  Community: 'community',
  Park: 'park',
  Building: 'building',
  /** 工会联合会: a federation that grassroots units hang under */
  Federation: 'federation',
  /** 新就业形态工会周转库 */
  NewFormWorkerPool: 'pool',
} as const;
export type OrgKind = (typeof OrgKind)[keyof typeof OrgKind];

export const OrgLevelLabel: Record<OrgLevel, string> = {
  city: '市总工会',
  district: '区总工会',
  street: '街道/乡镇总工会',
  grassroots: '基层工会',
};

export const OrgKindLabel: Record<OrgKind, string> = {
  general: '总工会',
  enterprise: '企业工会',
  village: '村工会',
  community: '社区工会',
  park: '园区工会',
  building: '楼宇工会',
  federation: '工会联合会',
  pool: '新就业形态工会周转库',
};

export interface OrgUnitSummary {
  id: string;
  code: string;
  name: string;
  level: OrgLevel;
  kind: OrgKind;
}

export interface OrgUnitNode extends OrgUnitSummary {
  parentId: string | null;
  /** Administrative division code (GB/T 2260) of the area the unit covers, when known. */
  regionCode: string | null;
  children: OrgUnitNode[];
}
