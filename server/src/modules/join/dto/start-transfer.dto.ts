import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type StartMyTransferRequest, type StartTransferRequest, TRANSFER_REASON_MAX_LENGTH, validateEmployer } from '@unionhub/shared';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { SatisfiesShared } from '../../../common/shared-validator.decorator';

/** The member asks to move: where to, why, and where he works now. */
export class StartMyTransferDto implements StartMyTransferRequest {
  @ApiProperty({ description: '要转入的基层工会或区新就业形态工会周转库' })
  @IsUUID('all', { message: '请从列表中选择要转入的工会' })
  toUnitId: string;

  @ApiProperty({ example: '换了工作，到新单位上班', description: '转接原因，转出和转入单位都会看到' })
  @IsString({ message: '请写下转接的原因，如“换了工作”或“搬家了”' })
  @Length(2, TRANSFER_REASON_MAX_LENGTH, { message: `转接原因应为2到${TRANSFER_REASON_MAX_LENGTH}个字` })
  reason: string;

  @ApiPropertyOptional({ example: '闪送', description: '新的工作单位或平台；没换工作可不填' })
  @IsOptional()
  @SatisfiesShared(validateEmployer, '新的工作单位或平台应为2到50个字，没换工作可不填')
  newEmployer?: string;
}

/** An officer of either unit starts the transfer for a member found by member number. */
export class StartTransferDto extends StartMyTransferDto implements StartTransferRequest {
  @ApiProperty({ example: 'BJ-DX-YH-SH-2026-000042' })
  @IsString({ message: '请填写会员号' })
  @Matches(/^[A-Z0-9-]{6,48}$/, { message: '会员号格式不对，请对照会员卡核对' })
  memberNumber: string;
}
