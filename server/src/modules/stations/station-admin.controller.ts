import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ManagedStation, type ManagedStationListResponse, Role } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { BodyLimit } from '../../common/body-limit.decorator';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { RateLimit } from '../rate-limit/rate-limit.presets';
import { ManagedListQueryDto } from './dto/managed-list-query.dto';
import { AddStationPhotoDto, CloseStationDto, CreateStationDto, UpdateStationDto } from './dto/station-input.dto';
import { StationAdminService } from './station-admin.service';

const PHOTO_BODY_LIMIT = 7.5 * 1024 * 1024;

/** Officers manage the stations of their subtree; every change is audited. */
@ApiTags('stations (officers)')
@ApiBearerAuth()
@Controller('stations/manage')
export class StationAdminController {
  constructor(private readonly admin: StationAdminService) {}

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '管辖范围内的驿站，多次被反馈的排在前面' })
  list(@CurrentActor() actor: Actor, @Query() query: ManagedListQueryDto): Promise<ManagedStationListResponse> {
    return this.admin.list(actor, query);
  }

  @Post()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '新建驿站（记入审计）' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateStationDto): Promise<ManagedStation> {
    return this.admin.create(actor, body);
  }

  @Get(':id')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '驿站的管理视图' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ManagedStation> {
    return this.admin.get(actor, id);
  }

  @Patch(':id')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '修改驿站（记入审计）' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateStationDto): Promise<ManagedStation> {
    return this.admin.update(actor, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '关闭驿站并写明原因（记入审计）' })
  close(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: CloseStationDto): Promise<ManagedStation> {
    return this.admin.close(actor, id, body.reason);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '重新开放已关闭的驿站（记入审计）' })
  reopen(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ManagedStation> {
    return this.admin.reopen(actor, id);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '记录今天已到现场核验（记入审计）' })
  verify(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<ManagedStation> {
    return this.admin.verify(actor, id);
  }

  @Post(':id/photos')
  @Access.roles(Role.Officer, Role.Admin)
  @RateLimit.upload()
  @BodyLimit(PHOTO_BODY_LIMIT)
  @ApiOperation({ summary: '上传一张驿站照片（最多6张；去除定位等元数据）' })
  addPhoto(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: AddStationPhotoDto): Promise<ManagedStation> {
    return this.admin.addPhoto(actor, id, body.image);
  }

  @Delete(':id/photos/:index')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '删除一张驿站照片' })
  removePhoto(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('index', ParseIntPipe) index: number): Promise<ManagedStation> {
    return this.admin.removePhoto(actor, id, index);
  }
}
