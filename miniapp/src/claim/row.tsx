import { Text, View } from '@tarojs/components'

/** A label and its value on one line, for the claim's summary. */
export function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='claim__row'>
      <Text className='claim__row-label'>{label}</Text>
      <Text className='claim__row-value'>{value}</Text>
    </View>
  )
}
