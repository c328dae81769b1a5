import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OrgUnitNode } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchPools } from '@/services/join'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'

type PoolsState = { status: 'loading' } | { status: 'ready'; pools: OrgUnitNode[] } | { status: 'failed'; message: string }

/** The districts' pools for workers whose employer has no union, chosen by where they live or work. */
export function PoolChooser({ onChoose }: { onChoose: (pool: OrgUnitNode) => void }) {
  const [state, setState] = useState<PoolsState>({ status: 'loading' })
  const load = useCallback(() => {
    setState({ status: 'loading' })
    fetchPools().then(
      (pools) => setState({ status: 'ready', pools }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [])
  useEffect(load, [load])

  return (
    <View className='join__card'>
      <Text className='join__title'>选择所在区的新就业形态工会</Text>
      <Text className='join__note'>单位或平台还没有建立工会的，可以先加入居住地或工作地所在区的新就业形态工会，由区总工会审核。</Text>
      {state.status === 'loading' && <Waiting text='正在加载各区工会…' />}
      {state.status === 'failed' && <Failure message='各区工会列表没有加载出来' hint={`${state.message}。`} onRetry={load} />}
      {state.status === 'ready' &&
        state.pools.map((pool) => (
          <View key={pool.id} className='pool' hoverClass='pool--pressed' onClick={() => onChoose(pool)}>
            <Text className='pool__name'>{pool.name}</Text>
            <Text className='pool__arrow'>›</Text>
          </View>
        ))}
    </View>
  )
}
