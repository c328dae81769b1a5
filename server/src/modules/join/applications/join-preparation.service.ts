import { Injectable } from '@nestjs/common';
import {
  JOIN_PRIVACY_POLICY_VERSION,
  OrgKind,
  type Occupation,
  ReviewMode,
  validateEmployer,
  validateJoinIdNumber,
  validatePersonName,
  validatePhone,
} from '@unionhub/shared';
import { WechatClient } from '../../auth/wechat/wechat-client';
import { WechatError, WechatErrorCode } from '../../auth/wechat/wechat.errors';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { ChannelsService } from '../channels/channels.service';
import type { JoinChannel } from '../channels/join-channel.entity';
import type { SubmitApplicationDto } from '../dto/submit-application.dto';
import { JoinError, JoinErrorCode } from '../join.errors';

/** A join form checked, normalised and pointed at its unit, ready to decide. */
export interface PreparedJoin {
  channel: JoinChannel | null;
  unit: OrgUnit;
  reviewMode: ReviewMode;
  name: string;
  idNumber: string;
  phone: string;
  occupation: Occupation;
  employer: string;
  workDistrict: string;
  privacyPolicyVersion: string;
}

function normalised(result: { ok: true; value: string } | { ok: false }): string {
  // The DTO already refused invalid values; this only takes the normalised form.
  if (!result.ok) throw new Error('join form reached the service unvalidated');
  return result.value;
}

@Injectable()
export class JoinPreparationService {
  constructor(
    private readonly channels: ChannelsService,
    private readonly orgs: OrgsService,
    private readonly wechat: WechatClient,
  ) {}

  /** Cheap checks first; the phone code exchange (a call to WeChat) last. */
  async prepare(input: SubmitApplicationDto): Promise<PreparedJoin> {
    if (!input.channelCode === !input.poolUnitId) throw new JoinError(JoinErrorCode.TargetRequired);
    if (!input.phone === !input.phoneCode) throw new JoinError(JoinErrorCode.PhoneRequired);
    if (input.privacyPolicyVersion !== JOIN_PRIVACY_POLICY_VERSION) throw new JoinError(JoinErrorCode.PolicyOutdated);
    const target = input.channelCode ? await this.channelTarget(input.channelCode) : await this.poolTarget(input.poolUnitId as string);
    return {
      ...target,
      name: normalised(validatePersonName(input.name)),
      idNumber: normalised(validateJoinIdNumber(input.idNumber)),
      occupation: input.occupation,
      employer: normalised(validateEmployer(input.employer)),
      workDistrict: input.workDistrict,
      privacyPolicyVersion: input.privacyPolicyVersion,
      phone: input.phone ? normalised(validatePhone(input.phone)) : await this.exchangePhoneCode(input.phoneCode as string),
    };
  }

  private async channelTarget(code: string): Promise<Pick<PreparedJoin, 'channel' | 'unit' | 'reviewMode'>> {
    const channel = await this.channels.findOpen(code);
    const unit = await this.orgs.findById(channel.orgUnitId);
    if (!unit) throw new JoinError(JoinErrorCode.ChannelNotFound);
    return { channel, unit, reviewMode: channel.reviewMode };
  }

  /** Workers whose employer has no union join their district's pool; its officers review them. */
  private async poolTarget(unitId: string): Promise<Pick<PreparedJoin, 'channel' | 'unit' | 'reviewMode'>> {
    const unit = await this.orgs.findById(unitId);
    if (!unit || unit.kind !== OrgKind.NewFormWorkerPool) throw new JoinError(JoinErrorCode.NotAPool);
    return { channel: null, unit, reviewMode: ReviewMode.Review };
  }

  private async exchangePhoneCode(code: string): Promise<string> {
    try {
      const phone = await this.wechat.getPhoneNumber(code);
      if (phone.countryCode !== '86') throw new JoinError(JoinErrorCode.PhoneNotMainland);
      const checked = validatePhone(phone.purePhoneNumber);
      if (!checked.ok) throw new JoinError(JoinErrorCode.PhoneNotMainland);
      return checked.value;
    } catch (error) {
      if (error instanceof WechatError && error.code === WechatErrorCode.InvalidCode) throw new JoinError(JoinErrorCode.PhoneCodeInvalid);
      throw error;
    }
  }
}
