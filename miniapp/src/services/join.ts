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

const askChannel = (code: string) => request<JoinChannelPublic>('GET', `/api/join/codes/${encodeURIComponent(code)}`)
let early: { code: string; answer: Promise<JoinChannelPublic> } | null = null

/**
 * H5: a printed link names its channel before the join page's script has arrived; asking the
 * server meanwhile takes a round trip off a weak signal. The join page then takes this answer once.
 */
export function prefetchChannel(code: string): void {
  early = { code, answer: askChannel(code) }
  early.answer.catch(() => undefined)
}

export function fetchChannel(code: string): Promise<JoinChannelPublic> {
  const answer = early?.code === code ? early.answer : askChannel(code)
  early = null
  return answer
}

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
