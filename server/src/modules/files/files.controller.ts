import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator';
import { attachmentDisposition, FILE_ANSWER_HEADERS } from '../../common/file-answer';
import { FileLinkQueryDto } from './dto/file-link-query.dto';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /**
   * The signature is the access check: links are handed out only to those who may see the file.
   * Photos (re-encoded, nothing but pixels) are shown in the page; a PDF is only ever downloaded.
   */
  @Get(':key')
  @Access.public()
  @ApiOperation({ summary: '按签名链接读取照片或材料（链接短期有效；PDF 以下载方式发送，不缓存）' })
  async read(@Param('key') key: string, @Query() query: FileLinkQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.files.openSigned(key, query.exp, query.sig);
    const disposition = file.contentType.startsWith('image/') ? 'inline' : attachmentDisposition(key, key);
    void reply.headers({ ...FILE_ANSWER_HEADERS, 'Content-Type': file.contentType, 'Content-Disposition': disposition });
    return new StreamableFile(file.bytes, { length: file.bytes.length });
  }
}
