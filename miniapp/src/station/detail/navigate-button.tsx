import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { StationDetail } from '@unionhub/shared'

/** AMap's public URI API: opens the AMap app if installed, else its web map. GCJ-02 is AMap's own system. */
export function amapMarkerUrl(station: Pick<StationDetail, 'lat' | 'lng' | 'name'>): string {
  return `https://uri.amap.com/marker?position=${station.lng},${station.lat}&name=${encodeURIComponent(station.name)}&coordinate=gaode&callnative=1`
}

/** WeChat opens its own map with route options; a browser gets a link to AMap. */
export function NavigateButton({ station }: { station: StationDetail }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View
        className='action action--primary'
        hoverClass='action--pressed'
        onClick={() => void Taro.openLocation({ latitude: station.lat, longitude: station.lng, name: station.name, address: station.address, scale: 17 })}
      >
        <Text>导航去这里</Text>
      </View>
    )
  }
  return (
    <a className='action action--primary' href={amapMarkerUrl(station)} target='_blank' rel='noreferrer'>
      导航去这里（高德地图）
    </a>
  )
}
