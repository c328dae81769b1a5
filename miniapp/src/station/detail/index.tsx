import { useCallback, useEffect, useState } from 'react'
import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { beijingDistrictOf, FacilityLabel, type StationDetail } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { distanceText, openBadge, starsText } from '@/components/station-format'
import { ApiRequestError, apiUrl, UNAVAILABLE_MESSAGE } from '@/services/request'
import { fetchStation } from '@/services/stations'
import { NavigateButton } from './navigate-button'
import { RateVisit } from './rate-visit'
import { WeekHours } from './week-hours'
import './index.scss'

type State = { status: 'loading' } | { status: 'ready'; station: StationDetail } | { status: 'failed'; message: string }

function positionFrom(params: Record<string, string | undefined>) {
  const lat = Number(params.lat)
  const lng = Number(params.lng)
  return params.lat && params.lng && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null
}

export default function StationDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [from] = useState(() => positionFrom(params))
  const [state, setState] = useState<State>({ status: 'loading' })

  const load = useCallback(() => {
    setState({ status: 'loading' })
    fetchStation(id, from).then(
      (station) => {
        setState({ status: 'ready', station })
        void Taro.setNavigationBarTitle({ title: station.name })
      },
      (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [id, from])
  useEffect(load, [load])

  if (state.status === 'loading') return <Waiting text='正在打开驿站…' />
  if (state.status === 'failed') return <Failure message={state.message} hint='请检查网络后重试，或返回列表换一个驿站。' onRetry={load} />

  const { station } = state
  const now = new Date()
  const badge = openBadge(station, now)
  const photos = station.photos.map(apiUrl)
  const district = beijingDistrictOf(station.districtCode)

  return (
    <View className='detail'>
      {photos.length > 0 && (
        <Swiper className='detail__photos' indicatorDots={photos.length > 1} circular>
          {photos.map((url) => (
            <SwiperItem key={url}>
              <Image className='detail__photo' src={url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls: photos, current: url })} />
            </SwiperItem>
          ))}
        </Swiper>
      )}

      <View className='detail__card'>
        <Text className='detail__name'>{station.name}</Text>
        <View className='detail__state'>
          <Text className={`badge badge--${badge.tone}`}>{badge.label}</Text>
          {badge.detail && <Text className='detail__muted'>{badge.detail}</Text>}
          {station.distanceMetres !== null && <Text className='detail__distance'>距您 {distanceText(station.distanceMetres)}</Text>}
        </View>
        {station.starLevel && <Text className='detail__stars'>{starsText(station.starLevel)} {station.starLevel}星驿站</Text>}
        <Text className='detail__address'>
          {district && !station.address.startsWith(district.name) ? `${district.name} · ` : ''}
          {station.address}
        </Text>
        {station.accessNote && <Text className='detail__note'>进站说明：{station.accessNote}</Text>}
        <View className='detail__actions'>
          <NavigateButton station={station} />
          {station.phone && (
            <View className='action' hoverClass='action--pressed' onClick={() => void Taro.makePhoneCall({ phoneNumber: station.phone ?? '' })}>
              <Text>打电话 {station.phone}</Text>
            </View>
          )}
        </View>
      </View>

      <WeekHours hours={station.hours} closures={station.closures} now={now} />

      <View className='detail__card'>
        <Text className='detail__heading'>设施</Text>
        <View className='detail__facilities'>
          {station.facilities.length === 0 && <Text className='detail__muted'>暂未登记设施</Text>}
          {station.facilities.map((facility) => (
            <Text key={facility} className='facility facility--big'>
              {FacilityLabel[facility]}
            </Text>
          ))}
        </View>
      </View>

      <View className='detail__card'>
        <Text className='detail__heading'>
          到访评价{station.rating.count ? `：${station.rating.average} 分（${station.rating.count}人评价）` : ''}
        </Text>
        <RateVisit stationId={station.id} onRated={(rating) => setState({ status: 'ready', station: { ...station, rating } })} />
        <View
          className='action action--quiet'
          hoverClass='action--pressed'
          onClick={() => void Taro.navigateTo({ url: `/station/report/index?id=${station.id}&name=${encodeURIComponent(station.name)}` })}
        >
          <Text>遇到问题？反馈给驿站所属工会</Text>
        </View>
      </View>

      <Text className='detail__footer'>
        {station.verifiedOn ? `工会最后核验：${station.verifiedOn}` : '尚未现场核验'} · 主办：{station.host.name}
      </Text>
    </View>
  )
}
