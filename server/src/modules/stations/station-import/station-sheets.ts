import type { Readable } from 'node:stream';
import {
  FACILITIES,
  FacilityLabel,
  formatOpeningHours,
  ImportField,
  ImportFieldHeader,
  StationStatusLabel,
} from '@unionhub/shared';
import ExcelJS from 'exceljs';
import { streamXlsx } from '../../../common/spreadsheet/xlsx-stream';
import { fromFacilityMask } from '../facility-mask';
import type { Station } from '../station.entity';

export { XLSX_TYPE } from '../../../common/spreadsheet/xlsx-stream';

/** Export columns, in order; the template leaves out the system id, which only exports carry. */
const EXPORT_FIELDS: ImportField[] = [
  ImportField.StationId,
  ImportField.ExternalId,
  ImportField.Name,
  ImportField.UnitCode,
  ImportField.DistrictCode,
  ImportField.Address,
  ImportField.Lng,
  ImportField.Lat,
  ImportField.Facilities,
  ImportField.Hours,
  ImportField.StarLevel,
  ImportField.Phone,
  ImportField.Status,
  ImportField.AccessNote,
  ImportField.VerifiedOn,
];
const TEMPLATE_FIELDS = EXPORT_FIELDS.filter((field) => field !== ImportField.StationId);

const WIDTHS: Partial<Record<ImportField, number>> = { stationId: 38, name: 28, address: 36, facilities: 30, hours: 36, accessNote: 24 };

function columnsOf(fields: ImportField[]): Partial<ExcelJS.Column>[] {
  return fields.map((field) => ({ header: ImportFieldHeader[field], key: field, width: WIDTHS[field] ?? 14 }));
}

type Cell = string | number | null;

/** A station as one export row, in the words a person would type into the template. */
export function exportRow(station: Station, unitCode: string): Record<ImportField, Cell> {
  return {
    stationId: station.id,
    externalId: station.externalId,
    name: station.name,
    unitCode,
    districtCode: station.districtCode,
    address: station.address,
    lng: station.lng,
    lat: station.lat,
    facilities: fromFacilityMask(station.facilities).map((f) => FacilityLabel[f]).join('、'),
    hours: formatOpeningHours(station.hours),
    starLevel: station.starLevel,
    phone: station.phone,
    status: StationStatusLabel[station.status],
    accessNote: station.accessNote,
    verifiedOn: station.verifiedOn,
  };
}

/** Stations page by page in the export columns, written as they are read (see `streamXlsx`). */
export function streamStationsXlsx(pages: AsyncIterable<Record<ImportField, Cell>[]>): Readable {
  const columns = EXPORT_FIELDS.map((field) => ({ key: field, header: ImportFieldHeader[field], width: WIDTHS[field] ?? 14 }));
  return streamXlsx([{ name: '驿站', columns, pages }]);
}

const INSTRUCTIONS: string[] = [
  '填写说明（这一页不会被导入）',
  '1. 每行一个驿站，从第2行开始填写（第2行是示例，请改成您的驿站或删掉）；表头不要改名，不需要的列可以删掉。必填：站点名称、地址、经度、纬度、开放时间。',
  '2. 经纬度：导入时请选择文件的坐标系——高德、腾讯、微信为 GCJ-02，百度地图为 BD-09，GPS 设备为 WGS-84。',
  `3. 设施可填（用顿号、逗号或分号隔开）：${FACILITIES.map((f) => FacilityLabel[f]).join('、')}。`,
  '4. 开放时间示例：24小时；每天 07:00-22:00；周一至周五 08:00-20:00；周六 09:00-17:00；周一至周日 22:00-次日06:00。没写到的日子视为不开放。',
  '5. 星级填1到5；状态填：开放、暂停开放、已关闭（不填为开放）。',
  '6. 外部编号是您台账里的编号：再次导入同一编号会更新原驿站，不会重复新建。没有外部编号时，按“所属工会＋站点名称”匹配。',
  '7. 所属工会代码不填时，驿站归属导入时选择的工会；行政区划代码不填时，取所属工会所在区的代码。',
];

/** The template: the header row, one example row, and a sheet of instructions. */
export async function templateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('驿站');
  sheet.columns = columnsOf(TEMPLATE_FIELDS);
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    externalId: 'DX-0001',
    name: '庞各庄镇暖心驿站',
    unitCode: 'BJ-DX-PGZ',
    districtCode: '110115',
    address: '大兴区庞各庄镇政府街12号',
    lng: 116.32618,
    lat: 39.63662,
    facilities: '饮水、热饭/微波炉、充电、卫生间',
    hours: '周一至周五 08:00-20:00；周六 09:00-17:00',
    starLevel: 4,
    phone: '010-69245678',
    status: '开放',
    accessNote: '正门右手边，夜间按门铃',
    verifiedOn: '2026-11-20',
  });
  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 120;
  INSTRUCTIONS.forEach((line, i) => {
    help.addRow([line]).font = i === 0 ? { bold: true } : {};
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
