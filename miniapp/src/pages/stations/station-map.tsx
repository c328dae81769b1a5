import { useState } from 'react'
import { Map } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { LatLng, StationListItem } from '@unionhub/shared'
import markerIcon from '@/assets/station-marker.png'
import { detailUrl } from './station-card'

interface StationMapProps {
  centre: LatLng
  stations: StationListItem[]
}

/** WeChat's map with a marker per listed station; tapping one opens it. The H5 build shows the list only. */
export function StationMap({ centre, stations }: StationMapProps) {
  // A map that fails to load (old WeChat, no network for tiles) steps aside: the list below has it all.
  const [broken, setBroken] = useState(false)
  if (broken) return null
  const markers = stations.map((station, index) => ({
    id: index,
    latitude: station.lat,
    longitude: station.lng,
    iconPath: markerIcon,
    width: 32,
    height: 40,
    ariaLabel: station.name,
    callout: {
      content: station.name,
      display: 'BYCLICK' as const,
      padding: 8,
      borderRadius: 8,
      borderWidth: 0,
      borderColor: '#ffffff',
      anchorX: 0,
      anchorY: 0,
      fontSize: 14,
      color: '#1f1f1f',
      bgColor: '#ffffff',
      textAlign: 'center' as const,
    },
  }))
  return (
    <Map
      className='finder__map'
      latitude={centre.lat}
      longitude={centre.lng}
      scale={14}
      showLocation
      markers={markers}
      onError={() => setBroken(true)}
      onMarkerTap={(event) => {
        const station = stations[Number(event.detail.markerId)]
        if (station) void Taro.navigateTo({ url: detailUrl(station.id, centre) })
      }}
    />
  )
}
