import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AidPlanCategory, ClaimDocumentKind, Occupation } from '@unionhub/shared';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A plan as the admin enters it; the rule and deadline are flat fields, checked by kind. */
export class CreatePlanDto {
  @ApiProperty({ example: 'XJY-2026' })
  @Matches(/^[A-Z0-9-]{2,32}$/, { message: '项目编号只能用大写字母、数字和短横线，2到32位' })
  code: string;

  @ApiProperty({ example: '新就业形态劳动者专项保障' })
  @IsString({ message: '请填写项目名称' })
  @Length(2, 60, { message: '项目名称应为2到60个字' })
  name: string;

  @ApiProperty({ enum: Object.values(AidPlanCategory) })
  @IsIn(Object.values(AidPlanCategory), { message: '请选择项目类别' })
  category: AidPlanCategory;

  @ApiProperty({ example: '2026-01-01' })
  @Matches(DATE, { message: '保障开始日期应为 YYYY-MM-DD' })
  coverageFrom: string;

  @ApiProperty({ example: '2026-12-31' })
  @Matches(DATE, { message: '保障结束日期应为 YYYY-MM-DD' })
  coverageUntil: string;

  @ApiProperty({ example: 30, description: '等待期（天）' })
  @IsInt({ message: '等待期应为整数天' })
  @Min(0, { message: '等待期不能为负数' })
  @Max(365, { message: '等待期最多365天' })
  waitingDays: number;

  @ApiProperty({ enum: ['working-days', 'months'] })
  @IsIn(['working-days', 'months'], { message: '请选择申请时限的计算方式' })
  deadlineKind: 'working-days' | 'months';

  @ApiProperty({ example: 30, description: '出院（或出险）后多少个工作日，或出险后多少个月' })
  @IsInt({ message: '申请时限应为整数' })
  @Min(1, { message: '申请时限至少为1' })
  @Max(120, { message: '申请时限太长了' })
  deadlineValue: number;

  @ApiProperty({ enum: ['fixed', 'rate'] })
  @IsIn(['fixed', 'rate'], { message: '请选择赔付方式' })
  payoutKind: 'fixed' | 'rate';

  @ApiPropertyOptional({ description: '定额（分）' })
  @ValidateIf((dto: CreatePlanDto) => dto.payoutKind === 'fixed')
  @IsInt({ message: '定额给付金额应为整数（分）' })
  @Min(1, { message: '定额给付金额应大于0' })
  amount?: number;

  @ApiPropertyOptional({ example: 50 })
  @ValidateIf((dto: CreatePlanDto) => dto.payoutKind === 'rate')
  @IsInt({ message: '报销比例应为整数百分比' })
  @Min(1, { message: '报销比例应在1%到100%之间' })
  @Max(100, { message: '报销比例应在1%到100%之间' })
  ratePercent?: number;

  @ApiPropertyOptional({ description: '起付线（分）' })
  @ValidateIf((dto: CreatePlanDto) => dto.payoutKind === 'rate')
  @IsInt({ message: '起付线应为整数（分）' })
  @Min(0, { message: '起付线不能为负数' })
  deductible?: number;

  @ApiPropertyOptional({ description: '单次上限（分）' })
  @ValidateIf((dto: CreatePlanDto) => dto.payoutKind === 'rate')
  @IsInt({ message: '单次上限应为整数（分）' })
  @Min(1, { message: '单次上限应大于0' })
  capPerClaim?: number;

  @ApiPropertyOptional({ description: '年度上限（分）' })
  @IsOptional()
  @IsInt({ message: '年度上限应为整数（分）' })
  @Min(1, { message: '年度上限应大于0' })
  capPerYear?: number;

  @ApiProperty({ enum: Object.values(ClaimDocumentKind), isArray: true })
  @IsArray({ message: '请选择理赔必需的材料' })
  @ArrayMinSize(1, { message: '至少需要一种材料' })
  @IsIn(Object.values(ClaimDocumentKind), { each: true, message: '材料类别不对' })
  requiredDocuments: ClaimDocumentKind[];

  @ApiPropertyOptional({ description: '入会时自动参加（如免费的新就业形态专项保障）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否入会自动参加' })
  autoEnrollOnJoin?: boolean;

  @ApiPropertyOptional({ enum: Object.values(Occupation), isArray: true, description: '只为这些职业的新会员自动参加；不填为所有新会员' })
  @IsOptional()
  @IsArray({ message: '请选择自动参加的职业' })
  @IsIn(Object.values(Occupation), { each: true, message: '职业选择有误，请重新选择' })
  autoEnrollOccupations?: Occupation[];
}
