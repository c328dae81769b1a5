import { Image, Text, View } from '@tarojs/components'
import type { MemberCard } from '@unionhub/shared'
import './member-card-view.scss'

/** The electronic member card: who, which unit, since when, and a QR code an officer scans. */
export function MemberCardView({ card }: { card: MemberCard }) {
  return (
    <View className='member-card'>
      <View className='member-card__head'>
        <Text className='member-card__brand'>工会会员电子卡</Text>
        <Text className='member-card__unit'>{card.unit.name}</Text>
      </View>
      <View className='member-card__body'>
        <Text className='member-card__name'>{card.name}</Text>
        <Text className='member-card__row'>会员号　{card.memberNumber}</Text>
        <Text className='member-card__row'>身份证　{card.idNumberMasked}</Text>
        <Text className='member-card__row'>入会日期　{card.joinedOn}</Text>
      </View>
      <View className='member-card__qr'>
        <Image className='member-card__qr-image' src={card.qrDataUrl} mode='aspectFit' />
        <Text className='member-card__qr-note'>请向工会工作人员出示，二维码几分钟后自动更新</Text>
      </View>
    </View>
  )
}
