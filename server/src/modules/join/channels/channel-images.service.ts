import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { toBuffer } from 'qrcode';
import type { Actor } from '../../../common/actor';
import type { AllConfig } from '../../../config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { WechatClient } from '../../auth/wechat/wechat-client';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';

/** The mini-program page a 小程序码 opens; WeChat passes the channel code as `scene`. */
export const JOIN_PAGE = 'join/index/index';
/** Large enough to print on an A4 poster and still scan from a metre away. */
const PRINT_WIDTH_PX = 800;
const WXACODE_WIDTH_PX = 430;

/** The two images of a channel: the printed link's QR code and WeChat's 小程序码. Officers only. */
@Injectable()
export class ChannelImagesService {
  constructor(
    private readonly channels: ChannelsService,
    private readonly images: ChannelsRepository,
    private readonly wechat: WechatClient,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** A QR code of `${PUBLIC_BASE_URL}/?scene=<code>`: opens the H5 join page, or the mini-program once WeChat's "scan ordinary QR codes" rule is set up. */
  async linkQrCode(actor: Actor, id: string): Promise<Buffer> {
    const channel = await this.channels.findInScope(actor, id);
    return toBuffer(this.channels.link(channel.code), { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: PRINT_WIDTH_PX });
  }

  /**
   * The unlimited 小程序码 for the join page. WeChat limits how often it may be asked, so the
   * first image is kept; two first requests at once may both ask, and the first stored wins.
   */
  async wxacode(actor: Actor, id: string): Promise<Buffer> {
    const channel = await this.channels.findInScope(actor, id);
    const cached = await this.images.findImage(channel.id);
    if (cached) return cached;
    const image = await this.wechat.getUnlimitedQrCode({
      scene: channel.code,
      page: JOIN_PAGE,
      width: WXACODE_WIDTH_PX,
      envVersion: this.config.get('wechat.qrEnvVersion', { infer: true }),
    });
    try {
      await this.transactions.run((manager) => this.images.insertImage(manager, channel.id, image));
      return image;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return (await this.images.findImage(channel.id)) ?? image;
    }
  }
}
