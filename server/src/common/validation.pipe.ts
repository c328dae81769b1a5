import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { CommonError } from './common.errors';

/** Chinese wording for class-validator's built-in constraints; DTOs may set their own message. */
const constraintText: Record<string, string> = {
  whitelistValidation: '是不支持的字段，请去掉',
  isString: '应为文字',
  isNotEmpty: '不能为空',
  isDefined: '必须填写',
  isInt: '应为整数',
  isNumber: '应为数字',
  isBoolean: '应为是或否',
  isIn: '不在可选范围内',
  isEnum: '不在可选范围内',
  isUUID: '编号格式不正确',
  maxLength: '太长了',
  minLength: '太短了',
  length: '长度不符合要求',
  min: '太小了',
  max: '太大了',
  matches: '格式不正确',
  isLatitude: '纬度不正确',
  isLongitude: '经度不正确',
  isDateString: '日期格式不正确',
  isArray: '应为列表',
  arrayMaxSize: '项目太多了',
  nestedValidation: '格式不正确',
};

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, raw]) => ({
      field,
      // A DTO's own message is already Chinese; class-validator's defaults are English.
      message: /[\u4e00-\u9fff]/.test(raw) ? raw : `${field}${constraintText[name] ? '：' + constraintText[name] : '：格式不正确'}`,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** No request of ours nests deeper than this; a station's opening hours go four levels down. */
export const MAX_BODY_DEPTH = 16;

/** How deeply a JSON value nests, counted without recursion so that no input can overflow the stack. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** Class-transformer recurses once per level: a body nested thousands deep would overflow the stack (a 500). */
class BoundedValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (nestingDepth(value, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      return Promise.reject(CommonError.validation([{ field: metadata.data ?? metadata.type, message: '提交的内容层级太深，请更新小程序后再试' }]));
    }
    return super.transform(value, metadata);
  }
}

/** Whitelist, refuse unknown fields, transform to DTO classes, answer 400 in our error shape. */
export function createValidationPipe(): ValidationPipe {
  return new BoundedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => CommonError.validation(flatten(errors)),
  });
}
