import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JoinChannelCounts } from '@unionhub/shared';
import type { EntityManager, Repository } from 'typeorm';
import { incrementCounters } from '../../../database/counters';
import { JoinChannelDay } from './join-channel-day.entity';
import { JoinChannelImage } from './join-channel-image.entity';
import { JoinChannel } from './join-channel.entity';

export type ChannelCounter = keyof JoinChannelCounts;

const LIST_LIMIT = 200;
const IMAGE_PART_BYTES = 60_000;

@Injectable()
export class ChannelsRepository {
  constructor(
    @InjectRepository(JoinChannel) private readonly channels: Repository<JoinChannel>,
    @InjectRepository(JoinChannelDay) private readonly days: Repository<JoinChannelDay>,
    @InjectRepository(JoinChannelImage) private readonly images: Repository<JoinChannelImage>,
  ) {}

  findById(id: string): Promise<JoinChannel | null> {
    return this.channels.findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<JoinChannel[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.channels.createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }

  findByCode(code: string): Promise<JoinChannel | null> {
    return this.channels.findOneBy({ code });
  }

  /** Channels of units under `path`, newest first. */
  findInSubtree(path: string): Promise<JoinChannel[]> {
    return this.channels
      .createQueryBuilder('c')
      .where('c.unitPath LIKE :prefix', { prefix: `${path}%` })
      .orderBy('c.createdAt', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
  }

  async insert(manager: EntityManager, channel: Omit<JoinChannel, 'id' | 'createdAt'>): Promise<JoinChannel> {
    const repository = manager.getRepository(JoinChannel);
    return repository.save(repository.create(channel));
  }

  /** Adds one to each of a channel's counters for the day, in one statement. */
  countMany(manager: EntityManager, channelId: string, day: string, counters: ChannelCounter[]): Promise<void> {
    return incrementCounters(manager, 'join_channel_day', { channelId, day }, Object.fromEntries(counters.map((c) => [c, 1])));
  }

  findDays(channelId: string): Promise<JoinChannelDay[]> {
    return this.days.find({ where: { channelId }, order: { day: 'DESC' } });
  }

  async totalsOf(channelIds: string[]): Promise<Map<string, JoinChannelCounts>> {
    if (channelIds.length === 0) return new Map();
    const rows = await this.days
      .createQueryBuilder('d')
      .select('d.channelId', 'channelId')
      .addSelect('SUM(d.scans)', 'scans')
      .addSelect('SUM(d.starts)', 'starts')
      .addSelect('SUM(d.submissions)', 'submissions')
      .addSelect('SUM(d.approvals)', 'approvals')
      .addSelect('SUM(d.rejections)', 'rejections')
      .where('d.channelId IN (:...channelIds)', { channelIds })
      .groupBy('d.channelId')
      .getRawMany<Record<keyof JoinChannelCounts | 'channelId', string | number>>();
    return new Map(
      rows.map((row) => [
        String(row.channelId),
        { scans: Number(row.scans), starts: Number(row.starts), submissions: Number(row.submissions), approvals: Number(row.approvals), rejections: Number(row.rejections) },
      ]),
    );
  }

  async findImage(channelId: string): Promise<Buffer | null> {
    const parts = await this.images.find({ where: { channelId }, order: { part: 'ASC' } });
    return parts.length > 0 ? Buffer.concat(parts.map((p) => Buffer.from(p.bytes))) : null;
  }

  async insertImage(manager: EntityManager, channelId: string, image: Buffer): Promise<void> {
    const parts: Pick<JoinChannelImage, 'channelId' | 'part' | 'bytes'>[] = [];
    for (let offset = 0, part = 0; offset < image.length; offset += IMAGE_PART_BYTES, part++) {
      parts.push({ channelId, part, bytes: image.subarray(offset, offset + IMAGE_PART_BYTES) });
    }
    await manager.getRepository(JoinChannelImage).insert(parts);
  }
}
