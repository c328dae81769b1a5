import { ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus } from '@unionhub/shared';
import { IsIn, IsOptional } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/page-query.decorators';

export class ListApplicationsDto {
  @ApiPropertyOptional({ enum: Object.values(ApplicationStatus), default: ApplicationStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(ApplicationStatus), { message: '状态不对' })
  status: ApplicationStatus = ApplicationStatus.Pending;

  @PageOffset()
  offset = 0;

  @PageLimit(100)
  limit = 20;
}
