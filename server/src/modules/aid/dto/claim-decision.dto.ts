import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ClaimRejectReason, ClaimRejectReasonLabel } from '@unionhub/shared';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export const RejectReasonCode = Object.keys(ClaimRejectReasonLabel) as ClaimRejectReason[];

/** Every decision names the version the officer looked at: a stale screen is refused with 409. */
export class ClaimVersionDto {
  @ApiProperty()
  @IsInt({ message: '请刷新后再操作' })
  @Min(1, { message: '请刷新后再操作' })
  version: number;
}

export class RequestInfoDto extends ClaimVersionDto {
  @ApiProperty({ example: '请补充出院小结第二页' })
  @IsString({ message: '请写明需要补充什么，会员会看到' })
  @Length(2, 200, { message: '留言应为2到200个字' })
  message: string;
}

export class ApproveClaimDto extends ClaimVersionDto {
  @ApiProperty({ description: '核定金额（分），不超过规则建议的金额' })
  @IsInt({ message: '核定金额应为整数（分）' })
  @Min(1, { message: '核定金额应大于0；不赔付请选择不通过' })
  amount: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '备注应为文字' })
  @Length(0, 200, { message: '备注最多200个字' })
  note?: string;
}

export class RejectClaimDto extends ClaimVersionDto {
  @ApiProperty({ enum: RejectReasonCode })
  @IsIn(RejectReasonCode, { message: '请选择不通过的原因' })
  reasonCode: ClaimRejectReason;

  @ApiProperty({ example: '出险日期在保障期之外' })
  @IsString({ message: '请写明原因，会员会看到' })
  @Length(2, 200, { message: '原因应为2到200个字' })
  note: string;
}

export class MemberNoteDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '留言应为文字' })
  @Length(0, 200, { message: '留言最多200个字' })
  note?: string;
}
