import { ApiProperty } from '@nestjs/swagger';
import { ChangeType, type CreateWebhookRequest } from '@unionhub/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUrl, MaxLength } from 'class-validator';

export class CreateWebhookDto implements CreateWebhookRequest {
  @ApiProperty({ example: 'https://tz.dxgh.example.cn/unionhub/hook', description: '接收推送的 https 地址；不能指向本机、内网或保留地址' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: '请填写以 http:// 或 https:// 开头的完整接收地址' })
  @MaxLength(500, { message: '接收地址太长，请控制在500个字符以内' })
  url: string;

  @ApiProperty({ enum: Object.values(ChangeType), isArray: true })
  @IsArray({ message: '请选择要订阅的变更类型' })
  @ArrayMinSize(1, { message: '请至少订阅一种变更类型' })
  @ArrayMaxSize(Object.values(ChangeType).length, { message: '变更类型过多，请去掉重复的' })
  @IsIn(Object.values(ChangeType), { each: true, message: '变更类型不正确，可选 member、application、transfer、station、enrollment、claim' })
  types: ChangeType[];
}
