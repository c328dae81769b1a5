import { Text, View } from '@tarojs/components'

/** A whole-row checkbox: the row is the tap target, not the small box. */
export function ConsentRow({ checked, label, onToggle }: { checked: boolean; label: string; onToggle: () => void }) {
  return (
    <View className='consent' role='checkbox' aria-checked={checked} onClick={onToggle}>
      <View className={checked ? 'consent__box consent__box--checked' : 'consent__box'}>{checked ? '✓' : ''}</View>
      <Text className='consent__label'>{label}</Text>
    </View>
  )
}
