import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { type CoordSystem, type DatedClosure, FACILITIES, type Facility, type StationInput, StationStatus, type WeeklyHours } from '@unionhub/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsWeeklyHours, STATION_PHONE } from './station-validators';

export class ClosureDto implements DatedClosure {
  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDate({ message: '闭站开始日期应写成 2026-12-31 这样' })
  from: string;

  @ApiProperty({ example: '2027-01-02' })
  @IsCalendarDate({ message: '闭站结束日期应写成 2027-01-02 这样' })
  to: string;

  @ApiProperty({ example: '元旦休息' })
  @IsString({ message: '请写明闭站原因' })
  @Length(1, 50, { message: '闭站原因请在50字以内' })
  reason: string;
}

export class CreateStationDto implements StationInput {
  @ApiProperty({ example: '庞各庄镇暖心驿站' })
  @IsString({ message: '请填写驿站名称' })
  @Length(2, 100, { message: '驿站名称应为2到100个字' })
  name: string;

  @ApiProperty({ description: '所属工会（须在管辖范围内）' })
  @IsUUID('all', { message: '请选择所属工会' })
  orgUnitId: string;

  @ApiProperty({ example: '大兴区庞各庄镇政府街12号' })
  @IsString({ message: '请填写地址' })
  @Length(2, 200, { message: '地址应为2到200个字' })
  address: string;

  @ApiProperty({ example: '110115', description: '行政区划代码：区6位、街道乡镇9位' })
  @Matches(/^\d{6}(\d{3}|\d{6})?$/, { message: '行政区划代码应为6位、9位或12位数字' })
  districtCode: string;

  @ApiProperty({ example: 39.6163 })
  @IsNumber({}, { message: '纬度应为数字' })
  @Min(-90, { message: '纬度应在-90到90之间' })
  @Max(90, { message: '纬度应在-90到90之间' })
  lat: number;

  @ApiProperty({ example: 116.3245 })
  @IsNumber({}, { message: '经度应为数字' })
  @Min(-180, { message: '经度应在-180到180之间' })
  @Max(180, { message: '经度应在-180到180之间' })
  lng: number;

  @ApiPropertyOptional({ enum: ['gcj02', 'wgs84', 'bd09'], description: '坐标系，默认 gcj02（微信、高德、腾讯地图）' })
  @IsOptional()
  @IsIn(['gcj02', 'wgs84', 'bd09'], { message: '坐标系只能是 gcj02、wgs84 或 bd09' })
  coordSystem?: CoordSystem;

  @ApiProperty({ example: ['water', 'charging'], enum: FACILITIES, isArray: true })
  @IsArray({ message: '请选择设施' })
  @ArrayUnique({ message: '设施有重复' })
  @ArrayMaxSize(FACILITIES.length, { message: '设施太多了' })
  @IsIn(FACILITIES, { each: true, message: '设施里有不认识的项目' })
  facilities: Facility[];

  @ApiProperty({ example: { mon: [{ open: '08:00', close: '20:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } })
  @IsWeeklyHours()
  hours: WeeklyHours;

  @ApiPropertyOptional({ type: [ClosureDto] })
  @IsOptional()
  @IsArray({ message: '闭站日期格式不对' })
  @ArrayMaxSize(20, { message: '闭站日期最多20段' })
  @ValidateNested({ each: true })
  @Type(() => ClosureDto)
  closures?: ClosureDto[];

  @ApiPropertyOptional({ example: 4, description: '评星定级 1 到 5，未评为 null' })
  @IsOptional()
  @IsInt({ message: '星级应为1到5' })
  @Min(1, { message: '星级应为1到5' })
  @Max(5, { message: '星级应为1到5' })
  starLevel?: number | null;

  @ApiPropertyOptional({ example: '010-69245678' })
  @IsOptional()
  @Matches(STATION_PHONE, { message: '电话号码格式不对，例如 010-69245678 或 13812345678' })
  phone?: string | null;

  @ApiPropertyOptional({ example: '从北门进，按门铃' })
  @IsOptional()
  @IsString({ message: '进站说明应为文字' })
  @MaxLength(200, { message: '进站说明请在200字以内' })
  accessNote?: string | null;

  @ApiPropertyOptional({ example: 'DX-0012', description: '工会台账里的编号；导入时按它匹配' })
  @IsOptional()
  @Matches(/^[^\s\p{Cc}][^\p{Cc}]{0,63}$/u, { message: '外部编号应为1到64个字符' })
  externalId?: string | null;

  @ApiPropertyOptional({ enum: [StationStatus.Open, StationStatus.Suspended] })
  @IsOptional()
  @IsIn([StationStatus.Open, StationStatus.Suspended], { message: '状态只能是开放或暂停开放；关闭请用“关闭驿站”' })
  status?: StationStatus;
}

export class UpdateStationDto extends PartialType(CreateStationDto) {}

export class CloseStationDto {
  @ApiProperty({ example: '场地到期，已撤站' })
  @IsString({ message: '请写明关闭原因' })
  @Length(2, 200, { message: '关闭原因应为2到200字' })
  reason: string;
}

export class AddStationPhotoDto {
  @ApiProperty({ description: 'JPG 或 PNG 照片的 base64，解码后不超过 5 MB' })
  @IsString({ message: '请选择照片' })
  image: string;
}
