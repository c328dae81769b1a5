import { Text, View } from '@tarojs/components'
import { BEIJING_DISTRICTS, type District } from '@unionhub/shared'
import type { Locating } from './use-finder'

interface DistrictFallbackProps {
  locating: Extract<Locating, 'denied' | 'failed'>
  chosen: string | null
  onChoose: (district: District) => void
  onRelocate: () => void
  onOpenSetting: (() => void) | null
}

/** Without a position the worker picks a district (or searches above); finding a station never needs one. */
export function DistrictFallback({ locating, chosen, onChoose, onRelocate, onOpenSetting }: DistrictFallbackProps) {
  return (
    <View className='fallback'>
      <Text className='fallback__title'>{locating === 'denied' ? '没有获得定位权限' : '暂时没能定位'}</Text>
      <Text className='fallback__text'>请选择您所在的区，或在上面搜索驿站名称、地址。{locating === 'denied' ? '允许定位后可以按距离找最近的驿站。' : ''}</Text>
      <View className='fallback__actions'>
        {onOpenSetting && (
          <View className='fallback__action' hoverClass='fallback__action--pressed' onClick={onOpenSetting}>
            <Text>去设置允许定位</Text>
          </View>
        )}
        <View className='fallback__action' hoverClass='fallback__action--pressed' onClick={onRelocate}>
          <Text>重新定位</Text>
        </View>
      </View>
      <View className='fallback__districts'>
        {BEIJING_DISTRICTS.map((district) => (
          <View
            key={district.code}
            className={district.code === chosen ? 'district district--chosen' : 'district'}
            hoverClass='district--pressed'
            onClick={() => onChoose(district)}
          >
            <Text>{district.name}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
