import { useEffect, useState } from 'react'
import { Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { chinaDate, JoinChannelKind, JoinChannelKindLabel, type OrgUnitNode, ReviewMode } from '@unionhub/shared'
import { useSession } from '@/components/use-session'
import { createChannel, fetchSubtree } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import '../../officer.scss'

const flatten = (unit: OrgUnitNode): OrgUnitNode[] => [unit, ...unit.children.flatMap(flatten)]
const dayAfter = (days: number) => chinaDate(new Date(Date.now() + days * 86_400_000))

/** Title, unit, validity, review mode and an optional welcome gift; the code is made by the server. */
export default function CreateChannel() {
  const session = useSession()
  const home = session.status === 'signed-in' ? session.user.orgUnit : null
  const [units, setUnits] = useState<OrgUnitNode[]>([])
  const [form, setForm] = useState({ title: '', kind: JoinChannelKind.Event as JoinChannelKind, unitId: '', reviewMode: ReviewMode.Auto as ReviewMode, validFrom: dayAfter(0), validUntil: dayAfter(0), welcomeGift: '' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  useEffect(() => {
    if (!home) return
    fetchSubtree(home.id).then(
      (tree) => {
        setUnits(flatten(tree))
        setForm((f) => ({ ...f, unitId: f.unitId || tree.id }))
      },
      () => setError('下级工会列表没有加载出来，请返回后重试。'),
    )
  }, [home?.id])

  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }))
  const unitIndex = Math.max(units.findIndex((u) => u.id === form.unitId), 0)

  const submit = async () => {
    if ([...form.title.trim()].length < 2) {
      setError('请给二维码起个名字，如“瀛海镇首航超市职工沟通会”。')
      return
    }
    setBusy(true)
    setError('')
    try {
      const channel = await createChannel({ ...form, title: form.title.trim(), welcomeGift: form.welcomeGift.trim() || undefined })
      await Taro.redirectTo({ url: `/officer/channels/detail/index?id=${channel.id}` })
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : UNAVAILABLE_MESSAGE)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='officer'>
      <View className='officer__card'>
        <Text className='officer__label'>名称</Text>
        <Input className='officer__input' value={form.title} maxlength={40} placeholder='如：瀛海镇首航超市职工沟通会' onInput={(e) => set({ title: e.detail.value })} />
        <Text className='officer__label'>用在哪里</Text>
        <View className='pick'>
          {Object.values(JoinChannelKind).map((kind) => (
            <View key={kind} className={kind === form.kind ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => set({ kind })}>
              {JoinChannelKindLabel[kind]}
            </View>
          ))}
        </View>
        <Text className='officer__label'>入会职工加入哪个工会</Text>
        <Picker mode='selector' range={units.map((u) => u.name)} value={unitIndex} onChange={(e) => set({ unitId: units[Number(e.detail.value)].id })}>
          <View className='officer__picker'>
            <Text>{units[unitIndex]?.name ?? '正在加载…'}</Text>
            <Text className='officer__arrow'>›</Text>
          </View>
        </Picker>
        <Text className='officer__label'>审核方式</Text>
        <View className='pick'>
          <View className={form.reviewMode === ReviewMode.Auto ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => set({ reviewMode: ReviewMode.Auto })}>
            自动通过，当场发卡
          </View>
          <View className={form.reviewMode === ReviewMode.Review ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => set({ reviewMode: ReviewMode.Review })}>
            工会审核后发卡
          </View>
        </View>
        <Text className='officer__label'>有效期</Text>
        <Picker mode='date' value={form.validFrom} start={dayAfter(0)} onChange={(e) => set({ validFrom: e.detail.value })}>
          <View className='officer__picker'>
            <Text>从 {form.validFrom}</Text>
            <Text className='officer__arrow'>›</Text>
          </View>
        </Picker>
        <Picker mode='date' value={form.validUntil} start={form.validFrom} onChange={(e) => set({ validUntil: e.detail.value })}>
          <View className='officer__picker'>
            <Text>到 {form.validUntil}（含当天）</Text>
            <Text className='officer__arrow'>›</Text>
          </View>
        </Picker>
        <Text className='officer__label'>入会礼（可不填）</Text>
        <Input className='officer__input' value={form.welcomeGift} maxlength={60} placeholder='如：免费理发券' onInput={(e) => set({ welcomeGift: e.detail.value })} />
      </View>
      {error && <View className='officer__error'>{error}</View>}
      <Button type='primary' size='large' block loading={busy} disabled={busy || !form.unitId} onClick={() => void submit()}>
        {busy ? '正在生成…' : '生成入会二维码'}
      </Button>
    </View>
  )
}
