import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type JoinChannel, type JoinChannelStats, Role } from '@unionhub/shared';
import type { FastifyReply } from 'fastify';
import { Access } from '../../../common/access.decorator';
import { type Actor, CurrentActor } from '../../../common/actor';
import { ParseIdPipe } from '../../../common/parse-id.pipe';
import { CreateChannelDto } from '../dto/create-channel.dto';
import { ChannelImagesService } from './channel-images.service';
import { ChannelsService } from './channels.service';

/** Officers' join channels: create, list, statistics and the QR images to print. */
@ApiTags('join')
@ApiBearerAuth()
@Controller('join/channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly images: ChannelImagesService,
  ) {}

  @Post()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '在管辖范围内新建入会渠道（二维码）（记入审计）' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateChannelDto): Promise<JoinChannel> {
    return this.channels.create(actor, body);
  }

  @Get()
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '管辖范围内的入会渠道，最新的在前，含累计数' })
  list(@CurrentActor() actor: Actor): Promise<JoinChannel[]> {
    return this.channels.list(actor);
  }

  @Get(':id')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '一个入会渠道' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<JoinChannel> {
    return this.channels.get(actor, id);
  }

  @Get(':id/stats')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiOperation({ summary: '按天统计：扫码、开始填表、提交、通过、不通过' })
  stats(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<JoinChannelStats> {
    return this.channels.stats(actor, id);
  }

  @Get(':id/qrcode.png')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiProduces('image/png')
  @ApiOperation({ summary: '打印用二维码（H5 链接），PNG' })
  async qrcode(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return asPng(reply, await this.images.linkQrCode(actor, id));
  }

  @Get(':id/wxacode.png')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiProduces('image/png')
  @ApiOperation({ summary: '小程序码（首次生成后缓存），PNG' })
  async wxacode(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return asPng(reply, await this.images.wxacode(actor, id));
  }
}

/** Set only on success, so that an error still goes out as JSON. */
function asPng(reply: FastifyReply, png: Buffer): Buffer {
  void reply.type('image/png').header('Cache-Control', 'private, max-age=3600');
  return png;
}
