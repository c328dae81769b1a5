import { Injectable } from '@nestjs/common';
import { ApplicationStatus, ChangeAction, type JoinApplicationDetail, type JoinApplicationPage, type RevealedIdentity } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { thingValue, timeValue } from '../../notifications/subscribe-fields';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { ChannelsService } from '../channels/channels.service';
import type { ListApplicationsDto } from '../dto/list-applications.dto';
import { JoinChanges } from '../join-changes';
import { JoinError, JoinErrorCode } from '../join.errors';
import { MembersService } from '../members/members.service';
import { officerRoot } from '../officer-scope';
import { ApplicationViews } from './application-views';
import { ApplicationsRepository } from './applications.repository';
import type { JoinApplication } from './join-application.entity';

/** Officers review the applications of their subtree; every decision and reveal is audited. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly views: ApplicationViews,
    private readonly members: MembersService,
    private readonly channels: ChannelsService,
    private readonly orgs: OrgsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
    private readonly changes: JoinChanges,
  ) {}

  async list(actor: Actor, query: ListApplicationsDto): Promise<JoinApplicationPage> {
    const root = await officerRoot(this.orgs, actor);
    const [items, total] = await this.applications.findInSubtree(root.path, query.status, query.offset, query.limit);
    return { items: await this.views.summaries(items), total };
  }

  async detail(actor: Actor, id: string): Promise<JoinApplicationDetail> {
    const { application } = await this.findInScope(actor, id);
    return this.views.detail(application);
  }

  /**
   * Approving makes the applicant a member: of the roster membership his ID number already has in
   * this unit when it is still unclaimed (an officer confirming a claim), otherwise a new one.
   */
  async approve(actor: Actor, id: string): Promise<JoinApplicationDetail> {
    const { application, unit } = await this.findInScope(actor, id);
    const sequence = await this.members.reserveSequence(unit.id);
    const member = await this.transactions
      .run(async (manager) => {
        if (!(await this.applications.decide(manager, id, { status: ApplicationStatus.Approved, decidedBy: actor.userId, rejectReason: null }))) {
          throw new JoinError(JoinErrorCode.AlreadyDecided);
        }
        const roster = await this.members.findActiveByIdHash(manager, application.idHash);
        const claim = roster !== null && roster.userId === null && roster.orgUnitId === unit.id;
        const made = claim ? await this.members.claim(manager, roster, application.userId, application.occupation) : await this.members.issue(manager, application, unit, sequence);
        if (!made) throw new JoinError(JoinErrorCode.AlreadyMember);
        await this.applications.setMember(manager, id, made.id);
        await this.changes.applicationDecided(manager, application, ApplicationStatus.Approved, made.id);
        await this.changes.memberChanged(manager, made, claim ? ChangeAction.Updated : ChangeAction.Created);
        await this.audit.record(
          actor,
          { action: 'join.application.approve', targetType: 'join_application', targetId: id, orgUnitId: unit.id, detail: { memberNumber: made.memberNumber, ...(claim ? { claimed: true } : {}) } },
          manager,
        );
        await this.notifications.notifyInApp(manager, application.userId, {
          title: '入会申请已通过',
          body: `欢迎加入${unit.name}！您的会员号是 ${made.memberNumber}，在“我的”里随时可以出示电子会员卡。`,
          link: '/member/card/index',
        });
        return made;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new JoinError(JoinErrorCode.AlreadyMember);
        throw error;
      });
    await this.channels.countCommitted(application.channelId, ['approvals']);
    await this.pushDecision(application, unit, '已通过', `会员号${member.memberNumber}`);
    return this.detailOf(id);
  }

  async reject(actor: Actor, id: string, reason: string): Promise<JoinApplicationDetail> {
    const { application, unit } = await this.findInScope(actor, id);
    const text = reason.trim();
    await this.transactions.run(async (manager) => {
      if (!(await this.applications.decide(manager, id, { status: ApplicationStatus.Rejected, decidedBy: actor.userId, rejectReason: text }))) {
        throw new JoinError(JoinErrorCode.AlreadyDecided);
      }
      await this.changes.applicationDecided(manager, application, ApplicationStatus.Rejected, null);
      await this.audit.record(actor, { action: 'join.application.reject', targetType: 'join_application', targetId: id, orgUnitId: unit.id, detail: { reason: text } }, manager);
      await this.notifications.notifyInApp(manager, application.userId, {
        title: '入会申请未通过',
        body: `${unit.name}没有通过您的入会申请，原因：${text}。您可以修改后重新提交。`,
        link: '/join/result/index',
      });
    });
    await this.channels.countCommitted(application.channelId, ['rejections']);
    await this.pushDecision(application, unit, '未通过', text);
    return this.detailOf(id);
  }

  /** The whole ID number, shown once to an officer who needs it, with an audit entry. */
  async revealId(actor: Actor, id: string): Promise<RevealedIdentity> {
    const { application, unit } = await this.findInScope(actor, id);
    await this.transactions.run((manager) =>
      this.audit.record(actor, { action: 'join.application.reveal-id', targetType: 'join_application', targetId: id, orgUnitId: unit.id }, manager),
    );
    return { name: application.name, idNumber: this.cipher.decrypt('id-number', application.idNumberEnc) };
  }

  /** 404 for unknown ids, 403 for applications outside the officer's subtree. */
  private async findInScope(actor: Actor, id: string): Promise<{ application: JoinApplication; unit: OrgUnit }> {
    const application = await this.applications.findById(id);
    if (!application) throw new JoinError(JoinErrorCode.ApplicationNotFound);
    const unit = await this.orgs.assertInScope(actor, application.orgUnitId);
    return { application, unit };
  }

  private async detailOf(id: string): Promise<JoinApplicationDetail> {
    return this.views.detail((await this.applications.findById(id)) as JoinApplication);
  }

  /** The WeChat message of the join-result template: unit, result, note, time. */
  private pushDecision(application: JoinApplication, unit: OrgUnit, result: '已通过' | '未通过', note: string): Promise<void> {
    return this.notifications.pushToWechat(application.userId, {
      topic: 'join-result',
      page: result === '已通过' ? 'member/card/index' : 'join/result/index',
      data: {
        thing1: { value: thingValue(unit.name) },
        phrase2: { value: result },
        thing3: { value: thingValue(note) },
        time4: { value: timeValue(new Date()) },
      },
    });
  }
}
