import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { JoinClaimAttemptGroup } from '@unionhub/shared'
import { fetchClaimAttempts } from '@/services/officer'

const dayText = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/**
 * 认领异常: others tried to claim a member of this subtree, perhaps through another unit's code.
 * Shown only when there is something; a failed load says so in one line and the queue still works.
 */
export function ClaimAttempts({ reloadKey }: { reloadKey: number }) {
  const [items, setItems] = useState<JoinClaimAttemptGroup[] | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    setFailed(false)
    fetchClaimAttempts().then(
      (list) => setItems(list.items),
      () => setFailed(true),
    )
  }, [reloadKey])

  if (failed) return <Text className='officer__muted officer__lead'>认领异常暂时读不出来，下拉刷新再试。</Text>
  if (!items || items.length === 0) return null
  return (
    <View className='officer__card attempts'>
      <Text className='officer__title'>认领异常（近30天）</Text>
      <Text className='officer__muted'>有人用这些会员的身份证号认领失败。已锁定的，当天只能经您审核通过才能认领；请先联系会员本人核实。</Text>
      {items.map((g) => (
        <View key={`${g.day}-${g.idNumberMasked}`} className='attempts__item'>
          <Text className='entry__title'>
            {g.memberNameMasked} · {g.idNumberMasked}
          </Text>
          <Text className='entry__text'>
            {dayText(g.day)} · {g.count} 次（{g.accounts} 个微信号）{g.locked ? ' · 已锁定，须审核' : ''}
          </Text>
          <Text className='entry__text'>
            经：{g.via.map((v) => `${v.unit?.name ?? '未记录'}${v.channelTitle ? `「${v.channelTitle}」` : ''} ${v.count} 次`).join('；')}
          </Text>
        </View>
      ))}
    </View>
  )
}
