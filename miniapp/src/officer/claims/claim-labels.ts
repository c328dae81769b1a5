import { type ClaimEvent, type ClaimStatus, ClaimDocumentKindLabel, type ClaimDocumentKind } from '@unionhub/shared'

/** The queue's tabs, in the order an officer works through them. */
export const QUEUE_TABS: { status: ClaimStatus; label: string }[] = [
  { status: 'submitted', label: '待受理' },
  { status: 'resubmitted', label: '已补材料' },
  { status: 'in-review', label: '审核中' },
  { status: 'needs-info', label: '等会员补材料' },
  { status: 'approved', label: '待打款' },
  { status: 'paying', label: '打款中' },
  { status: 'paid', label: '已赔付' },
  { status: 'rejected', label: '未通过' },
]

/** The officer's words for each status (the member's statusLabel says it from his side). */
export const OFFICER_STATUS: Record<ClaimStatus, string> = {
  draft: '草稿',
  submitted: '待受理',
  'in-review': '审核中',
  'needs-info': '等会员补材料',
  resubmitted: '已补材料，待审核',
  approved: '已批准，待打款',
  paying: '打款中',
  paid: '已赔付',
  rejected: '未通过',
  withdrawn: '会员已撤回',
}

const EVENT_LABEL: Record<ClaimEvent['action'], string> = {
  create: '会员填写申请',
  upload: '上传材料',
  submit: '会员提交申请',
  'start-review': '开始审核',
  'request-info': '要求补充材料',
  resubmit: '会员补充后重新提交',
  'first-approval': '初审核定，待复核',
  'approve-payee': '确认收款人',
  approve: '批准',
  reject: '驳回',
  withdraw: '会员撤回',
  'start-payment': '生成付款文件',
  'confirm-paid': '银行回单：已打款',
  'payment-failed': '银行回单：打款失败',
}

export const eventText = (event: ClaimEvent): string => {
  const note = event.action === 'upload' && event.note ? (ClaimDocumentKindLabel[event.note as ClaimDocumentKind] ?? event.note) : event.note
  return note ? `${EVENT_LABEL[event.action]}：${note}` : EVENT_LABEL[event.action]
}

export const dateTime = (iso: string): string =>
  new Date(iso).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })

/** Fen as yuan with two decimals, the way a payment file and a bank slip write it. */
export const yuanExact = (fen: number): string => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`

/** Yuan typed by the officer → fen; null for anything that is not a sum with at most two decimals. */
export function parseYuan(text: string): number | null {
  const clean = text.trim().replace(/,/g, '')
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(clean)) return null
  const [whole, cents = ''] = clean.split('.')
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'))
}
