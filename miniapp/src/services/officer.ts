import type {
  ApplicationStatus,
  CreateJoinChannelRequest,
  JoinApplicationDetail,
  JoinApplicationPage,
  JoinClaimAttemptList,
  JoinChannel,
  JoinChannelStats,
  OfficerDashboard,
  OrgUnitNode,
  RefuseTransferRequest,
  RejectJoinApplicationRequest,
  RevealedIdentity,
  StartTransferRequest,
  TransferQueue,
  TransferSummary,
  VerifyCardRequest,
  VerifyCardResponse,
} from '@unionhub/shared'
import { downloadFile, request } from './request'

export const fetchApplications = (status: ApplicationStatus, offset = 0) =>
  request<JoinApplicationPage>('GET', `/api/join/applications?status=${status}&offset=${offset}&limit=20`)

/** Failed claims of memberships held in the officer's subtree, masked. */
export const fetchClaimAttempts = () => request<JoinClaimAttemptList>('GET', '/api/join/claim-attempts')

export const fetchApplication = (id: string) => request<JoinApplicationDetail>('GET', `/api/join/applications/${id}`)

export const approveApplication = (id: string) => request<JoinApplicationDetail>('POST', `/api/join/applications/${id}/approve`)

export function rejectApplication(id: string, reason: string): Promise<JoinApplicationDetail> {
  const body: RejectJoinApplicationRequest = { reason }
  return request<JoinApplicationDetail>('POST', `/api/join/applications/${id}/reject`, body)
}

export const revealIdNumber = (id: string) => request<RevealedIdentity>('POST', `/api/join/applications/${id}/reveal-id`)

export const fetchChannels = () => request<JoinChannel[]>('GET', '/api/join/channels')

export const fetchChannelById = (id: string) => request<JoinChannel>('GET', `/api/join/channels/${id}`)

export const fetchChannelStats = (id: string) => request<JoinChannelStats>('GET', `/api/join/channels/${id}/stats`)

export const createChannel = (body: CreateJoinChannelRequest) => request<JoinChannel>('POST', '/api/join/channels', body)

/** The printable QR code or the 小程序码, as something an `<Image>` can show. */
export const fetchChannelImage = (id: string, kind: 'qrcode' | 'wxacode') => downloadFile(`/api/join/channels/${id}/${kind}.png`)

export function verifyCard(token: string): Promise<VerifyCardResponse> {
  const body: VerifyCardRequest = { token }
  return request<VerifyCardResponse>('POST', '/api/members/verify', body)
}

export const fetchDashboard = (days: number) => request<OfficerDashboard>('GET', `/api/dashboard?days=${days}`)

export const fetchTransfers = (queue: TransferQueue) => request<TransferSummary[]>('GET', `/api/join/transfers?queue=${queue}`)

export const releaseTransfer = (id: string) => request<TransferSummary>('POST', `/api/join/transfers/${id}/release`)

export const acceptTransfer = (id: string) => request<TransferSummary>('POST', `/api/join/transfers/${id}/accept`)

/** An officer of either unit starts a transfer for a member named by member number. */
export const startTransfer = (body: StartTransferRequest) => request<TransferSummary>('POST', '/api/join/transfers', body)

export function refuseTransfer(id: string, reason: string): Promise<TransferSummary> {
  const body: RefuseTransferRequest = { reason }
  return request<TransferSummary>('POST', `/api/join/transfers/${id}/refuse`, body)
}

/** The officer's unit and the units under it, to choose the one joiners belong to. */
export const fetchSubtree = (unitId: string) => request<OrgUnitNode>('GET', `/api/orgs/${unitId}`)
