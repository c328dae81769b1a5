import { ApiProperty } from '@nestjs/swagger';
import { SyncPermission } from '@unionhub/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUUID, Length } from 'class-validator';
import type { RegisterClientInput } from '../clients/api-clients.service';

export class RegisterClientDto implements RegisterClientInput {
  @ApiProperty({ example: '大兴区工会会员台账', description: '客户端名称，便于辨认是哪个系统' })
  @IsString({ message: '请填写客户端名称' })
  @Length(2, 64, { message: '客户端名称应为2到64个字' })
  name: string;

  @ApiProperty({ description: '可访问的工会单位（含下级）' })
  @IsUUID('all', { message: '请选择客户端可访问的工会单位' })
  unitId: string;

  @ApiProperty({ enum: Object.values(SyncPermission), isArray: true })
  @IsArray({ message: '请选择客户端的权限' })
  @ArrayMinSize(1, { message: '请至少选择一项权限' })
  @ArrayMaxSize(Object.values(SyncPermission).length, { message: '权限项目过多，请去掉重复的' })
  @IsIn(Object.values(SyncPermission), { each: true, message: '权限名称不正确，请从列表中选择' })
  permissions: SyncPermission[];
}
