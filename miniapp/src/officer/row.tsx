import { Text, View } from '@tarojs/components'

/** A label and its value on one line of an officer's detail card. */
export function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='officer__row'>
      <Text className='officer__row-label'>{label}</Text>
      <Text className='officer__row-value'>{value}</Text>
    </View>
  )
}
