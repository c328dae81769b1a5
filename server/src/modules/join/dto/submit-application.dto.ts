import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Occupation,
  SMS_CODE_PATTERN,
  type SubmitJoinApplicationRequest,
  validateEmployer,
  validateJoinIdNumber,
  validatePersonName,
  validatePhone,
  validateWorkDistrict,
} from '@unionhub/shared';
import { Equals, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { SatisfiesShared } from '../../../common/shared-validator.decorator';

/** The join form. The same `@unionhub/shared` checks run in the app while the worker types. */
export class SubmitApplicationDto implements SubmitJoinApplicationRequest {
  @ApiPropertyOptional({ example: 'a8Kq3ZpL0x', description: '扫到的入会渠道码；与 poolUnitId 二选一' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{10}$/, { message: '入会二维码不对，请重新扫码' })
  channelCode?: string;

  @ApiPropertyOptional({ description: '选择的区新就业形态工会周转库；与 channelCode 二选一' })
  @IsOptional()
  @IsUUID('all', { message: '请重新选择所在区的新就业形态工会' })
  poolUnitId?: string;

  @ApiProperty({ example: '王小明' })
  @SatisfiesShared(validatePersonName, '请输入姓名')
  name: string;

  @ApiProperty({ example: '11010519900101123X', description: '18 位身份证号码，年满 16 周岁' })
  @SatisfiesShared((value) => validateJoinIdNumber(value), '请输入18位身份证号码')
  idNumber: string;

  @ApiPropertyOptional({ description: '微信“获取手机号”按钮给的一次性 code；与 phone 二选一' })
  @IsOptional()
  @IsString({ message: '手机号授权不对，请重新点“获取手机号”' })
  @Length(1, 128, { message: '手机号授权不对，请重新点“获取手机号”' })
  @Matches(/^[\x21-\x7e]+$/, { message: '手机号授权不对，请重新点“获取手机号”' })
  phoneCode?: string;

  @ApiPropertyOptional({ example: '13812345678', description: 'H5：手机号，须同时带上发到这个号码的短信验证码；与 phoneCode 二选一' })
  @IsOptional()
  @SatisfiesShared(validatePhone, '请输入11位手机号码')
  phone?: string;

  @ApiPropertyOptional({ example: '246810', description: 'H5：POST /api/auth/phone/sms-code 发到 phone 的 6 位验证码' })
  @IsOptional()
  @Matches(SMS_CODE_PATTERN, { message: '请填写短信里的6位验证码' })
  smsCode?: string;

  @ApiProperty({ enum: Object.values(Occupation) })
  @IsIn(Object.values(Occupation), { message: '请选择您的职业' })
  occupation: Occupation;

  @ApiProperty({ example: '美团' })
  @SatisfiesShared(validateEmployer, '请填写工作单位或平台，如“美团”')
  employer: string;

  @ApiProperty({ example: '110115', description: '工作所在区的行政区划代码' })
  @SatisfiesShared(validateWorkDistrict, '请选择工作所在的区')
  workDistrict: string;

  @ApiProperty({ example: '2026-11-01', description: '同意的隐私政策版本' })
  @IsString({ message: '请阅读并同意隐私政策' })
  @Length(1, 20, { message: '请阅读并同意隐私政策' })
  privacyPolicyVersion: string;

  @ApiProperty({ enum: [true] })
  @Equals(true, { message: '请阅读并同意《入会个人信息保护说明》' })
  acceptPrivacyPolicy: true;

  @ApiProperty({ enum: [true], description: '单独同意处理身份证号等敏感个人信息' })
  @Equals(true, { message: '请单独同意处理您的身份证号码等敏感个人信息' })
  acceptSensitiveInfo: true;
}
