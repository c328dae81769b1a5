import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import type { TransferSummary } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchTransfers } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import '../officer.scss'

type State = { status: 'loading' } | { status: 'ready'; transfers: TransferSummary[] } | { status: 'failed'; message: string }

/** Requests into or out of the officer's subtree. Handling them comes in a later release. */
export default function Transfers() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(() => {
    fetchTransfers().then(
      (transfers) => setState({ status: 'ready', transfers }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [])
  useDidShow(load)

  if (state.status === 'loading') return <Waiting text='正在加载转接申请…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={load} />
  return (
    <View className='officer'>
      <Text className='officer__muted officer__lead'>已是会员的职工在另一个工会扫码入会时，会在这里生成转接申请。办理功能将在后续版本提供，现在请线下联系双方工会办理。</Text>
      {state.transfers.length === 0 && <Text className='officer__text'>暂无转接申请。</Text>}
      {state.transfers.map((t) => (
        <View key={t.id} className='officer__card'>
          <Text className='officer__title'>
            {t.nameMasked} · {t.memberNumber}
          </Text>
          <Text className='officer__text'>
            从 {t.fromUnit.name} 转到 {t.toUnit.name}
          </Text>
          <Text className='officer__muted'>{new Date(t.createdAt).toLocaleString('zh-CN', { hour12: false })} 申请</Text>
        </View>
      ))}
    </View>
  )
}
