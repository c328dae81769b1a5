import {
  type JoinChannelEventRequest,
  type JoinChannelPublic,
  type JoinSubmitResponse,
  type MemberCard,
  type MyJoinApplication,
  type NotificationList,
  OrgKind,
  type OrgUnitNode,
  type SendSmsCodeRequest,
  type SendSmsCodeResponse,
  type SubmitJoinApplicationRequest,
  type SubscribeTemplates,
} from '@unionhub/shared'
import { request } from './request'

export const fetchChannel = (code: string) => request<JoinChannelPublic>('GET', `/api/join/codes/${encodeURIComponent(code)}`)

/** For the channel's statistics only: a failure is of no concern to the worker. */
export function reportChannelEvent(code: string, type: JoinChannelEventRequest['type']): void {
  const body: JoinChannelEventRequest = { type }
  request('POST', `/api/join/codes/${encodeURIComponent(code)}/events`, body).catch(() => undefined)
}

export const submitJoin = (body: SubmitJoinApplicationRequest, idempotencyKey: string) =>
  request<JoinSubmitResponse>('POST', '/api/join/applications', body, { idempotencyKey })

/** H5 only: texts a one-time code to the phone the worker typed. */
export const sendSmsCode = (phone: string) => request<SendSmsCodeResponse>('POST', '/api/auth/phone/sms-code', { phone } satisfies SendSmsCodeRequest)

export const fetchMyApplications = () => request<MyJoinApplication[]>('GET', '/api/me/join-applications')

export const fetchCard = () => request<MemberCard>('GET', '/api/members/me/card')

/** The districts' new-employment-form pools (新就业形态工会周转库), from the public union tree. */
export async function fetchPools(): Promise<OrgUnitNode[]> {
  const tree = await request<OrgUnitNode[]>('GET', '/api/orgs/tree')
  const all = (units: OrgUnitNode[]): OrgUnitNode[] => units.flatMap((unit) => [unit, ...all(unit.children)])
  return all(tree).filter((unit) => unit.kind === OrgKind.NewFormWorkerPool)
}

export const fetchSubscribeTemplates = () => request<SubscribeTemplates>('GET', '/api/me/subscriptions/templates')

export const recordSubscription = (templateId: string) => request<void>('POST', '/api/me/subscriptions', { templateId })

export const fetchNotifications = () => request<NotificationList>('GET', '/api/me/notifications')

export const markNotificationRead = (id: string) => request<void>('POST', `/api/me/notifications/${id}/read`)
