import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { Failure, Waiting } from '@/components/load-state'
import { MemberCardView } from '@/components/member-card-view'
import { SubscribeButton } from '@/components/subscribe-button'
import { useMemberCard } from '@/components/use-member-card'
import { fetchMyApplications } from '@/services/join'
import { loadResult } from '@/services/join-draft'
import { type ResultStage, stageOfApplications, stageOfResult } from './result-stage'
import '../join.scss'

/** Screen 3 of 3: the card, or 待审核 until an officer decides. */
export default function JoinResult() {
  const [stored] = useState(loadResult)
  const [stage, setStage] = useState<ResultStage>(() => stageOfResult(stored))
  const [checking, setChecking] = useState(false)
  const [checkFailed, setCheckFailed] = useState('')
  const hasCard = stage.status === 'member' || stage.status === 'transfer'
  const card = useMemberCard(hasCard)

  const check = useCallback(() => {
    setChecking(true)
    setCheckFailed('')
    fetchMyApplications()
      .then(
        (applications) => setStage((previous) => stageOfApplications(applications, previous)),
        () => setCheckFailed('网络不好，没能查到最新结果，请稍后再点“刷新”。'),
      )
      .finally(() => setChecking(false))
  }, [])
  useDidShow(check)

  return (
    <View className='join'>
      <Text className='join__steps'>第 3 步，共 3 步：入会结果</Text>
      {stage.status === 'loading' && <Waiting text='正在查询入会结果…' />}
      {stage.status === 'none' && (
        <View className='join__card'>
          <Text className='join__title'>还没有入会申请</Text>
          <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: '/join/index/index' })}>
            去入会
          </Button>
        </View>
      )}
      {stage.status === 'pending' && (
        <View className='join__card'>
          <Text className='join__unit'>已提交，待审核</Text>
          <Text className='join__text'>{stage.unitName}会尽快审核您的入会申请，结果会在“我的—消息”里通知您。</Text>
          <SubscribeButton topic='join-result' label='审核结果用微信通知我' done='好的，审核结果出来后会用微信通知您。' fallback='没有订阅成功，审核结果仍会在“我的—消息”里告诉您。' />
          <View className='join__actions'>
            <Button type='primary' size='large' block loading={checking} onClick={check}>
              {checking ? '正在刷新…' : '刷新审核结果'}
            </Button>
          </View>
        </View>
      )}
      {stage.status === 'rejected' && (
        <View className='join__card'>
          <Text className='join__unit'>入会申请未通过</Text>
          <Text className='join__text'>{stage.unitName}的意见：{stage.reason}</Text>
          <View className='join__actions'>
            <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: '/join/form/index' })}>
              修改后重新提交
            </Button>
          </View>
        </View>
      )}
      {stage.status === 'member' && (
        <View className='join__success'>
          <Text className='join__success-title'>入会成功！</Text>
          <Text className='join__success-text'>欢迎加入{stage.unitName}</Text>
        </View>
      )}
      {stage.status === 'transfer' && (
        <View className='join__card'>
          <Text className='join__title'>您已经是工会会员</Text>
          <Text className='join__text'>
            {stage.fromUnit ? `您现在是${stage.fromUnit}会员。` : ''}已向{stage.toUnit}申请组织关系转接，办好后会通知您；在此之前请继续使用下面的会员卡。
          </Text>
        </View>
      )}
      {hasCard && stored?.welcomeGift && stage.status === 'member' && <Text className='join__gift'>凭会员卡领取入会礼：{stored.welcomeGift}</Text>}
      {hasCard && card.state.status === 'loading' && <Waiting text='正在生成电子会员卡…' />}
      {hasCard && card.state.status === 'failed' && <Failure message={card.state.message} onRetry={card.reload} />}
      {hasCard && card.state.status === 'ready' && <MemberCardView card={card.state.card} />}
      {checkFailed && <View className='join__error'>{checkFailed}</View>}
      {hasCard && card.state.status === 'ready' && (
        <View className='join__link' onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
          回到首页（会员卡随时在“我的”里）
        </View>
      )}
    </View>
  )
}
