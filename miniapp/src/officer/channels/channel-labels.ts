import type { JoinChannelState } from '@unionhub/shared'

export const stateLabel: Record<JoinChannelState, string> = { open: '使用中', 'not-started': '未开始', expired: '已过期' }
