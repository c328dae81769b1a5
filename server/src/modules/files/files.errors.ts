import { DomainError, type ErrorKind } from '../../common/domain-error';

export const FilesErrorCode = {
  NotBase64: 'FILE_NOT_BASE64',
  TooLarge: 'FILE_TOO_LARGE',
  TypeNotAllowed: 'FILE_TYPE_NOT_ALLOWED',
  Corrupt: 'FILE_CORRUPT',
  LinkInvalid: 'FILE_LINK_INVALID',
  LinkExpired: 'FILE_LINK_EXPIRED',
  NotFound: 'FILE_NOT_FOUND',
  TooManyPixels: 'FILE_TOO_MANY_PIXELS',
} as const;
export type FilesErrorCode = (typeof FilesErrorCode)[keyof typeof FilesErrorCode];

const definitions: Record<FilesErrorCode, [ErrorKind, string]> = {
  FILE_NOT_BASE64: ['bad-request', '文件没有传完整，请重新选择后再试'],
  FILE_TOO_LARGE: ['bad-request', '文件太大了，请换一张小一点的照片或压缩后再试'],
  FILE_TYPE_NOT_ALLOWED: ['bad-request', '只能上传 JPG、PNG 格式的照片或 PDF 文件'],
  FILE_CORRUPT: ['bad-request', '照片已损坏，请重新拍一张'],
  FILE_LINK_INVALID: ['forbidden', '图片链接无效，请刷新页面后再看'],
  FILE_LINK_EXPIRED: ['forbidden', '图片链接已过期，请刷新页面后再看'],
  FILE_NOT_FOUND: ['not-found', '图片已不存在，请刷新页面'],
  FILE_TOO_MANY_PIXELS: ['bad-request', '图片尺寸太大了，请用手机直接拍照或截图后再传'],
};

export class FilesError extends DomainError {
  constructor(code: FilesErrorCode, details?: Record<string, unknown>) {
    const [kind, message] = definitions[code];
    super(code, kind, message, details);
  }
}
