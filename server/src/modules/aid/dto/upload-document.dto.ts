import { ApiProperty } from '@nestjs/swagger';
import { ClaimDocumentKind } from '@unionhub/shared';
import { IsIn, IsString } from 'class-validator';

export class UploadDocumentDto {
  @ApiProperty({ enum: Object.values(ClaimDocumentKind) })
  @IsIn(Object.values(ClaimDocumentKind), { message: '请选择材料类别' })
  kind: ClaimDocumentKind;

  @ApiProperty({ description: 'JPG、PNG 或 PDF 文件的 base64（可带 data: 前缀），最大 10 MB' })
  @IsString({ message: '请选择要上传的文件' })
  content: string;
}
