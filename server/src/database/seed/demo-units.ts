import { OrgKind, OrgLevel } from '@unionhub/shared';

export interface DemoUnit {
  code: string;
  name: string;
  level: OrgLevel;
  kind: OrgKind;
  regionCode?: string;
  children?: DemoUnit[];
}

const { City, District, Street, Grassroots } = OrgLevel;
const { FederationOfUnions: General, Enterprise, Village, Park, Federation, NewFormWorkerPool: Pool } = OrgKind;

/** Demo data: Beijing's unions named in the field reports, with a few grassroots units under them. */
export const demoUnits: DemoUnit = {
  code: 'BJ', name: '北京市总工会', level: City, kind: General, regionCode: '110000',
  children: [
    {
      code: 'BJ-DX', name: '大兴区总工会', level: District, kind: General, regionCode: '110115',
      children: [
        { code: 'BJ-DX-PGZ', name: '庞各庄镇总工会', level: Street, kind: General },
        {
          code: 'BJ-DX-YH', name: '瀛海镇总工会', level: Street, kind: General,
          children: [{ code: 'BJ-DX-YH-SH', name: '首航超市工会', level: Grassroots, kind: Enterprise }],
        },
        { code: 'BJ-DX-JG', name: '旧宫镇总工会', level: Street, kind: General },
        {
          code: 'BJ-DX-TGY', name: '天宫院街道总工会', level: Street, kind: General,
          children: [{ code: 'BJ-DX-TGY-JN', name: '京南物流园区工会联合会', level: Grassroots, kind: Federation }],
        },
        { code: 'BJ-DX-POOL', name: '大兴区新就业形态工会周转库', level: Grassroots, kind: Pool, regionCode: '110115' },
      ],
    },
    {
      code: 'BJ-FT', name: '丰台区总工会', level: District, kind: General, regionCode: '110106',
      children: [
        {
          code: 'BJ-FT-WZ', name: '王佐镇总工会', level: Street, kind: General,
          children: [{ code: 'BJ-FT-WZ-LX', name: '琳汐幼儿园工会', level: Grassroots, kind: Enterprise }],
        },
        {
          code: 'BJ-FT-LGQ', name: '卢沟桥地区总工会', level: Street, kind: General,
          children: [{ code: 'BJ-FT-LGQ-GZZ', name: '郭庄子村工会', level: Grassroots, kind: Village }],
        },
        { code: 'BJ-FT-ZGC', name: '中关村科技园区丰台园工会', level: Street, kind: Park },
        { code: 'BJ-FT-POOL', name: '丰台区新就业形态工会周转库', level: Grassroots, kind: Pool, regionCode: '110106' },
      ],
    },
  ],
};
