import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator';
import { FileLinkQueryDto } from './dto/file-link-query.dto';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** The signature is the access check: links are handed out only to those who may see the file. */
  @Get(':key')
  @Access.public()
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({ summary: '按签名链接读取图片（链接短期有效）' })
  async read(@Param('key') key: string, @Query() query: FileLinkQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.files.openSigned(key, query.exp, query.sig);
    void reply.header('Cache-Control', `private, max-age=${Math.max(0, query.exp - Math.floor(Date.now() / 1000))}`);
    return new StreamableFile(file.bytes, { type: file.contentType, length: file.bytes.length, disposition: 'inline' });
  }
}
