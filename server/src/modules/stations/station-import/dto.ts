import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CoordSystem, type ImportField, ImportMode, type StationImportCommitRequest, type StationImportRequest } from '@unionhub/shared';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { maxBase64Length } from '../../files/files.service';
import { MAX_IMPORT_BYTES } from './station-import.service';

export class StationImportDto implements StationImportRequest {
  @ApiProperty({ example: '大兴区驿站.xlsx' })
  @IsString({ message: '请选择要导入的文件' })
  @Length(1, 200, { message: '文件名太长了，请改短后再试' })
  fileName: string;

  @ApiProperty({ description: 'CSV 或 XLSX 文件的 base64，不超过 10 MB' })
  @IsString({ message: '请选择要导入的文件' })
  @MaxLength(maxBase64Length(MAX_IMPORT_BYTES), { message: '文件太大了（最多10 MB），请分成几个文件导入' })
  file: string;

  @ApiProperty({ enum: ['gcj02', 'wgs84', 'bd09'], description: '文件里经纬度的坐标系' })
  @IsIn(['gcj02', 'wgs84', 'bd09'], { message: '请选择文件的坐标系：高德/腾讯为 GCJ-02，百度为 BD-09，GPS 为 WGS-84' })
  coordSystem: CoordSystem;

  @ApiPropertyOptional({ description: '没有填写所属工会的行归到哪个工会；默认本人所在工会' })
  @IsOptional()
  @IsUUID('all', { message: '所属工会选择有误，请重新选择' })
  orgUnitId?: string;

  @ApiPropertyOptional({ example: { name: '驿站名', lng: 'X坐标' }, description: '字段 → 文件里的表头，自动识别不对时指定' })
  @IsOptional()
  @IsObject({ message: '列的对应关系格式不对' })
  columns?: Partial<Record<ImportField, string>>;
}

export class StationImportCommitDto extends StationImportDto implements StationImportCommitRequest {
  @ApiProperty({ enum: Object.values(ImportMode), description: 'valid-rows：导入所有正确的行；all-or-nothing：有一行出错就全部不导入' })
  @IsIn(Object.values(ImportMode), { message: '请选择导入方式' })
  mode: ImportMode;
}
