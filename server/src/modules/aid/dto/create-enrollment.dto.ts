import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

export class CreateEnrollmentDto {
  @ApiProperty()
  @IsUUID('all', { message: '请选择保障项目' })
  planId: string;

  @ApiProperty({ example: 'BJ-DX-PGZ-2026-000042' })
  @Matches(/^[A-Z0-9-]{6,48}$/, { message: '会员号不对，请核对后再填' })
  memberNumber: string;

  @ApiProperty({ example: '2026-01-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '保障开始日期应为 YYYY-MM-DD' })
  validFrom: string;

  @ApiProperty({ example: '2026-12-31' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '保障结束日期应为 YYYY-MM-DD' })
  validUntil: string;
}
