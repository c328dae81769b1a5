import { DomainError, type ErrorKind } from '../../common/domain-error';

export const StationsErrorCode = {
  NotFound: 'STATION_NOT_FOUND',
  BadHours: 'STATION_BAD_HOURS',
  BadClosure: 'STATION_BAD_CLOSURE',
  ExternalIdTaken: 'STATION_EXTERNAL_ID_TAKEN',
  AlreadyClosed: 'STATION_ALREADY_CLOSED',
  NotClosed: 'STATION_NOT_CLOSED',
  UseCloseAction: 'STATION_USE_CLOSE_ACTION',
  TooManyPhotos: 'STATION_TOO_MANY_PHOTOS',
  PhotoNotFound: 'STATION_PHOTO_NOT_FOUND',
  AlreadyRatedToday: 'STATION_ALREADY_RATED_TODAY',
  NotOpenForFeedback: 'STATION_CLOSED_FOR_FEEDBACK',
  ReportNotFound: 'STATION_REPORT_NOT_FOUND',
  ReportAlreadyResolved: 'STATION_REPORT_ALREADY_RESOLVED',
  TooManyReports: 'STATION_TOO_MANY_REPORTS',
  RetryKeyMismatch: 'STATION_RETRY_KEY_MISMATCH',
  ImportFileType: 'STATION_IMPORT_FILE_TYPE',
  ImportUnreadable: 'STATION_IMPORT_UNREADABLE',
  ImportNoHeader: 'STATION_IMPORT_NO_HEADER',
  ImportMissingColumns: 'STATION_IMPORT_MISSING_COLUMNS',
  ImportUnknownColumn: 'STATION_IMPORT_UNKNOWN_COLUMN',
  ImportNoRows: 'STATION_IMPORT_NO_ROWS',
  ImportTooManyRows: 'STATION_IMPORT_TOO_MANY_ROWS',
} as const;
export type StationsErrorCode = (typeof StationsErrorCode)[keyof typeof StationsErrorCode];

const definitions: Record<StationsErrorCode, [ErrorKind, string]> = {
  STATION_NOT_FOUND: ['not-found', '找不到这个驿站，请返回列表刷新后再试'],
  STATION_BAD_HOURS: ['bad-request', '开放时间填写有误，请按提示修改'],
  STATION_BAD_CLOSURE: ['bad-request', '闭站日期有误：结束日期不能早于开始日期'],
  STATION_EXTERNAL_ID_TAKEN: ['conflict', '这个外部编号已被本单位的另一个驿站使用，请换一个'],
  STATION_ALREADY_CLOSED: ['conflict', '这个驿站已经关闭了，需要时可以重新开放'],
  STATION_NOT_CLOSED: ['conflict', '这个驿站没有关闭，不需要重新开放'],
  STATION_USE_CLOSE_ACTION: ['bad-request', '关闭驿站请用“关闭驿站”按钮，并写明原因'],
  STATION_TOO_MANY_PHOTOS: ['bad-request', '每个驿站最多6张照片，请先删掉一张再上传'],
  STATION_PHOTO_NOT_FOUND: ['not-found', '找不到这张照片，请刷新后再试'],
  STATION_ALREADY_RATED_TODAY: ['conflict', '今天已经评价过这个驿站了，明天再来评价吧'],
  STATION_CLOSED_FOR_FEEDBACK: ['conflict', '这个驿站已关闭，不能评价；请选择附近其他驿站'],
  STATION_REPORT_NOT_FOUND: ['not-found', '找不到这条反馈，请刷新后再试'],
  STATION_REPORT_ALREADY_RESOLVED: ['conflict', '这条反馈已经处理过了，请刷新列表'],
  STATION_TOO_MANY_REPORTS: ['rate-limited', '今天的反馈次数已用完，请明天再试；急事请直接打驿站电话'],
  STATION_RETRY_KEY_MISMATCH: ['conflict', '这次提交和上一次的内容不同，请重新打开页面再提交'],
  STATION_IMPORT_FILE_TYPE: ['bad-request', '只能导入 .xlsx 或 .csv 文件；旧版 .xls 请在 Excel 里另存为 .xlsx'],
  STATION_IMPORT_UNREADABLE: ['bad-request', '文件读不出来，可能已损坏；请用 Excel 另存为 .xlsx 后再试'],
  STATION_IMPORT_NO_HEADER: ['bad-request', '找不到表头：前几行里应有“站点名称、地址、经度、纬度、开放时间”等列名，请下载模板对照填写'],
  STATION_IMPORT_MISSING_COLUMNS: ['bad-request', '缺少必填的列，请按模板补上，或在预览里指定是哪一列'],
  STATION_IMPORT_UNKNOWN_COLUMN: ['bad-request', '指定的列在文件里找不到，请重新选择'],
  STATION_IMPORT_NO_ROWS: ['bad-request', '文件里没有驿站数据，请从表头下一行开始填写'],
  STATION_IMPORT_TOO_MANY_ROWS: ['bad-request', '一次最多导入50000行，请把文件分成几份再导入'],
};

export class StationsError extends DomainError {
  /** `message` replaces the table's text where a check has a more precise one (e.g. opening hours). */
  constructor(code: StationsErrorCode, message?: string, details?: Record<string, unknown>) {
    const [kind, text] = definitions[code];
    super(code, kind, message ?? text, details);
  }
}
