import { claimInput, planInput } from './aid-factory';
import type { AccessWorld } from './access-world';
import { JPEG_BASE64 } from './images';
import { channelInput, joinForm, newIdNumber } from './join-factory';
import { csvOf, HEADER } from './station-files';
import { stationInput } from './sync-factory';

/**
 * Whose object a route touches: member A's own, one in the owning town's subtree, one belonging to
 * the in-scope API client, or one anyone may reach (a public station, a channel code).
 */
export type Owner = 'memberA' | 'town' | 'clientInScope' | 'anyone';

export interface Ownership {
  owner: Owner;
  /** Path parameter → key of `AccessWorld.ids` filling it. */
  params?: Record<string, string>;
  /** Query parameter → key of `AccessWorld.ids`, for routes scoped by a query (`?unitId=`). */
  query?: Record<string, string>;
}

/**
 * The object each route reaches, by its path parameters, its `?unitId=` or ids in its body. A route
 * with a path parameter or a `unitId` query must be listed here; a route without either is listed
 * when its body names an owned object.
 */
export const OWNERSHIP: Record<string, Ownership> = {
  'GET /api/stations/:id': { owner: 'anyone', params: { id: 'townStation' } },
  // The signature is the access check; the API1 test forges and borrows links.
  'GET /api/files/:key': { owner: 'anyone', params: { key: 'documentKeyA' }, query: { exp: 'documentExpA', sig: 'documentSigA' } },
  'GET /api/join/codes/:code': { owner: 'anyone', params: { code: 'townChannelCode' } },
  'POST /api/join/codes/:code/events': { owner: 'anyone', params: { code: 'townChannelCode' } },
  'POST /api/stations/:id/ratings': { owner: 'anyone', params: { id: 'townStation' } },
  'POST /api/stations/:id/reports': { owner: 'anyone', params: { id: 'townStation' } },

  'POST /api/me/claims': { owner: 'memberA' },
  'GET /api/me/claims/:id': { owner: 'memberA', params: { id: 'claimA' } },
  'POST /api/me/claims/:id/documents': { owner: 'memberA', params: { id: 'claimA' } },
  'POST /api/me/claims/:id/submit': { owner: 'memberA', params: { id: 'claimA' } },
  'POST /api/me/claims/:id/resubmit': { owner: 'memberA', params: { id: 'claimA' } },
  'POST /api/me/claims/:id/withdraw': { owner: 'memberA', params: { id: 'claimA' } },
  'POST /api/me/notifications/:id/read': { owner: 'memberA', params: { id: 'notificationA' } },
  'GET /api/me/transfers/:id': { owner: 'memberA', params: { id: 'transferA' } },
  'POST /api/me/transfers/:id/cancel': { owner: 'memberA', params: { id: 'transferA' } },

  'POST /api/stations/manage': { owner: 'town' },
  'GET /api/stations/manage/:id': { owner: 'town', params: { id: 'townStation' } },
  'PATCH /api/stations/manage/:id': { owner: 'town', params: { id: 'townStation' } },
  'POST /api/stations/manage/:id/close': { owner: 'town', params: { id: 'townStation' } },
  'POST /api/stations/manage/:id/reopen': { owner: 'town', params: { id: 'townStation' } },
  'POST /api/stations/manage/:id/verify': { owner: 'town', params: { id: 'townStation' } },
  'POST /api/stations/manage/:id/photos': { owner: 'town', params: { id: 'townStation' } },
  'DELETE /api/stations/manage/:id/photos/:index': { owner: 'town', params: { id: 'townStation', index: 'firstPhoto' } },
  'POST /api/stations/import/preview': { owner: 'town' },
  'POST /api/stations/import/commit': { owner: 'town' },
  'POST /api/join/roster-import': { owner: 'town' },
  'GET /api/stations/manage': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/audit': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/station-reports': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/stations/export': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/exports/roster': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/exports/claims': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/exports/join-stats': { owner: 'town', query: { unitId: 'townUnit', from: 'monthAgo', to: 'today' } },
  'GET /api/exports/stations': { owner: 'town', query: { unitId: 'townUnit' } },
  'GET /api/join/claim-attempts': { owner: 'town', query: { unitId: 'townUnit' } },
  'POST /api/station-reports/:id/resolve': { owner: 'town', params: { id: 'townReport' } },
  'GET /api/orgs/:unitId': { owner: 'town', params: { unitId: 'townUnit' } },
  'POST /api/orgs/:unitId/children': { owner: 'town', params: { unitId: 'townUnit' } },
  'POST /api/aid/enrollments': { owner: 'town' },
  'POST /api/sync/enrollments': { owner: 'town' },
  'DELETE /api/aid/enrollments/:id': { owner: 'town', params: { id: 'enrollmentA' } },
  'GET /api/aid/claims/:id': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/claims/:id/start-review': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/claims/:id/request-info': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/claims/:id/approve': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/claims/:id/confirm-approval': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/claims/:id/reject': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/claims/:id/approve-payee': { owner: 'town', params: { id: 'claimA' } },
  'POST /api/aid/payout-batches/:id/result': { owner: 'town', params: { id: 'townPayoutBatch' } },
  'POST /api/join/channels': { owner: 'town' },
  'GET /api/join/channels/:id': { owner: 'town', params: { id: 'townChannel' } },
  'GET /api/join/channels/:id/stats': { owner: 'town', params: { id: 'townChannel' } },
  'GET /api/join/channels/:id/qrcode.png': { owner: 'town', params: { id: 'townChannel' } },
  'GET /api/join/channels/:id/wxacode.png': { owner: 'town', params: { id: 'townChannel' } },
  'POST /api/join/transfers': { owner: 'town' },
  'POST /api/join/transfers/:id/release': { owner: 'town', params: { id: 'transferA' } },
  'POST /api/join/transfers/:id/accept': { owner: 'town', params: { id: 'transferIn' } },
  'POST /api/join/transfers/:id/refuse': { owner: 'town', params: { id: 'transferOutToRefuse' } },
  'GET /api/join/applications/:id': { owner: 'town', params: { id: 'townApplication' } },
  'POST /api/join/applications/:id/approve': { owner: 'town', params: { id: 'townApplication' } },
  'POST /api/join/applications/:id/reject': { owner: 'town', params: { id: 'townApplication' } },
  'POST /api/join/applications/:id/reveal-id': { owner: 'town', params: { id: 'townApplication' } },
  'POST /api/sync/clients': { owner: 'town' },
  'DELETE /api/auth/officers/:userId/sessions': { owner: 'town', params: { userId: 'grassrootsOfficer' } },
  'POST /api/sync/clients/:id/rotate': { owner: 'town', params: { id: 'spareClient' } },
  'POST /api/sync/clients/:id/revoke': { owner: 'town', params: { id: 'spareClient' } },

  'POST /api/sync/stations': { owner: 'town' },
  'PATCH /api/sync/stations/:id': { owner: 'town', params: { id: 'townStation' } },
  'GET /api/sync/members/:id': { owner: 'town', params: { id: 'memberRowA' } },
  'GET /api/sync/members/:id/personal': { owner: 'town', params: { id: 'memberRowA' } },
  'DELETE /api/sync/webhooks/:id': { owner: 'clientInScope', params: { id: 'hookInScope' } },
  'GET /api/sync/webhooks/:id/deliveries': { owner: 'clientInScope', params: { id: 'hookInScope' } },
  'POST /api/sync/webhooks/deliveries/:id/replay': { owner: 'clientInScope', params: { id: 'deliveryInScope' } },
};

/**
 * A valid body for every route that reads one. The mass-assignment test proves each is valid: the
 * only complaint about it plus a forbidden field must be that field.
 */
export function sampleBodies(w: AccessWorld): Record<string, Record<string, unknown>> {
  const town = w.ids.townUnit;
  const version = { version: w.claimA.version };
  const importFile = { fileName: 'stations.csv', file: csvOf([HEADER, ['AM-1', '矩阵驿站', 'BJ-DX-YH', '瀛海镇测试路1号', 116.33, 39.64, '饮水', '00:00-24:00', 3, '']]), coordSystem: 'gcj02', orgUnitId: town };
  return {
    'POST /api/auth/dev-login': { account: 'admin' },
    'POST /api/auth/wechat': { code: 'rider-access-matrix' },
    'POST /api/auth/refresh': { refreshToken: w.ids.refreshToken },
    'POST /api/auth/sign-out': { refreshToken: w.ids.refreshToken },
    'POST /api/auth/phone/sms-code': { phone: '13800001111' },
    'POST /api/join/codes/:code/events': { type: 'scan' },
    'POST /api/join/applications': joinForm({ channelCode: w.ids.townChannelCode }),
    'POST /api/stations/:id/ratings': { score: 4 },
    'POST /api/stations/:id/reports': { kind: 'environment', note: '饮水机没有热水' },
    'POST /api/me/claims': claimInput(w.enrollmentA.id),
    'PUT /api/me/aid/card': { account: '6222020200112233445' },
    'POST /api/me/claims/:id/documents': { kind: 'medical-invoice', content: JPEG_BASE64 },
    'POST /api/me/claims/:id/resubmit': { note: '已补充发票' },
    'POST /api/me/claims/:id/withdraw': { note: '不申请了' },
    'POST /api/me/subscriptions': { templateId: 'tpl-claim-status' },
    'POST /api/stations/manage': { ...stationInput(town) },
    'PATCH /api/stations/manage/:id': { name: '瀛海镇矩阵驿站' },
    'POST /api/stations/manage/:id/close': { reason: '装修暂停开放' },
    'POST /api/stations/manage/:id/photos': { image: JPEG_BASE64 },
    'POST /api/stations/import/preview': importFile,
    'POST /api/stations/import/commit': { ...importFile, mode: 'valid-rows' },
    'POST /api/station-reports/:id/resolve': { note: '已联系站点恢复开放' },
    'POST /api/orgs/:unitId/children': { code: 'BJ-DX-YH-AM', name: '瀛海镇矩阵测试工会', level: 'grassroots', kind: 'enterprise' },
    'POST /api/aid/plans': planInput(),
    'POST /api/aid/enrollments/import': { fileName: 'roster.csv', file: csvOf([['会员编号', '方案代码', '起始日期', '截止日期'], [w.memberA.memberNumber, w.plan.code, '2026-01-01', '2026-12-31']]) },
    'POST /api/join/roster-import': { unitId: w.ids.townGrassroots, fileName: '花名册.csv', file: csvOf([['姓名', '身份证号', '手机号', '职业', '工作单位', '入会日期'], ['矩阵人', newIdNumber('19860606'), '13900001111', '快递员', '顺丰速运', '2022-03-01']]) },
    'POST /api/sync/enrollments': { memberNumber: w.memberA.memberNumber, planCode: w.plan.code, validFrom: '2026-01-01', validUntil: '2026-12-31' },
    'POST /api/aid/enrollments': { planId: w.plan.id, memberNumber: w.memberA.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' },
    'POST /api/aid/claims/:id/start-review': version,
    'POST /api/aid/claims/:id/request-info': { ...version, message: '请补充出院小结' },
    'POST /api/aid/claims/:id/approve': { ...version, amount: 100_00, note: '核定' },
    'POST /api/aid/claims/:id/confirm-approval': version,
    'POST /api/aid/claims/:id/reject': { ...version, reasonCode: 'other', note: '材料不全' },
    'POST /api/aid/claims/:id/approve-payee': version,
    'POST /api/aid/payout-batches': { format: 'csv' },
    'POST /api/aid/payout-batches/:id/result': { content: csvOf([['申请编号', '结果'], [w.claimA.id, '成功']]) },
    'POST /api/join/channels': channelInput(town),
    'POST /api/members/verify': { token: w.cardA.token },
    'POST /api/me/transfers': { toUnitId: w.ids.elsewhereUnit, reason: '换了工作，去丰台送外卖' },
    'POST /api/join/transfers': { memberNumber: w.memberA.memberNumber, toUnitId: w.ids.elsewhereUnit, reason: '本人调往丰台工作' },
    'POST /api/join/transfers/:id/refuse': { reason: '会费手续未办结' },
    'POST /api/join/applications/:id/reject': { reason: '身份证照片看不清' },
    'POST /api/sync/clients': { name: '矩阵测试台账', unitId: town, permissions: ['stations:read'] },
    'POST /api/sync/stations': { ...stationInput(town) },
    'PATCH /api/sync/stations/:id': { name: '瀛海镇台账驿站' },
    'POST /api/sync/webhooks': { url: 'http://127.0.0.1:9/hook', types: ['station'] },
  };
}

/** The fields a write must never take from a caller, unless its body declares them as input. */
export const PROTECTED_FIELDS = ['status', 'orgUnitId', 'unitId', 'memberNo', 'reviewerId', 'amountApproved', 'approvedBy', 'version', 'id', 'createdAt', 'role', 'isAdmin'];
