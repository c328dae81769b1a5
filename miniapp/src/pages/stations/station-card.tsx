import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { LatLng, StationListItem } from '@unionhub/shared'
import { distanceText, FacilityShort, openBadge, starsText } from '@/components/station-format'

/** Facilities a card shows before "等N项": enough to decide, short enough for one or two lines. */
const SHOWN_FACILITIES = 6

interface StationCardProps {
  station: StationListItem
  now: Date
  /** Where the worker is, so the detail page can show the distance too. */
  from: LatLng | null
}

export function detailUrl(id: string, from: LatLng | null): string {
  const position = from ? `&lat=${from.lat.toFixed(6)}&lng=${from.lng.toFixed(6)}` : ''
  return `/station/detail/index?id=${id}${position}`
}

export function StationCard({ station, now, from }: StationCardProps) {
  const badge = openBadge(station, now)
  const facilities = station.facilities.slice(0, SHOWN_FACILITIES)
  const more = station.facilities.length - facilities.length
  return (
    <View className='station-card' hoverClass='station-card--pressed' onClick={() => void Taro.navigateTo({ url: detailUrl(station.id, from) })}>
      <View className='station-card__top'>
        <Text className='station-card__name'>{station.name}</Text>
        {station.distanceMetres !== null && <Text className='station-card__distance'>{distanceText(station.distanceMetres)}</Text>}
      </View>
      <View className='station-card__state'>
        <Text className={`badge badge--${badge.tone}`}>{badge.label}</Text>
        {badge.detail && <Text className='station-card__next'>{badge.detail}</Text>}
        {station.starLevel && (
          <Text className='station-card__stars' aria-label={`${station.starLevel}星驿站`}>
            {starsText(station.starLevel)}
          </Text>
        )}
      </View>
      <Text className='station-card__address'>{station.address}</Text>
      {facilities.length > 0 && (
        <View className='station-card__facilities'>
          {facilities.map((facility) => (
            <Text key={facility} className='facility'>
              {FacilityShort[facility]}
            </Text>
          ))}
          {more > 0 && <Text className='facility facility--more'>等{station.facilities.length}项</Text>}
        </View>
      )}
    </View>
  )
}
