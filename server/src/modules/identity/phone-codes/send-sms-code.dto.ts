import { ApiProperty } from '@nestjs/swagger';
import { type SendSmsCodeRequest, validatePhone } from '@unionhub/shared';
import { SatisfiesShared } from '../../../common/shared-validator.decorator';

export class SendSmsCodeDto implements SendSmsCodeRequest {
  @ApiProperty({ example: '13812345678', description: '11 位中国大陆手机号' })
  @SatisfiesShared(validatePhone, '请输入11位手机号码')
  phone: string;
}
