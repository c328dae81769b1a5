import { type Facility, StationStatus } from '@unionhub/shared';

export interface DemoStation {
  /** Stable, so the seed can tell which demo stations already exist. */
  externalId: string;
  unitCode: string;
  name: string;
  address: string;
  districtCode: string;
  /** GCJ-02, as a map app shows it. */
  lat: number;
  lng: number;
  facilities: Facility[];
  /** In the import format, e.g. `周一至周五 08:00-20:00；周六 09:00-17:00`. */
  hours: string;
  starLevel: number | null;
  phone: string | null;
  accessNote: string | null;
  verifiedOn: string | null;
  status?: StationStatus;
  closures?: { from: string; to: string; reason: string }[];
}

const DX = '110115';
const FT = '110106';
/** The national union hotline, which stations without their own number list. */
const HOTLINE = '12351';

const basic: Facility[] = ['water', 'charging', 'seating', 'hot-meal'];
const full: Facility[] = ['water', 'hot-meal', 'charging', 'seating', 'toilet', 'climate', 'medkit', 'rain-gear', 'books', 'wifi'];

/** Demo data: plausible stations around the demo towns of Daxing and Fengtai. Not real places. */
export const demoStations: DemoStation[] = [
  // 庞各庄镇
  { externalId: 'DEMO-PGZ-01', unitCode: 'BJ-DX-PGZ', name: '庞各庄镇暖心驿站', address: '大兴区庞各庄镇政府街12号（镇总工会一层）', districtCode: DX, lat: 39.63662, lng: 116.32618, facilities: full, hours: '24小时', starLevel: 5, phone: '010-60001201', accessNote: '正门右手边，夜间按门铃', verifiedOn: '2026-11-18' },
  { externalId: 'DEMO-PGZ-02', unitCode: 'BJ-DX-PGZ', name: '庞各庄西瓜小镇户外劳动者服务站点', address: '大兴区庞各庄镇瓜乡路8号', districtCode: DX, lat: 39.63211, lng: 116.31375, facilities: ['water', 'charging', 'seating', 'toilet', 'rain-gear'], hours: '每天 07:00-21:00', starLevel: 4, phone: HOTLINE, accessNote: null, verifiedOn: '2026-10-30' },
  { externalId: 'DEMO-PGZ-03', unitCode: 'BJ-DX-PGZ', name: '庞各庄中通快递网点工会驿站', address: '大兴区庞各庄镇京良路东侧物流大院', districtCode: DX, lat: 39.64488, lng: 116.33902, facilities: ['water', 'hot-meal', 'charging', 'battery-swap', 'tools'], hours: '周一至周六 08:00-20:00', starLevel: 3, phone: '010-60001203', accessNote: '进院后左转第二间', verifiedOn: '2026-09-12' },
  { externalId: 'DEMO-PGZ-04', unitCode: 'BJ-DX-PGZ', name: '梨花村便民驿站', address: '大兴区庞各庄镇梨花村委会西侧', districtCode: DX, lat: 39.62105, lng: 116.30412, facilities: ['water', 'seating', 'toilet'], hours: '每天 08:00-12:00,14:00-18:00', starLevel: 2, phone: null, accessNote: null, verifiedOn: '2026-06-03' },
  { externalId: 'DEMO-PGZ-05', unitCode: 'BJ-DX-PGZ', name: '庞各庄地铁站旁骑手加油站', address: '大兴区庞各庄镇兴亦路与京开路交口', districtCode: DX, lat: 39.65136, lng: 116.32077, facilities: ['water', 'charging', 'battery-swap', 'seating', 'climate'], hours: '周一至周日 22:00-次日06:00', starLevel: 3, phone: HOTLINE, accessNote: '夜间服务点，白天请去镇暖心驿站', verifiedOn: '2026-11-02' },
  { externalId: 'DEMO-PGZ-06', unitCode: 'BJ-DX-PGZ', name: '庞各庄卫生院职工之家驿站', address: '大兴区庞各庄镇育才路3号', districtCode: DX, lat: 39.63951, lng: 116.31788, facilities: ['water', 'medkit', 'aed', 'seating', 'toilet', 'nursing-room'], hours: '周一至周五 08:00-17:00', starLevel: 4, phone: '010-60001206', accessNote: '门诊楼一层', verifiedOn: '2026-11-11' },
  // 瀛海镇
  { externalId: 'DEMO-YH-01', unitCode: 'BJ-DX-YH', name: '瀛海镇暖心驿站', address: '大兴区瀛海镇瀛海路36号', districtCode: DX, lat: 39.76251, lng: 116.45536, facilities: full, hours: '24小时', starLevel: 5, phone: '010-60001301', accessNote: null, verifiedOn: '2026-11-20' },
  { externalId: 'DEMO-YH-02', unitCode: 'BJ-DX-YH-SH', name: '首航超市瀛海店工会驿站', address: '大兴区瀛海镇兴海路首航超市二层', districtCode: DX, lat: 39.76912, lng: 116.46385, facilities: ['water', 'hot-meal', 'charging', 'seating', 'toilet', 'climate', 'nursing-room'], hours: '每天 08:00-22:00', starLevel: 4, phone: '010-60001302', accessNote: '超市服务台旁电梯上二层', verifiedOn: '2026-11-15' },
  { externalId: 'DEMO-YH-03', unitCode: 'BJ-DX-YH', name: '瀛海美团骑手之家', address: '大兴区瀛海镇南海子公园东门北200米', districtCode: DX, lat: 39.75583, lng: 116.47019, facilities: ['water', 'hot-meal', 'charging', 'battery-swap', 'seating', 'tools', 'rain-gear'], hours: '每天 10:00-14:00,16:00-22:00', starLevel: 4, phone: HOTLINE, accessNote: null, verifiedOn: '2026-10-08' },
  { externalId: 'DEMO-YH-04', unitCode: 'BJ-DX-YH', name: '瀛海社区户外劳动者服务站点', address: '大兴区瀛海镇瀛海家园社区服务中心', districtCode: DX, lat: 39.77204, lng: 116.44791, facilities: ['water', 'charging', 'seating', 'books', 'wifi'], hours: '周一至周五 09:00-18:00；周六 09:00-12:00', starLevel: 3, phone: '010-60001304', accessNote: null, verifiedOn: '2026-08-21' },
  { externalId: 'DEMO-YH-05', unitCode: 'BJ-DX-YH', name: '瀛海加油站司机驿站', address: '大兴区瀛海镇京津高速辅路加油站内', districtCode: DX, lat: 39.75102, lng: 116.48233, facilities: ['water', 'hot-meal', 'toilet', 'seating', 'tools'], hours: '24小时', starLevel: 3, phone: HOTLINE, accessNote: '货车可停加油站北侧', verifiedOn: '2026-07-19' },
  { externalId: 'DEMO-YH-06', unitCode: 'BJ-DX-YH', name: '瀛海镇文化中心驿站', address: '大兴区瀛海镇文化活动中心一层', districtCode: DX, lat: 39.76644, lng: 116.45102, facilities: ['water', 'seating', 'books', 'wifi', 'climate'], hours: '周二至周日 09:00-17:00', starLevel: 2, phone: null, accessNote: null, verifiedOn: '2026-05-30', status: StationStatus.Suspended },
  // 旧宫镇
  { externalId: 'DEMO-JG-01', unitCode: 'BJ-DX-JG', name: '旧宫镇暖心驿站', address: '大兴区旧宫镇旧宫东路55号', districtCode: DX, lat: 39.80652, lng: 116.46598, facilities: full, hours: '每天 06:00-23:00', starLevel: 5, phone: '010-60001401', accessNote: null, verifiedOn: '2026-11-21' },
  { externalId: 'DEMO-JG-02', unitCode: 'BJ-DX-JG', name: '旧宫顺丰快递网点工会驿站', address: '大兴区旧宫镇德茂庄物流园3号库', districtCode: DX, lat: 39.79875, lng: 116.47391, facilities: ['water', 'hot-meal', 'charging', 'seating', 'toilet', 'tools'], hours: '周一至周日 07:00-21:00', starLevel: 4, phone: '010-60001402', accessNote: '3号库北门', verifiedOn: '2026-10-25' },
  { externalId: 'DEMO-JG-03', unitCode: 'BJ-DX-JG', name: '旧宫地铁站骑手驿站', address: '大兴区旧宫镇旧宫地铁站C口东50米', districtCode: DX, lat: 39.80936, lng: 116.45844, facilities: ['water', 'charging', 'battery-swap', 'seating', 'rain-gear'], hours: '24小时', starLevel: 3, phone: HOTLINE, accessNote: null, verifiedOn: '2026-11-05' },
  { externalId: 'DEMO-JG-04', unitCode: 'BJ-DX-JG', name: '旧宫南小街户外劳动者服务站点', address: '大兴区旧宫镇南小街一巷10号', districtCode: DX, lat: 39.80227, lng: 116.45611, facilities: ['water', 'hot-meal', 'seating', 'toilet', 'climate', 'medkit'], hours: '周一至周五 08:00-20:00；周六 09:00-17:00', starLevel: 3, phone: '010-60001404', accessNote: null, verifiedOn: '2026-09-28', closures: [{ from: '2026-12-31', to: '2027-01-01', reason: '元旦休息' }] },
  { externalId: 'DEMO-JG-05', unitCode: 'BJ-DX-JG', name: '旧宫环卫工人休息室', address: '大兴区旧宫镇环卫所院内', districtCode: DX, lat: 39.81388, lng: 116.47135, facilities: ['water', 'hot-meal', 'seating', 'toilet', 'climate'], hours: '每天 05:00-09:00,11:00-14:00', starLevel: 2, phone: null, accessNote: '环卫所门卫处登记即可', verifiedOn: '2026-04-16' },
  // 天宫院街道
  { externalId: 'DEMO-TGY-01', unitCode: 'BJ-DX-TGY', name: '天宫院街道暖心驿站', address: '大兴区天宫院街道兴华大街南段18号', districtCode: DX, lat: 39.66873, lng: 116.32164, facilities: full, hours: '24小时', starLevel: 5, phone: '010-60001501', accessNote: null, verifiedOn: '2026-11-19' },
  { externalId: 'DEMO-TGY-02', unitCode: 'BJ-DX-TGY-JN', name: '京南物流园区工会驿站', address: '大兴区天宫院街道京南物流园区综合楼一层', districtCode: DX, lat: 39.67591, lng: 116.33412, facilities: ['water', 'hot-meal', 'charging', 'seating', 'toilet', 'climate', 'tools', 'aed'], hours: '每天 06:00-22:00', starLevel: 5, phone: '010-60001502', accessNote: '园区南门进，货车停北侧', verifiedOn: '2026-11-12' },
  { externalId: 'DEMO-TGY-03', unitCode: 'BJ-DX-TGY', name: '天宫院地铁站B口骑手驿站', address: '大兴区天宫院地铁站B口西侧', districtCode: DX, lat: 39.67231, lng: 116.31977, facilities: ['water', 'charging', 'battery-swap', 'seating'], hours: '24小时', starLevel: 3, phone: HOTLINE, accessNote: null, verifiedOn: '2026-10-02' },
  { externalId: 'DEMO-TGY-04', unitCode: 'BJ-DX-TGY', name: '天宫院社区服务站', address: '大兴区天宫院街道天宫院北社区', districtCode: DX, lat: 39.66214, lng: 116.31398, facilities: ['water', 'seating', 'toilet', 'books', 'nursing-room'], hours: '工作日 08:30-17:30', starLevel: 3, phone: '010-60001504', accessNote: null, verifiedOn: '2026-09-09' },
  { externalId: 'DEMO-TGY-05', unitCode: 'BJ-DX-TGY-JN', name: '京南物流园货车司机之家', address: '大兴区天宫院街道京南物流园区停车场东侧', districtCode: DX, lat: 39.67955, lng: 116.34071, facilities: ['water', 'hot-meal', 'toilet', 'seating', 'tools', 'wifi'], hours: '24小时', starLevel: 4, phone: '010-60001505', accessNote: '停车场东侧平房', verifiedOn: '2026-11-08' },
  { externalId: 'DEMO-TGY-06', unitCode: 'BJ-DX-TGY', name: '天宫院京东快递站工会驿站', address: '大兴区天宫院街道海鑫路京东配送站', districtCode: DX, lat: 39.65822, lng: 116.32755, facilities: basic, hours: '周一至周日 08:00-20:00', starLevel: 2, phone: null, accessNote: null, verifiedOn: '2025-12-20', status: StationStatus.Closed },
  // 王佐镇
  { externalId: 'DEMO-WZ-01', unitCode: 'BJ-FT-WZ', name: '王佐镇暖心驿站', address: '丰台区王佐镇王佐大街16号', districtCode: FT, lat: 39.81437, lng: 116.14612, facilities: full, hours: '每天 07:00-22:00', starLevel: 5, phone: '010-60002101', accessNote: null, verifiedOn: '2026-11-16' },
  { externalId: 'DEMO-WZ-02', unitCode: 'BJ-FT-WZ-LX', name: '琳汐幼儿园职工驿站', address: '丰台区王佐镇魏各庄村琳汐幼儿园东门', districtCode: FT, lat: 39.82106, lng: 116.13852, facilities: ['water', 'seating', 'toilet', 'nursing-room', 'medkit'], hours: '周一至周五 07:30-18:00', starLevel: 3, phone: '010-60002102', accessNote: '接送时段人多，请在东门等候', verifiedOn: '2026-10-20' },
  { externalId: 'DEMO-WZ-03', unitCode: 'BJ-FT-WZ', name: '王佐京港澳高速出口司机驿站', address: '丰台区王佐镇京港澳高速王佐出口南', districtCode: FT, lat: 39.80793, lng: 116.15827, facilities: ['water', 'hot-meal', 'toilet', 'seating', 'tools', 'rain-gear'], hours: '24小时', starLevel: 4, phone: HOTLINE, accessNote: null, verifiedOn: '2026-11-01' },
  { externalId: 'DEMO-WZ-04', unitCode: 'BJ-FT-WZ', name: '王佐镇户外劳动者服务站点', address: '丰台区王佐镇庄户村村委会', districtCode: FT, lat: 39.82788, lng: 116.15203, facilities: ['water', 'charging', 'seating'], hours: '周一至周六 08:00-18:00', starLevel: 2, phone: null, accessNote: null, verifiedOn: '2026-07-07' },
  { externalId: 'DEMO-WZ-05', unitCode: 'BJ-FT-WZ', name: '青龙湖景区环卫驿站', address: '丰台区王佐镇青龙湖公园北门', districtCode: FT, lat: 39.80155, lng: 116.12914, facilities: ['water', 'hot-meal', 'seating', 'toilet', 'climate'], hours: '每天 06:00-18:00', starLevel: 3, phone: '010-60002105', accessNote: null, verifiedOn: '2026-09-15' },
  // 卢沟桥地区
  { externalId: 'DEMO-LGQ-01', unitCode: 'BJ-FT-LGQ', name: '卢沟桥地区暖心驿站', address: '丰台区卢沟桥乡小井路6号', districtCode: FT, lat: 39.86213, lng: 116.27055, facilities: full, hours: '24小时', starLevel: 5, phone: '010-60002201', accessNote: null, verifiedOn: '2026-11-22' },
  { externalId: 'DEMO-LGQ-02', unitCode: 'BJ-FT-LGQ-GZZ', name: '郭庄子村职工驿站', address: '丰台区卢沟桥乡郭庄子村委会南侧', districtCode: FT, lat: 39.85344, lng: 116.25786, facilities: ['water', 'hot-meal', 'charging', 'seating', 'toilet'], hours: '每天 07:00-20:00', starLevel: 3, phone: '010-60002202', accessNote: null, verifiedOn: '2026-10-11' },
  { externalId: 'DEMO-LGQ-03', unitCode: 'BJ-FT-LGQ', name: '六里桥饿了么骑手之家', address: '丰台区卢沟桥乡六里桥东南角', districtCode: FT, lat: 39.88302, lng: 116.30811, facilities: ['water', 'hot-meal', 'charging', 'battery-swap', 'seating', 'tools', 'climate'], hours: '每天 09:00-23:00', starLevel: 4, phone: HOTLINE, accessNote: '桥下辅路进，蓝色顶棚', verifiedOn: '2026-11-03' },
  { externalId: 'DEMO-LGQ-04', unitCode: 'BJ-FT-LGQ', name: '丽泽商务区楼宇驿站', address: '丰台区丽泽路18号楼B座一层', districtCode: FT, lat: 39.86857, lng: 116.31224, facilities: ['water', 'charging', 'seating', 'toilet', 'climate', 'wifi', 'books', 'nursing-room'], hours: '周一至周五 08:00-20:00；周六 10:00-16:00', starLevel: 4, phone: '010-60002204', accessNote: '大堂服务台登记', verifiedOn: '2026-11-09' },
  { externalId: 'DEMO-LGQ-05', unitCode: 'BJ-FT-LGQ', name: '大井村户外劳动者服务站点', address: '丰台区卢沟桥乡大井村西口', districtCode: FT, lat: 39.85579, lng: 116.23788, facilities: ['water', 'seating', 'toilet', 'rain-gear'], hours: '每天 06:00-20:00', starLevel: 2, phone: null, accessNote: null, verifiedOn: '2026-03-12' },
  { externalId: 'DEMO-LGQ-06', unitCode: 'BJ-FT-LGQ', name: '京港澳高速杜家坎收费站司机驿站', address: '丰台区卢沟桥乡杜家坎收费站北侧', districtCode: FT, lat: 39.84311, lng: 116.22654, facilities: ['water', 'hot-meal', 'toilet', 'seating', 'tools'], hours: '24小时', starLevel: 3, phone: HOTLINE, accessNote: null, verifiedOn: '2026-08-30' },
  // 中关村科技园区丰台园
  { externalId: 'DEMO-ZGC-01', unitCode: 'BJ-FT-ZGC', name: '丰台科技园暖心驿站', address: '丰台区汽车博物馆东路6号园区服务中心', districtCode: FT, lat: 39.82997, lng: 116.29398, facilities: full, hours: '每天 07:00-22:00', starLevel: 5, phone: '010-60002301', accessNote: null, verifiedOn: '2026-11-17' },
  { externalId: 'DEMO-ZGC-02', unitCode: 'BJ-FT-ZGC', name: '丰台科技园快递员之家', address: '丰台区海鹰路1号院南门', districtCode: FT, lat: 39.82486, lng: 116.28573, facilities: ['water', 'hot-meal', 'charging', 'battery-swap', 'seating', 'tools'], hours: '周一至周六 08:00-21:00', starLevel: 4, phone: '010-60002302', accessNote: null, verifiedOn: '2026-10-27' },
  { externalId: 'DEMO-ZGC-03', unitCode: 'BJ-FT-ZGC', name: '科技园地铁站网约车司机驿站', address: '丰台区科怡路地铁站A口北100米', districtCode: FT, lat: 39.83542, lng: 116.30114, facilities: ['water', 'charging', 'seating', 'toilet', 'wifi'], hours: '24小时', starLevel: 3, phone: HOTLINE, accessNote: '网约车可在科怡路临时停靠', verifiedOn: '2026-11-06' },
  { externalId: 'DEMO-ZGC-04', unitCode: 'BJ-FT-ZGC', name: '总部基地楼宇驿站', address: '丰台区总部基地18区2号楼一层', districtCode: FT, lat: 39.82251, lng: 116.29871, facilities: ['water', 'seating', 'toilet', 'climate', 'books', 'nursing-room', 'aed'], hours: '工作日 08:00-19:00', starLevel: 4, phone: '010-60002304', accessNote: null, verifiedOn: '2026-09-22' },
  { externalId: 'DEMO-ZGC-05', unitCode: 'BJ-FT-ZGC', name: '丰台园夜间骑手补给点', address: '丰台区南四环西路188号院东门', districtCode: FT, lat: 39.83187, lng: 116.28845, facilities: ['water', 'charging', 'battery-swap', 'hot-meal'], hours: '每天 20:00-次日04:00', starLevel: 3, phone: HOTLINE, accessNote: null, verifiedOn: '2026-11-13' },
];
