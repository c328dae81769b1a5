import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DevAccount, type OrgUnitNode } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchTownUnits } from '@/services/orgs'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { currentDemoAccount, switchDemoAccount } from '@/services/session'

type UnitsState =
  | { status: 'loading' }
  | { status: 'ready'; units: OrgUnitNode[] }
  | { status: 'failed'; message: string }

const fixedAccounts = [
  { account: DevAccount.Member, label: '会员' },
  { account: DevAccount.MemberB, label: '会员（另一位）' },
  { account: DevAccount.Admin, label: '管理员' },
]

/** Development only: sign in as one of the server's demo accounts. */
export function DemoAccounts() {
  const [current, setCurrent] = useState(currentDemoAccount)
  const [units, setUnits] = useState<UnitsState>({ status: 'loading' })

  const loadUnits = useCallback(() => {
    setUnits({ status: 'loading' })
    fetchTownUnits().then(
      (list) => setUnits({ status: 'ready', units: list }),
      (error: unknown) =>
        setUnits({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [])
  useEffect(loadUnits, [loadUnits])

  const choose = (account: string) => {
    setCurrent(account)
    void switchDemoAccount(account)
  }
  const officers = units.status === 'ready' ? units.units : []

  return (
    <View className='demo'>
      <Text className='demo__title'>演示账号（仅开发环境）</Text>
      <Text className='demo__hint'>选一个身份登录，看看会员、工会工作者和管理员各自看到什么。</Text>
      {[
        ...fixedAccounts,
        ...officers.map((unit) => ({ account: `officer:${unit.code}`, label: `工会工作者 · ${unit.name}` })),
      ].map(({ account, label }) => (
        <View
          key={account}
          className={account === current ? 'demo__choice demo__choice--current' : 'demo__choice'}
          hoverClass='demo__choice--pressed'
          onClick={() => choose(account)}
        >
          <Text className='demo__label'>{label}</Text>
          {account === current && <Text className='demo__mark'>当前</Text>}
        </View>
      ))}
      {units.status === 'loading' && <Waiting text='正在加载各街道、乡镇工会…' />}
      {units.status === 'failed' && (
        <Failure message='街道、乡镇工会列表没有加载出来' hint={`${units.message}。`} onRetry={loadUnits} />
      )}
    </View>
  )
}
