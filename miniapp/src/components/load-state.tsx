import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css'
import './load-state.scss'

export function Waiting({ text }: { text: string }) {
  return (
    <View className='load-state' role='status'>
      <Loading className='load-state__spinner' />
      <Text className='load-state__text'>{text}</Text>
    </View>
  )
}

interface FailureProps {
  message: string
  /** What the worker can do about it, said after the message. */
  hint?: string
  actionText?: string
  onRetry: () => void
}

export function Failure({ message, hint = '请检查网络后重试。', actionText = '重试', onRetry }: FailureProps) {
  return (
    <View className='load-state load-state--failed' role='alert'>
      <Text className='load-state__text'>{message}</Text>
      <Text className='load-state__hint'>{hint}</Text>
      <Button className='load-state__action' type='primary' size='large' onClick={onRetry}>
        {actionText}
      </Button>
    </View>
  )
}
