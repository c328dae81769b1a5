import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type OrgUnitNode, Role } from '@unionhub/shared';
import { Access } from '../../common/access.decorator';
import { type Actor, CurrentActor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { CreateOrgUnitDto } from './dto/create-org-unit.dto';
import { OrgsService } from './orgs.service';

@ApiTags('orgs')
@Controller('orgs')
export class OrgsController {
  constructor(private readonly orgs: OrgsService) {}

  @Get('tree')
  @Access.public()
  @ApiOperation({ summary: '工会组织树（公开：名称与级别）' })
  @ApiOkResponse({ description: 'Root units with nested children' })
  getTree(): Promise<OrgUnitNode[]> {
    return this.orgs.getTree();
  }

  @Get(':unitId')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: '本级及下级组织（仅限管辖范围内）' })
  getSubtree(@CurrentActor() actor: Actor, @Param('unitId', ParseIdPipe) unitId: string): Promise<OrgUnitNode> {
    return this.orgs.getSubtree(actor, unitId);
  }

  @Post(':unitId/children')
  @Access.roles(Role.Officer, Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: '在管辖范围内新建下级组织（记入审计）' })
  createChild(
    @CurrentActor() actor: Actor,
    @Param('unitId', ParseIdPipe) unitId: string,
    @Body() body: CreateOrgUnitDto,
  ): Promise<OrgUnitNode> {
    return this.orgs.createChild(actor, unitId, body);
  }
}
