import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SyncMember, type SyncMemberPersonalData, SyncPermission } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type ClientActor, CurrentClient } from '../../../common/client-actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { SyncMembersService } from './sync-members.service';

@ApiTags('sync')
@ApiBearerAuth()
@Controller('sync/members')
export class SyncMembersController {
  constructor(private readonly members: SyncMembersService) {}

  @Get(':id')
  @Access.client(SyncPermission.ReadMembers)
  @ApiOperation({ summary: '管辖范围内的会员（身份证号、手机号已打码）' })
  get(@CurrentClient() client: ClientActor, @Param('id', ParseIdPipe) id: string): Promise<SyncMember> {
    return this.members.get(client, id);
  }

  @Get(':id/personal')
  @Access.client(SyncPermission.ReadMemberPersonalData)
  @ApiOperation({ summary: '会员完整的身份证号和手机号（需 members:read-personal；每次读取记入审计）' })
  personal(@CurrentClient() client: ClientActor, @Param('id', ParseIdPipe) id: string): Promise<SyncMemberPersonalData> {
    return this.members.personalData(client, id);
  }
}
