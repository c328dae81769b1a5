import { ApiProperty } from '@nestjs/swagger';
import type { RefuseTransferRequest } from '@unionhub/shared';
import { IsString, Length } from 'class-validator';

export class RefuseTransferDto implements RefuseTransferRequest {
  @ApiProperty({ example: '该会员尚未办结本单位会费手续', description: '不同意的原因，会告知会员和对方单位' })
  @IsString({ message: '请填写不同意的原因' })
  @Length(2, 200, { message: '不同意的原因应为2到200个字' })
  reason: string;
}
