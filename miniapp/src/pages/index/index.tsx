import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import stationIcon from '@/assets/tabbar/station-active.png'
import aidIcon from '@/assets/tabbar/aid-active.png'
import meIcon from '@/assets/tabbar/me-active.png'
import { type JoinDraft, unfinishedJoin } from '@/services/join-draft'
import { sceneFromScan } from '@/services/scene'
import './index.scss'

/** WeChat: scan the code right here. H5: the join page asks for the code instead. */
function scanToJoin() {
  if (process.env.TARO_ENV !== 'weapp') {
    void Taro.navigateTo({ url: '/join/index/index' })
    return
  }
  Taro.scanCode({}).then(
    (result) => {
      const code = sceneFromScan(result)
      if (code) void Taro.navigateTo({ url: `/join/index/index?scene=${code}` })
      else void Taro.showToast({ title: '这不是工会的入会二维码', icon: 'none' })
    },
    () => undefined,
  )
}

const entries = [
  { title: '找驿站', text: '歇脚、喝水、充电、热饭，不用注册', icon: stationIcon, url: '/pages/stations/index' },
  { title: '互助保障', text: '看病、意外的互助理赔和进度', icon: aidIcon, url: '/pages/aid/index' },
  { title: '我的会员', text: '登录状态和会员信息', icon: meIcon, url: '/pages/me/index' },
]

const about =
  '外卖骑手、快递员、网约车和货车司机等新就业形态劳动者，都可以加入所在地的工会。' +
  '工会在街头设有暖心驿站，提供饮水、充电、热饭和休息的地方；会员还可以参加职工互助保障，生病或受伤时申请补助。' +
  '遇到欠薪、工伤等劳动权益问题，也可以找工会帮忙。'

export default function Home() {
  const [unfinished, setUnfinished] = useState<JoinDraft | null>(null)
  useDidShow(() => setUnfinished(unfinishedJoin()))

  return (
    <View className='home'>
      <View className='home__hero'>
        <Text className='home__title'>工会通</Text>
        <Text className='home__slogan'>新就业形态劳动者的娘家人</Text>
      </View>

      <View className='home__entries'>
        <View className='home__entry home__entry--join' hoverClass='home__entry--join-pressed' onClick={scanToJoin}>
          <View className='home__join-mark'>入</View>
          <View className='home__entry-body'>
            <Text className='home__entry-title'>扫码入会</Text>
            <Text className='home__entry-text'>扫工会的二维码，一分钟成为会员</Text>
          </View>
          <Text className='home__entry-arrow'>›</Text>
        </View>
        {unfinished?.target && (
          <View className='home__entry' hoverClass='home__entry--pressed' onClick={() => void Taro.navigateTo({ url: '/join/form/index' })}>
            <View className='home__join-mark home__join-mark--soft'>续</View>
            <View className='home__entry-body'>
              <Text className='home__entry-title'>继续填写入会资料</Text>
              <Text className='home__entry-text'>{unfinished.target.unitName}，填过的都还在</Text>
            </View>
            <Text className='home__entry-arrow'>›</Text>
          </View>
        )}
        {entries.map((entry) => (
          <View
            key={entry.url}
            className='home__entry'
            hoverClass='home__entry--pressed'
            onClick={() => Taro.switchTab({ url: entry.url })}
          >
            <Image className='home__entry-icon' src={entry.icon} />
            <View className='home__entry-body'>
              <Text className='home__entry-title'>{entry.title}</Text>
              <Text className='home__entry-text'>{entry.text}</Text>
            </View>
            <Text className='home__entry-arrow'>›</Text>
          </View>
        ))}
      </View>

      <View className='home__about'>
        <Text className='home__about-title'>关于工会</Text>
        <Text className='home__about-text'>{about}</Text>
      </View>
    </View>
  )
}
