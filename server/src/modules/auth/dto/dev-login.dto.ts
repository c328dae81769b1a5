import { ApiProperty } from '@nestjs/swagger';
import type { DevLoginRequest } from '@unionhub/shared';
import { Matches } from 'class-validator';

export class DevLoginDto implements DevLoginRequest {
  @ApiProperty({ example: 'member', description: 'member, member-b, admin, or officer:<组织代码> e.g. officer:BJ-DX-PGZ' })
  @Matches(/^(member|member-b|admin|officer:[A-Z0-9-]{2,32})$/, { message: '请选择一个演示账号' })
  account: string;
}
