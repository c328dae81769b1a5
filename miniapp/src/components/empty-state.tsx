import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './empty-state.scss'

interface EmptyStateProps {
  title: string
  /** What this tab will do for the worker. */
  purpose: string
  children?: ReactNode
}

/** For a tab whose feature is not built yet: say so plainly, show nothing made up. */
export function EmptyState({ title, purpose, children }: EmptyStateProps) {
  return (
    <View className='empty-state'>
      <Text className='empty-state__title'>{title}</Text>
      <Text className='empty-state__purpose'>{purpose}</Text>
      {children}
      <Text className='empty-state__status'>此功能正在建设中，上线后会在这里直接使用。</Text>
    </View>
  )
}
