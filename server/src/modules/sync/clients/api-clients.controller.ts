import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ApiClientSummary, type ApiClientWithSecret, Role } from '@unionhub/shared';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { RegisterClientDto } from '../dto/register-client.dto';
import { ApiClientsService } from './api-clients.service';

@ApiTags('sync')
@ApiBearerAuth()
@Controller('sync/clients')
export class ApiClientsController {
  constructor(private readonly clients: ApiClientsService) {}

  @Post()
  @Access.roles(Role.Admin)
  @ApiOperation({ summary: '登记接口客户端；凭证只在此显示一次' })
  register(@CurrentActor() actor: Actor, @Body() body: RegisterClientDto): Promise<ApiClientWithSecret> {
    return this.clients.register(actor, body);
  }

  @Get()
  @Access.roles(Role.Admin)
  @ApiOperation({ summary: '管辖范围内的接口客户端' })
  list(@CurrentActor() actor: Actor): Promise<ApiClientSummary[]> {
    return this.clients.list(actor);
  }

  @Post(':id/rotate')
  @HttpCode(200)
  @Access.roles(Role.Admin)
  @ApiOperation({ summary: '更换凭证；旧凭证立即失效，新凭证只显示一次' })
  rotate(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ApiClientWithSecret> {
    return this.clients.rotate(actor, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Access.roles(Role.Admin)
  @ApiOperation({ summary: '停用客户端；之后的调用一律 401' })
  revoke(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ApiClientSummary> {
    return this.clients.revoke(actor, id);
  }
}
