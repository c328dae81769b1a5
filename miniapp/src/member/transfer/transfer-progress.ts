import type { TransferSummary } from '@unionhub/shared'

/** Where a transfer stands, in plain words, and what the member does next. */
export interface TransferProgress {
  title: string
  text: string
  next: string
  /** Still being handled: no new request until it ends. */
  open: boolean
}

export function progressOf(t: TransferSummary): TransferProgress {
  const from = t.fromUnit.name
  const to = t.toUnit.name
  switch (t.status) {
    case 'requested':
      return {
        title: `第 1 步：等${from}同意转出`,
        text: `申请转到${to}，已交给${from}。它同意后，再由${to}接收。`,
        next: '您不用再做什么，每一步有结果都会在“我的消息”里通知您。转出之前可以撤回。',
        open: true,
      }
    case 'released':
      return {
        title: `第 2 步：等${to}接收`,
        text: `${from}已同意转出，现在等${to}接收。`,
        next: '接收后会员卡自动更新，会员号和入会日期不变。有结果会通知您。',
        open: true,
      }
    case 'accepted':
      return { title: '转接已完成', text: `您已是${to}的会员，会员号和入会日期不变。`, next: '打开会员卡就能看到新的所属工会。', open: false }
    case 'refused':
      return {
        title: '转接没有通过',
        text: `${t.refusedBy === 'receiving' ? to : from}不同意这次转接，原因：${t.refuseReason ?? '未说明'}。`,
        next: `您仍是${from}的会员。可以联系该工会了解情况，或改好后重新申请。`,
        open: false,
      }
    case 'cancelled':
      return { title: '已撤回', text: `您撤回了转到${to}的申请。`, next: '需要时可以重新申请。', open: false }
  }
}
