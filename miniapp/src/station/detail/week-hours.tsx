import { Text, View } from '@tarojs/components'
import type { DatedClosure, WeeklyHours } from '@unionhub/shared'
import { beijingDate, weekRows } from '@/components/station-format'

interface WeekHoursProps {
  hours: WeeklyHours
  closures: DatedClosure[]
  now: Date
}

/** The whole week with today marked, then the dates the station is closed whatever the week says. */
export function WeekHours({ hours, closures, now }: WeekHoursProps) {
  const today = beijingDate(now)
  const coming = closures.filter((closure) => closure.to >= today)
  return (
    <View className='detail__card'>
      <Text className='detail__heading'>每周开放时间</Text>
      {weekRows(hours, now).map((row) => (
        <View key={row.day} className={row.today ? 'hours hours--today' : 'hours'}>
          <Text className='hours__day'>{row.today ? `${row.label}（今天）` : row.label}</Text>
          <Text className='hours__text'>{row.text}</Text>
        </View>
      ))}
      {coming.map((closure) => (
        <Text key={`${closure.from}-${closure.to}`} className='detail__closure'>
          {closure.from === closure.to ? closure.from : `${closure.from} 至 ${closure.to}`} 闭站：{closure.reason}
        </Text>
      ))}
    </View>
  )
}
