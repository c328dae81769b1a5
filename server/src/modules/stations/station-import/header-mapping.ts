import { ImportField, ImportFieldHeader } from '@unionhub/shared';

/** Header names seen in union rosters and map exports, normalised (see `normaliseHeader`). */
const ALIASES: Record<ImportField, string[]> = {
  stationId: ['系统编号', 'stationid'],
  externalId: ['外部编号', '站点编号', '驿站编号', '编号', '序号编号', 'externalid', 'extid', 'id'],
  name: ['站点名称', '驿站名称', '名称', '站名', 'name', 'stationname'],
  unitCode: ['所属工会代码', '所属工会', '工会代码', '组织代码', '主办单位', 'unitcode', 'unit', 'orgcode'],
  districtCode: ['行政区划代码', '行政区划', '区划代码', '区县代码', 'districtcode', 'district', 'adcode'],
  address: ['地址', '详细地址', '站点地址', 'address', 'addr'],
  lng: ['经度', 'lng', 'lon', 'long', 'longitude', 'x'],
  lat: ['纬度', 'lat', 'latitude', 'y'],
  facilities: ['设施', '服务设施', '配套设施', '服务项目', 'facilities'],
  hours: ['开放时间', '营业时间', '服务时间', 'hours', 'openinghours', 'openhours'],
  starLevel: ['星级', '评星', '星级评定', '等级', 'star', 'stars', 'starlevel'],
  phone: ['电话', '联系电话', '服务电话', 'phone', 'tel', 'telephone'],
  status: ['状态', '开放状态', 'status'],
  accessNote: ['进站说明', '备注', '说明', 'note', 'accessnote', 'remark'],
  verifiedOn: ['最后核验日期', '核验日期', '最后核验', 'verifiedon', 'verifiedat', 'verified'],
};

export const REQUIRED_FIELDS: ImportField[] = [ImportField.Name, ImportField.Address, ImportField.Lng, ImportField.Lat, ImportField.Hours];

/** `经度（GCJ-02）`, ` Longitude `, `opening_hours` → `经度`, `longitude`, `openinghours`. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s_\-*:：]/g, '')
    .toLowerCase();
}

const FIELD_BY_ALIAS = new Map<string, ImportField>(
  (Object.entries(ALIASES) as [ImportField, string[]][]).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field] as [string, ImportField])),
);

export interface ColumnMapping {
  /** Column index of each mapped field. */
  index: Partial<Record<ImportField, number>>;
  /** The header text each field was read from. */
  headers: Partial<Record<ImportField, string>>;
  ignored: string[];
  missing: ImportField[];
  /** Overrides naming a header the file does not have. */
  unknownOverrides: string[];
}

/** How many known headers a row has: the header row is the first with at least two. */
export const knownHeaderCount = (cells: string[]): number => cells.filter((cell) => FIELD_BY_ALIAS.has(normaliseHeader(cell))).length;

/** Maps the file's headers to fields; the officer's choices win over the automatic guesses. */
export function mapHeaders(headers: string[], overrides: Partial<Record<ImportField, string>> = {}): ColumnMapping {
  const index: Partial<Record<ImportField, number>> = {};
  const unknownOverrides: string[] = [];
  for (const [field, header] of Object.entries(overrides) as [ImportField, string][]) {
    const at = headers.findIndex((h) => h.trim() === header.trim());
    if (at >= 0) index[field] = at;
    else unknownOverrides.push(header);
  }
  const taken = new Set(Object.values(index));
  headers.forEach((header, at) => {
    const field = FIELD_BY_ALIAS.get(normaliseHeader(header));
    if (field && index[field] === undefined && !taken.has(at)) {
      index[field] = at;
      taken.add(at);
    }
  });
  const named = Object.fromEntries((Object.entries(index) as [ImportField, number][]).map(([field, at]) => [field, headers[at].trim()]));
  return {
    index,
    headers: named,
    ignored: headers.filter((h, at) => h.trim() !== '' && !taken.has(at)).map((h) => h.trim()),
    missing: REQUIRED_FIELDS.filter((field) => index[field] === undefined),
    unknownOverrides,
  };
}

/** The header to name in an error for a field: the file's own, or the template's. */
export const headerOf = (mapping: ColumnMapping, field: ImportField): string => mapping.headers[field] ?? ImportFieldHeader[field];
