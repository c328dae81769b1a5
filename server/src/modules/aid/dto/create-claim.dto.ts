import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { chinaDate, type ClaimDates, type ClaimPayeeKind, validateClaimDates } from '@unionhub/shared';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, registerDecorator, ValidateIf, type ValidationArguments } from 'class-validator';
import { IsBankAccount } from './bank-account';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The claim form; the documents follow one by one, then the member submits. */
export class CreateClaimDto {
  @ApiProperty({ description: '我的保障（参保记录）' })
  @IsUUID('all', { message: '请选择要申请的保障项目' })
  enrollmentId: string;

  @ApiProperty({ example: '2026-11-02', description: '日历上有的日子，不晚于今天（北京时间）' })
  @Matches(DATE, { message: '请选择出险（发病、受伤）日期' })
  @ValidClaimDate('eventDate')
  eventDate: string;

  @ApiPropertyOptional({ example: '2026-11-10', description: '不早于出险日期，不晚于今天' })
  @IsOptional()
  @Matches(DATE, { message: '出院日期格式不对，请重新选择' })
  @ValidClaimDate('dischargeDate')
  dischargeDate?: string;

  @ApiProperty({ example: '北京大学第一医院' })
  @IsString({ message: '请填写就诊医院' })
  @Length(2, 60, { message: '医院名称应为2到60个字' })
  hospital: string;

  @ApiPropertyOptional({ example: 'YB20261110000123', description: '医保结算单上的交易流水号' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{6,40}$/, { message: '医保交易流水号应为6到40位字母或数字' })
  insuranceTxn?: string;

  @ApiProperty({ example: ['11002600001234'], description: '医疗费用发票号码' })
  @IsArray({ message: '请填写发票号码' })
  @ArrayMinSize(1, { message: '请至少填写一张发票号码' })
  @ArrayMaxSize(20, { message: '一次最多20张发票' })
  @Matches(/^[A-Za-z0-9]{6,40}$/, { each: true, message: '发票号码应为6到40位字母或数字' })
  invoiceNumbers: string[];

  @ApiProperty({ example: 1200000, description: '医疗费用总额（分）' })
  @IsInt({ message: '费用总额应为整数（分）' })
  @Min(0, { message: '费用不能为负数' })
  @Max(100_000_000_00, { message: '费用金额太大了，请核对' })
  totalExpenses: number;

  @ApiProperty({ example: 800000, description: '自付可报销部分（分）' })
  @IsInt({ message: '可报销费用应为整数（分）' })
  @Min(0, { message: '费用不能为负数' })
  @Max(100_000_000_00, { message: '费用金额太大了，请核对' })
  eligibleExpenses: number;

  @ApiProperty({ example: '王小明', description: '收款人：会员本人；他人代收须同时传 payeeIsOther 和 payeeReason' })
  @IsString({ message: '请填写收款人姓名' })
  @Length(2, 30, { message: '收款人姓名应为2到30个字' })
  payeeName: string;

  @ApiPropertyOptional({ example: true, description: '收款人不是会员本人：须经工作人员确认收款人后才能通过' })
  @IsOptional()
  @Equals(true, { message: '他人代收时请传 true' })
  payeeIsOther?: true;

  @ApiPropertyOptional({ example: '委托家属代收', description: '他人代收的原因（与 payeeIsOther 一起传）' })
  @ValidateIf((o: CreateClaimDto) => o.payeeIsOther !== undefined || o.payeeReason !== undefined)
  @IsString({ message: '请写明为什么由他人代收' })
  @Length(2, 60, { message: '代收原因应为2到60个字' })
  @WithField('payeeIsOther', '只有他人代收时才写代收原因；本人收款请去掉原因')
  payeeReason?: string;

  @ApiPropertyOptional({ enum: ['aid-card', 'other-card'], description: '互助服务卡或本人其他银行卡；填写的互助服务卡在还没有存卡时存为默认收款卡' })
  @IsOptional()
  @IsIn(['aid-card', 'other-card'], { message: '请选择收款账户：互助服务卡或本人其他银行卡' })
  payeeKind?: ClaimPayeeKind;

  @ApiPropertyOptional({ example: '6222020200112233445', description: '收款银行卡号（默认互助卡），加密保存；与 useCardOnFile 二选一' })
  @ValidateIf((o: CreateClaimDto) => o.useCardOnFile === undefined || o.bankAccount !== undefined)
  @IsBankAccount()
  bankAccount?: string;

  @ApiPropertyOptional({ example: true, description: '打到已保存的互助服务卡，不再传卡号；与 bankAccount 二选一' })
  @ValidateIf((o: CreateClaimDto) => o.useCardOnFile !== undefined)
  @Equals(true, { message: '使用已保存的互助服务卡时请传 true' })
  @WithoutField('bankAccount', '已选择用已保存的互助服务卡收款，就不要再填卡号；二者选一个')
  @WithoutField('payeeIsOther', '他人代收时请填写收款人本人的银行卡号，不能用会员的互助服务卡')
  useCardOnFile?: true;
}

/** The shared date checks (`validateClaimDates`), the error on the date it concerns; today is China's date. */
function ValidClaimDate(field: keyof ClaimDates): PropertyDecorator {
  const errorOf = (args: ValidationArguments): string | undefined => {
    const claim = args.object as Partial<CreateClaimDto>;
    return validateClaimDates({ eventDate: String(claim.eventDate ?? ''), dischargeDate: claim.dischargeDate }, chinaDate(new Date()))[field];
  };
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'validClaimDate',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: { validate: (_: unknown, args) => args !== undefined && errorOf(args) === undefined, defaultMessage: (args) => (args && errorOf(args)) ?? '日期不对，请重新选择' },
    });
  };
}

/** Refuses the property when `other` is absent: a detail that means nothing alone. */
function WithField(other: string, message: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'withField',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message },
      validator: { validate: (_: unknown, args) => (args?.object as Record<string, unknown>)[other] !== undefined },
    });
  };
}

/** Refuses the property when `other` is present too: two ways to say the same thing, one must go. */
function WithoutField(other: string, message: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'withoutField',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message },
      validator: { validate: (_: unknown, args) => (args?.object as Record<string, unknown>)[other] === undefined },
    });
  };
}
