import { CommonErrorCode } from '@unionhub/shared';
import { DomainError, type ErrorKind } from './domain-error';

const messages: Record<CommonErrorCode, [ErrorKind | 'internal', string]> = {
  [CommonErrorCode.ValidationFailed]: ['bad-request', '填写的内容有误，请按提示修改'],
  [CommonErrorCode.Unauthorized]: ['unauthorized', '请先登录'],
  [CommonErrorCode.Forbidden]: ['forbidden', '您没有权限进行此操作'],
  [CommonErrorCode.NotFound]: ['not-found', '找不到您要的内容'],
  [CommonErrorCode.Conflict]: ['conflict', '操作冲突，请刷新后再试'],
  [CommonErrorCode.RateLimited]: ['rate-limited', '操作太频繁，请稍后再试'],
  [CommonErrorCode.ServiceUnavailable]: ['unavailable', '服务暂时不可用，请稍后再试'],
  [CommonErrorCode.Internal]: ['internal', '服务出错了，请稍后再试'],
};

export const commonMessage = (code: CommonErrorCode): string => messages[code][1];

/** Errors every module may raise with the shared codes and messages. */
export class CommonError extends DomainError {
  static unauthorized(message = commonMessage(CommonErrorCode.Unauthorized)): CommonError {
    return new CommonError(CommonErrorCode.Unauthorized, 'unauthorized', message);
  }
  static forbidden(message = commonMessage(CommonErrorCode.Forbidden)): CommonError {
    return new CommonError(CommonErrorCode.Forbidden, 'forbidden', message);
  }
  static notFound(message = commonMessage(CommonErrorCode.NotFound)): CommonError {
    return new CommonError(CommonErrorCode.NotFound, 'not-found', message);
  }
  static validation(details: { field: string; message: string }[]): CommonError {
    const first = details[0]?.message;
    return new CommonError(CommonErrorCode.ValidationFailed, 'bad-request', first ?? commonMessage(CommonErrorCode.ValidationFailed), {
      fields: details,
    });
  }
}
