import { Text, View } from '@tarojs/components'
import type { ImportRowError } from '@unionhub/shared'

export function Counts({ items }: { items: [string, number][] }) {
  return (
    <View className='st-counts'>
      {items.map(([label, count]) => (
        <View key={label} className='st-counts__item'>
          <Text className='st-counts__number'>{count}</Text>
          <Text className='st-counts__label'>{label}</Text>
        </View>
      ))}
    </View>
  )
}

/** Each problem as the officer will find it in the spreadsheet: row, column, and what to change. */
export function RowErrors({ errors, total }: { errors: ImportRowError[]; total: number }) {
  if (total === 0) return null
  return (
    <View className='st-errors'>
      <Text className='officer__label'>有问题的行（共 {total} 处{total > errors.length ? `，先显示前 ${errors.length} 处` : ''}）</Text>
      {errors.map((error, i) => (
        <View key={`${error.row}-${error.column}-${i}`} className='st-errors__row'>
          <Text className='st-errors__where'>
            第 {error.row} 行{error.column ? ` · ${error.column}` : ''}
          </Text>
          <Text className='st-errors__reason'>{error.reason}</Text>
        </View>
      ))}
    </View>
  )
}
