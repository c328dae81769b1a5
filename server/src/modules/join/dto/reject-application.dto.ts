import { ApiProperty } from '@nestjs/swagger';
import type { RejectJoinApplicationRequest } from '@unionhub/shared';
import { IsString, Length } from 'class-validator';

export class RejectApplicationDto implements RejectJoinApplicationRequest {
  @ApiProperty({ example: '工作单位不在本镇，请扫所在街道的入会码', description: '申请人会看到这段话' })
  @IsString({ message: '请写明不通过的原因，申请人会看到' })
  @Length(2, 100, { message: '不通过的原因应为2到100个字' })
  reason: string;
}
