import { Text, View } from '@tarojs/components'

/** A horizontal bar chart of labelled counts: reads at arm's length, numbers written beside each bar. */
export function Bars({ rows }: { rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count))
  if (rows.length === 0) return <Text className='officer__muted'>这段时间没有新会员。</Text>
  return (
    <View className='bars'>
      {rows.map((row) => (
        <View key={row.label} className='bars__row'>
          <Text className='bars__label'>{row.label}</Text>
          <View className='bars__track'>
            <View className='bars__fill' style={{ width: `${Math.max(4, (row.count / max) * 100)}%` }} />
          </View>
          <Text className='bars__count'>{row.count}</Text>
        </View>
      ))}
    </View>
  )
}
