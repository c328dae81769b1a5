import { Text, View } from '@tarojs/components'
import type { DashboardClaimStatus } from '@unionhub/shared'
import { yuanText } from '@/components/aid-format'
import { OFFICER_STATUS } from '../claims/claim-labels'

/** Claims by status as bars of counts, each with the sums claimed and approved written under it. */
export function ClaimStatusBars({ rows }: { rows: DashboardClaimStatus[] }) {
  const shown = rows.filter((row) => row.count > 0)
  if (shown.length === 0) return <Text className='officer__muted'>还没有理赔申请。</Text>
  const max = Math.max(...shown.map((row) => row.count))
  return (
    <View className='bars'>
      {shown.map((row) => (
        <View key={row.status} className='claim-status'>
          <View className='bars__row'>
            <Text className='bars__label'>{OFFICER_STATUS[row.status]}</Text>
            <View className='bars__track'>
              <View className='bars__fill' style={{ width: `${Math.max(4, (row.count / max) * 100)}%` }} />
            </View>
            <Text className='bars__count'>{row.count}</Text>
          </View>
          <Text className='claim-status__amounts'>
            申请 {yuanText(row.claimed)}
            {row.approved > 0 ? ` · 核定 ${yuanText(row.approved)}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
