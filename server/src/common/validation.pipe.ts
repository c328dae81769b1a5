import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Whitelist, refuse unknown fields, transform to DTO classes, answer 400 in our error shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => CommonError.validation(flatten(errors)),
  });
}
