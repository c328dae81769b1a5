import { Text } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import './index.scss'

export default function Stations() {
  return (
    <EmptyState
      title='暖心驿站'
      purpose='这里将帮您找到离您最近的暖心驿站，看清能喝水、充电、热饭、休息、如厕，以及开放时间和距离。'
    >
      <Text className='stations__free'>找驿站、进驿站都不需要注册或入会。</Text>
    </EmptyState>
  )
}
