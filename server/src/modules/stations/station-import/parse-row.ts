import {
  type CoordSystem,
  FACILITIES,
  type Facility,
  FacilityLabel,
  ImportField,
  type ImportRowError,
  parseOpeningHoursText,
  StationStatus,
  toGcj02,
  type WeeklyHours,
} from '@unionhub/shared';
import { STATION_PHONE } from '../dto/station-validators';
import { type ColumnMapping, headerOf } from './header-mapping';

/** A row read and checked. Optional fields are undefined when the file has no such column: an update keeps them. */
export interface StationDraft {
  row: number;
  stationId: string | null;
  externalId: string | null | undefined;
  name: string;
  /** The unit the row names, or the import's default unit. */
  orgUnitId: string;
  /** False when the row names no unit: a matched station then stays with its unit. */
  unitGiven: boolean;
  address: string;
  /** The row's code; null when it names none: a matched station keeps its own, a new one takes `unitRegionCode`. */
  districtCode: string | null;
  unitRegionCode: string | null;
  lat: number;
  lng: number;
  hours: WeeklyHours;
  facilities?: Facility[];
  starLevel?: number | null;
  phone?: string | null;
  status?: StationStatus;
  accessNote?: string | null;
  verifiedOn?: string | null;
}

export interface ImportUnit {
  id: string;
  /** The unit's administrative code or its nearest ancestor's: the district of rows that name none. */
  regionCode: string | null;
}

export interface RowContext {
  mapping: ColumnMapping;
  coordSystem: CoordSystem;
  defaultUnit: ImportUnit;
  /** Units of the officer's subtree by code and by name. */
  units: Map<string, ImportUnit>;
}

const FACILITY_WORDS: Record<Facility, string[]> = {
  water: ['饮水', '喝水', '热水', '开水', '饮用水', '直饮水', 'water'],
  'hot-meal': ['热饭', '微波炉', '加热', '餐食加热', 'hotmeal', 'microwave'],
  charging: ['充电', '手机充电', '充电宝', 'charging'],
  seating: ['休息座椅', '休息', '座椅', '桌椅', '休息区', 'seating'],
  toilet: ['卫生间', '厕所', '洗手间', 'toilet', 'wc'],
  climate: ['空调', '取暖', '暖气', '降温', 'climate'],
  medkit: ['药箱', '医药箱', '急救箱', '常用药', 'medkit'],
  'rain-gear': ['雨具', '雨伞', '雨衣', 'raingear'],
  books: ['图书', '书籍', '阅读', '书报', 'books'],
  'nursing-room': ['母婴室', '哺乳室', 'nursingroom'],
  'battery-swap': ['换电', '换电柜', '电池更换', 'batteryswap'],
  aed: ['aed', '除颤仪'],
  wifi: ['wifi', '无线网', '无线网络'],
  tools: ['维修工具', '工具', '修车工具', '打气筒', 'tools'],
};
const FACILITY_BY_WORD = new Map<string, Facility>(FACILITIES.flatMap((f) => FACILITY_WORDS[f].map((w) => [w, f] as [string, Facility])));
const FACILITY_CHOICES = FACILITIES.map((f) => FacilityLabel[f]).join('、');

const STATUS_WORDS: Record<string, StationStatus> = {
  开放: StationStatus.Open, 正常: StationStatus.Open, 运营: StationStatus.Open, open: StationStatus.Open,
  暂停开放: StationStatus.Suspended, 暂停: StationStatus.Suspended, 暂停服务: StationStatus.Suspended, suspended: StationStatus.Suspended,
  已关闭: StationStatus.Closed, 关闭: StationStatus.Closed, 撤销: StationStatus.Closed, closed: StationStatus.Closed,
};
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

export function parseFacilities(text: string): { facilities: Facility[]; unknown: string[] } {
  const words = text.split(/[、,，;；/|\s]+/).map((w) => w.trim().toLowerCase().replace(/-/g, '')).filter(Boolean);
  const unknown = words.filter((w) => !FACILITY_BY_WORD.has(w));
  const found = new Set(words.map((w) => FACILITY_BY_WORD.get(w)).filter((f): f is Facility => f !== undefined));
  return { facilities: FACILITIES.filter((f) => found.has(f)), unknown };
}

/** `4`, `4星`, `四星级`, `★★★★` → 4; empty → null; anything else → undefined. */
export function parseStar(text: string): number | null | undefined {
  if (!text) return null;
  const stars = (text.match(/[★☆⭐]/g) ?? []).filter((s) => s !== '☆').length;
  const digit = /^([1-5一二三四五])\s*(?:星级?|级)?$/.exec(text);
  const value = digit ? (CHINESE_DIGITS[digit[1]] ?? Number(digit[1])) : stars || undefined;
  return value !== undefined && value >= 1 && value <= 5 ? value : undefined;
}

/** `2026-11-20`, `2026/11/20`, `2026.11.20`, `2026年11月20日` → `2026-11-20`. */
export function parseDate(text: string): string | null | undefined {
  if (!text) return null;
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

function parseNumber(text: string): number | null {
  const value = Number(text.replace(/\s+/g, ''));
  return text.trim() !== '' && Number.isFinite(value) ? value : null;
}

/** Reads one data row; returns the draft, or every error found in it. */
export function parseRow(row: number, cells: string[], context: RowContext): StationDraft | ImportRowError[] {
  const { mapping } = context;
  const errors: ImportRowError[] = [];
  const fail = (field: ImportField, reason: string) => errors.push({ row, column: headerOf(mapping, field), reason });
  const has = (field: ImportField) => mapping.index[field] !== undefined;
  const cell = (field: ImportField) => (cells[mapping.index[field] ?? -1] ?? '').trim();

  const name = cell(ImportField.Name);
  if ([...name].length < 2 || [...name].length > 100) fail(ImportField.Name, '站点名称应为2到100个字');
  const address = cell(ImportField.Address);
  if ([...address].length < 2 || [...address].length > 200) fail(ImportField.Address, '地址应为2到200个字');

  const unitText = cell(ImportField.UnitCode);
  const unit = unitText ? context.units.get(unitText) : context.defaultUnit;
  if (!unit) fail(ImportField.UnitCode, `所属工会“${unitText}”不在您的管辖范围内，或代码写错了`);

  const districtCode = cell(ImportField.DistrictCode);
  if (districtCode && !/^\d{6}(\d{3}|\d{6})?$/.test(districtCode)) fail(ImportField.DistrictCode, '行政区划代码应为6、9或12位数字');

  const lngValue = parseNumber(cell(ImportField.Lng));
  const latValue = parseNumber(cell(ImportField.Lat));
  if (lngValue === null) fail(ImportField.Lng, cell(ImportField.Lng) ? `经度“${cell(ImportField.Lng)}”不是数字` : '请填写经度');
  if (latValue === null) fail(ImportField.Lat, cell(ImportField.Lat) ? `纬度“${cell(ImportField.Lat)}”不是数字` : '请填写纬度');
  if (lngValue !== null && latValue !== null) {
    if (Math.abs(latValue) > 90 && Math.abs(lngValue) <= 90) fail(ImportField.Lat, '经度和纬度好像填反了，请对调');
    else if (Math.abs(latValue) > 90) fail(ImportField.Lat, '纬度应在-90到90之间');
    else if (Math.abs(lngValue) > 180) fail(ImportField.Lng, '经度应在-180到180之间');
    else if (latValue === 0 && lngValue === 0) fail(ImportField.Lng, '经纬度都是0，请填写驿站的实际位置');
  }

  const hours = parseOpeningHoursText(cell(ImportField.Hours));
  if (!hours.ok) fail(ImportField.Hours, hours.message);

  let facilities: Facility[] | undefined;
  if (has(ImportField.Facilities)) {
    const parsed = parseFacilities(cell(ImportField.Facilities));
    if (parsed.unknown.length) fail(ImportField.Facilities, `设施“${parsed.unknown.join('、')}”不在可选范围内，可填：${FACILITY_CHOICES}`);
    facilities = parsed.facilities;
  }
  const starLevel = has(ImportField.StarLevel) ? parseStar(cell(ImportField.StarLevel)) : undefined;
  if (has(ImportField.StarLevel) && starLevel === undefined) fail(ImportField.StarLevel, '星级应为1到5，例如“4”或“四星”');
  const phoneText = cell(ImportField.Phone);
  if (phoneText && !STATION_PHONE.test(phoneText)) fail(ImportField.Phone, '电话号码格式不对，例如 010-69245678 或 13812345678');
  const statusText = cell(ImportField.Status);
  const status = statusText ? STATUS_WORDS[statusText.toLowerCase()] : StationStatus.Open;
  if (!status) fail(ImportField.Status, '状态只能填：开放、暂停开放、已关闭');
  const verifiedOn = has(ImportField.VerifiedOn) ? parseDate(cell(ImportField.VerifiedOn)) : undefined;
  if (has(ImportField.VerifiedOn) && verifiedOn === undefined) fail(ImportField.VerifiedOn, '日期应写成 2026-11-20 这样');
  const accessNote = cell(ImportField.AccessNote);
  if ([...accessNote].length > 200) fail(ImportField.AccessNote, '进站说明请在200字以内');
  const externalId = cell(ImportField.ExternalId);
  if ([...externalId].length > 64) fail(ImportField.ExternalId, '外部编号最长64个字符');
  const stationId = cell(ImportField.StationId);
  if (stationId && !/^[0-9a-f-]{36}$/i.test(stationId)) fail(ImportField.StationId, '系统编号不对：请保留导出时的原样，新增驿站留空');

  if (errors.length || !unit || lngValue === null || latValue === null || !hours.ok) return errors;
  const position = toGcj02({ lat: latValue, lng: lngValue }, context.coordSystem);
  return {
    row,
    stationId: stationId ? stationId.toLowerCase() : null,
    externalId: has(ImportField.ExternalId) ? externalId || null : undefined,
    name,
    orgUnitId: unit.id,
    unitGiven: unitText !== '',
    address,
    districtCode: districtCode || null,
    unitRegionCode: unit.regionCode,
    lat: position.lat,
    lng: position.lng,
    hours: hours.value,
    facilities,
    starLevel,
    phone: has(ImportField.Phone) ? phoneText || null : undefined,
    status: has(ImportField.Status) ? status : undefined,
    accessNote: has(ImportField.AccessNote) ? accessNote || null : undefined,
    verifiedOn,
  };
}
