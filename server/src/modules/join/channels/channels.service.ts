import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  chinaDate,
  type JoinChannel as JoinChannelView,
  type JoinChannelCounts,
  type JoinChannelPublic,
  type JoinChannelStats,
  type OrgUnitSummary,
} from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import type { AllConfig } from '../../../config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { AuditService } from '../../audit/audit.service';
import { OrgsService } from '../../orgs/orgs.service';
import type { ChannelEventDto } from '../dto/channel-event.dto';
import type { CreateChannelDto } from '../dto/create-channel.dto';
import { JoinError, JoinErrorCode } from '../join.errors';
import { officerRoot } from '../officer-scope';
import { newChannelCode } from './channel-code';
import { channelState, validityAllowed } from './channel-state';
import { type ChannelCounter, ChannelsRepository } from './channels.repository';
import type { JoinChannel } from './join-channel.entity';

const NO_COUNTS: JoinChannelCounts = { scans: 0, starts: 0, submissions: 0, approvals: 0, rejections: 0 };
/** A fresh 59-bit code colliding is all but impossible; three tries make it a non-event. */
const CODE_ATTEMPTS = 3;

@Injectable()
export class ChannelsService {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  async create(actor: Actor, input: CreateChannelDto): Promise<JoinChannelView> {
    const unit = await this.orgs.assertInScope(actor, input.unitId);
    if (!validityAllowed(input.validFrom, input.validUntil, chinaDate(new Date()))) throw new JoinError(JoinErrorCode.ChannelDates);
    for (let attempt = 1; ; attempt++) {
      try {
        const channel = await this.transactions.run(async (manager) => {
          const created = await this.channels.insert(manager, {
            code: newChannelCode(),
            title: input.title.trim(),
            kind: input.kind,
            orgUnitId: unit.id,
            unitPath: unit.path,
            reviewMode: input.reviewMode,
            validFrom: input.validFrom,
            validUntil: input.validUntil,
            welcomeGift: input.welcomeGift?.trim() || null,
            createdBy: actor.userId,
          });
          await this.audit.record(
            actor,
            { action: 'join.channel.create', targetType: 'join_channel', targetId: created.id, orgUnitId: unit.id, detail: { title: created.title, reviewMode: created.reviewMode } },
            manager,
          );
          return created;
        });
        return this.toView(channel, await this.unitOf(channel), NO_COUNTS);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
      }
    }
  }

  async list(actor: Actor): Promise<JoinChannelView[]> {
    const root = await officerRoot(this.orgs, actor);
    const channels = await this.channels.findInSubtree(root.path);
    const [units, totals] = await Promise.all([
      this.orgs.summariesOf(channels.map((c) => c.orgUnitId)),
      this.channels.totalsOf(channels.map((c) => c.id)),
    ]);
    return channels.map((c) => this.toView(c, units.get(c.orgUnitId) as OrgUnitSummary, totals.get(c.id) ?? NO_COUNTS));
  }

  async get(actor: Actor, id: string): Promise<JoinChannelView> {
    const channel = await this.findInScope(actor, id);
    const totals = await this.channels.totalsOf([channel.id]);
    return this.toView(channel, await this.unitOf(channel), totals.get(channel.id) ?? NO_COUNTS);
  }

  async stats(actor: Actor, id: string): Promise<JoinChannelStats> {
    const channel = await this.findInScope(actor, id);
    const days = await this.channels.findDays(channel.id);
    const totals = { ...NO_COUNTS };
    for (const day of days) for (const key of Object.keys(totals) as ChannelCounter[]) totals[key] += day[key];
    return {
      channelId: channel.id,
      totals,
      days: days.map((d) => ({ day: d.day, scans: d.scans, starts: d.starts, submissions: d.submissions, approvals: d.approvals, rejections: d.rejections })),
    };
  }

  /** A channel the officer may manage; 404 for unknown ids, 403 outside his subtree. */
  async findInScope(actor: Actor, id: string): Promise<JoinChannel> {
    const channel = await this.channels.findById(id);
    if (!channel) throw new JoinError(JoinErrorCode.ChannelNotFound);
    await this.orgs.assertInScope(actor, channel.orgUnitId);
    return channel;
  }

  async getPublic(code: string): Promise<JoinChannelPublic> {
    const channel = await this.channels.findByCode(code);
    if (!channel) throw new JoinError(JoinErrorCode.ChannelNotFound);
    return {
      code: channel.code,
      title: channel.title,
      unit: await this.unitOf(channel),
      reviewMode: channel.reviewMode,
      welcomeGift: channel.welcomeGift,
      state: channelState(channel, chinaDate(new Date())),
      validFrom: channel.validFrom,
      validUntil: channel.validUntil,
    };
  }

  /** Scans and form starts, as the app reports them. */
  async recordEvent(code: string, event: ChannelEventDto): Promise<void> {
    const channel = await this.channels.findByCode(code);
    if (!channel) throw new JoinError(JoinErrorCode.ChannelNotFound);
    const counter: ChannelCounter = event.type === 'scan' ? 'scans' : 'starts';
    await this.transactions.single((manager) => this.channels.countMany(manager, channel.id, chinaDate(new Date()), [counter]));
  }

  /** The channel a worker joins through; refuses unknown, expired and not yet open codes. */
  async findOpen(code: string): Promise<JoinChannel> {
    const channel = await this.channels.findByCode(code);
    if (!channel) throw new JoinError(JoinErrorCode.ChannelNotFound);
    const state = channelState(channel, chinaDate(new Date()));
    if (state === 'expired') throw new JoinError(JoinErrorCode.ChannelExpired);
    if (state === 'not-started') throw new JoinError(JoinErrorCode.ChannelNotStarted);
    return channel;
  }

  /**
   * Counts submissions and decisions for today once they have committed, each bump a short
   * statement of its own: every join through a channel touches the same row, which must not stay
   * locked for a whole join. A crash between the commit and the count loses one count, never a join.
   */
  async countCommitted(channelId: string | null, counters: ChannelCounter[]): Promise<void> {
    if (!channelId) return;
    const day = chinaDate(new Date());
    await this.transactions.single((manager) => this.channels.countMany(manager, channelId, day, counters));
  }

  async titlesOf(channelIds: (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(channelIds.filter((id): id is string => id !== null))];
    return new Map((await this.channels.findByIds(ids)).map((c) => [c.id, c.title]));
  }

  link(code: string): string {
    return `${this.config.get('app.publicBaseUrl', { infer: true })}/?scene=${code}`;
  }

  private async unitOf(channel: JoinChannel): Promise<OrgUnitSummary> {
    return (await this.orgs.summaryOf(channel.orgUnitId)) as OrgUnitSummary;
  }

  private toView(channel: JoinChannel, unit: OrgUnitSummary, totals: JoinChannelCounts): JoinChannelView {
    return {
      id: channel.id,
      code: channel.code,
      title: channel.title,
      kind: channel.kind,
      unit,
      reviewMode: channel.reviewMode,
      validFrom: channel.validFrom,
      validUntil: channel.validUntil,
      welcomeGift: channel.welcomeGift,
      state: channelState(channel, chinaDate(new Date())),
      link: this.link(channel.code),
      totals,
      createdAt: channel.createdAt.toISOString(),
    };
  }
}
