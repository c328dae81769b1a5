import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';

export class ExportBatchDto {
  @ApiProperty({ enum: ['xlsx', 'csv'] })
  @IsIn(['xlsx', 'csv'], { message: '请选择导出格式：xlsx 或 csv' })
  format: 'xlsx' | 'csv';
}

export class ImportResultDto {
  @ApiProperty({ description: '银行回盘文件（XLSX 或 CSV）的 base64：理赔编号、结果（成功/失败）、说明' })
  @IsString({ message: '请选择银行回盘文件' })
  content: string;
}

export class ListBatchesDto {
  @PageOffset()
  offset: number = 0;

  @PageLimit(50, 20)
  limit: number = 20;
}
