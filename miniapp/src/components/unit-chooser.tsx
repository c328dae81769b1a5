import { useCallback, useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Failure, Waiting } from '@/components/load-state'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { fetchTransferTargets, searchTargets, type TransferTarget } from '@/services/transfers'
import './unit-chooser.scss'

type TargetsState = { status: 'loading' } | { status: 'ready'; targets: TransferTarget[] } | { status: 'failed'; message: string }

/** Search the union tree for the grassroots union or district pool a member moves to. */
export function UnitChooser({ exceptId, onChoose }: { exceptId: string | null; onChoose: (target: TransferTarget) => void }) {
  const [state, setState] = useState<TargetsState>({ status: 'loading' })
  const [text, setText] = useState('')
  const load = useCallback(() => {
    setState({ status: 'loading' })
    fetchTransferTargets().then(
      (targets) => setState({ status: 'ready', targets: targets.filter((t) => t.id !== exceptId) }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [exceptId])
  useEffect(load, [load])

  if (state.status === 'loading') return <Waiting text='正在加载工会名单…' />
  if (state.status === 'failed') return <Failure message='工会名单没有加载出来' hint={`${state.message}。`} onRetry={load} />
  const found = searchTargets(state.targets, text)
  return (
    <View>
      <Input className='unit-chooser__input' value={text} placeholder='输入单位、街道或区的名字，如“王佐”' onInput={(e) => setText(e.detail.value)} />
      {found.length === 0 && <Text className='unit-chooser__muted'>没有找到“{text}”。换个字试试；单位没有工会的，可以选所在区的新就业形态工会。</Text>}
      {found.map((target) => (
        <View key={target.id} className='unit-chooser__option' hoverClass='unit-chooser__option--pressed' onClick={() => onChoose(target)}>
          <View className='unit-chooser__body'>
            <Text className='unit-chooser__name'>{target.name}</Text>
            <Text className='unit-chooser__muted'>{target.within}</Text>
          </View>
          <Text className='unit-chooser__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
