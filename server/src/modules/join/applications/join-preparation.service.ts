import { Injectable } from '@nestjs/common';
import {
  type IdentityCheckOutcome,
  JOIN_PRIVACY_POLICY_VERSION,
  OrgKind,
  type Occupation,
  type PhoneVerification,
  ReviewMode,
  validateEmployer,
  validateJoinIdNumber,
  validatePersonName,
  validatePhone,
} from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { WechatClient } from '../../auth/wechat/wechat-client';
import { WechatError, WechatErrorCode } from '../../auth/wechat/wechat.errors';
import { IdentityCheck } from '../../identity/identity-check/identity-check';
import { PhoneCodeError, PhoneCodeErrorCode } from '../../identity/phone-codes/phone-code.errors';
import { PhoneCodesService } from '../../identity/phone-codes/phone-codes.service';
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
  /** Always proven the applicant's: WeChat's number exchange or a spent SMS code. */
  phone: string;
  phoneVerifiedBy: PhoneVerification;
  /** Run only on auto channels, where it decides whether the channel may approve. */
  identity: IdentityCheckOutcome;
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
    private readonly phoneCodes: PhoneCodesService,
    private readonly identityCheck: IdentityCheck,
  ) {}

  /**
   * Cheap checks first, then the phone proof (a call to WeChat, or spending the SMS code), then
   * on auto channels the identity check. A typed phone number alone is never taken.
   */
  async prepare(actor: Actor, input: SubmitApplicationDto): Promise<PreparedJoin> {
    if (!input.channelCode === !input.poolUnitId) throw new JoinError(JoinErrorCode.TargetRequired);
    if (!input.phone === !input.phoneCode) throw new JoinError(JoinErrorCode.PhoneRequired);
    if (input.phone && !input.smsCode) throw new PhoneCodeError(PhoneCodeErrorCode.Required);
    if (input.privacyPolicyVersion !== JOIN_PRIVACY_POLICY_VERSION) throw new JoinError(JoinErrorCode.PolicyOutdated);
    const target = input.channelCode ? await this.channelTarget(input.channelCode) : await this.poolTarget(input.poolUnitId as string);
    const name = normalised(validatePersonName(input.name));
    const idNumber = normalised(validateJoinIdNumber(input.idNumber));
    const proof = input.phoneCode ? await this.exchangePhoneCode(input.phoneCode) : await this.spendSmsCode(actor, input.phone as string, input.smsCode as string);
    return {
      ...target,
      ...proof,
      name,
      idNumber,
      identity: target.reviewMode === ReviewMode.Auto ? await this.identityCheck.verify(name, idNumber) : 'not-run',
      occupation: input.occupation,
      employer: normalised(validateEmployer(input.employer)),
      workDistrict: input.workDistrict,
      privacyPolicyVersion: input.privacyPolicyVersion,
    };
  }

  private async spendSmsCode(actor: Actor, typed: string, code: string): Promise<Pick<PreparedJoin, 'phone' | 'phoneVerifiedBy'>> {
    const phone = normalised(validatePhone(typed));
    await this.phoneCodes.consume(actor.userId, phone, code);
    return { phone, phoneVerifiedBy: 'sms' };
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

  private async exchangePhoneCode(code: string): Promise<Pick<PreparedJoin, 'phone' | 'phoneVerifiedBy'>> {
    try {
      const phone = await this.wechat.getPhoneNumber(code);
      if (phone.countryCode !== '86') throw new JoinError(JoinErrorCode.PhoneNotMainland);
      const checked = validatePhone(phone.purePhoneNumber);
      if (!checked.ok) throw new JoinError(JoinErrorCode.PhoneNotMainland);
      return { phone: checked.value, phoneVerifiedBy: 'wechat' };
    } catch (error) {
      if (error instanceof WechatError && error.code === WechatErrorCode.InvalidCode) throw new JoinError(JoinErrorCode.PhoneCodeInvalid);
      throw error;
    }
  }
}
