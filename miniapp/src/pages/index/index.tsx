import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import stationIcon from '@/assets/tabbar/station-active.png'
import aidIcon from '@/assets/tabbar/aid-active.png'
import meIcon from '@/assets/tabbar/me-active.png'
import './index.scss'

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
  return (
    <View className='home'>
      <View className='home__hero'>
        <Text className='home__title'>工会通</Text>
        <Text className='home__slogan'>新就业形态劳动者的娘家人</Text>
      </View>

      <View className='home__entries'>
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
