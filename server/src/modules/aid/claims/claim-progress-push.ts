import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../../notifications/notifications.service';
import { thingValue, timeValue } from '../../notifications/subscribe-fields';
import { PlansService } from '../plans/plans.service';
import type { Claim } from './claim.entity';

/** The results a member hears about on WeChat; every other move shows only in the app. */
export type ClaimProgress = '需补充材料' | '已通过' | '未通过' | '已赔付';

/**
 * The WeChat subscribe message of the claim-progress template (plan, result, note, time), sent
 * after the decision committed and only to members who accepted it. A failure to send is logged
 * by the notifications module and never undoes or fails the decision.
 */
@Injectable()
export class ClaimProgressPush {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly plans: PlansService,
  ) {}

  async send(claim: Pick<Claim, 'id' | 'userId' | 'planId'>, progress: ClaimProgress, note: string): Promise<void> {
    const plan = await this.plans.get(claim.planId);
    await this.notifications.pushToWechat(claim.userId, {
      topic: 'claim-progress',
      page: `claim/detail/index?id=${claim.id}`,
      data: {
        thing1: { value: thingValue(plan.name) },
        phrase2: { value: progress },
        thing3: { value: thingValue(note) },
        time4: { value: timeValue(new Date()) },
      },
    });
  }
}
