import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Failure, Waiting } from '@/components/load-state'
import { radiusText } from '@/components/station-format'
import { openLocationSetting } from '@/services/location'
import { DistrictFallback } from './district-fallback'
import { FinderFilters } from './finder-filters'
import { StationCard } from './station-card'
import { StationMap } from './station-map'
import { FARTHEST_METRES, type Where, useFinder } from './use-finder'
import './index.scss'

function whereText(where: Where | null): string {
  if (!where) return '选择区域查找驿站'
  if (where.kind === 'near') return '离您最近的驿站'
  if (where.kind === 'district') return `${where.district.name}的驿站`
  return `“${where.q}”的搜索结果`
}

export default function Stations() {
  const finder = useFinder()
  const { locating, where, list } = finder
  const [text, setText] = useState('')
  const now = new Date()
  const from = where?.kind === 'near' ? where.position : null
  const withoutPosition = locating === 'denied' || locating === 'failed'

  const search = () => finder.search(text)
  const clear = () => {
    setText('')
    finder.clearSearch()
  }

  return (
    <View className='finder'>
      <View className='finder__head'>
        <View className='finder__search'>
          <View className='finder__field'>
            <Input
              className='finder__input'
              value={text}
              placeholder='搜驿站名称、地址或区，如“大兴”'
              confirmType='search'
              maxlength={50}
              onInput={(event) => setText(event.detail.value)}
              onConfirm={search}
            />
          </View>
          <View className='finder__search-button' hoverClass='finder__search-button--pressed' onClick={search}>
            <Text>搜索</Text>
          </View>
        </View>
        <View className='finder__where'>
          <Text className='finder__where-text'>{whereText(where)}</Text>
          {where?.kind === 'search' ? (
            <Text className='finder__link' onClick={clear}>
              清除搜索
            </Text>
          ) : (
            locating === 'located' && (
              <Text className='finder__link' onClick={finder.relocate}>
                刷新位置
              </Text>
            )
          )}
        </View>
        {where?.kind === 'near' && <FinderFilters filters={finder.filters} onChange={finder.setFilters} />}
      </View>

      {locating === 'locating' && !where && <Waiting text='正在获取您的位置…' />}
      {withoutPosition && where?.kind !== 'search' && (
        <DistrictFallback
          locating={locating}
          chosen={where?.kind === 'district' ? where.district.code : null}
          onChoose={finder.chooseDistrict}
          onRelocate={finder.relocate}
          onOpenSetting={process.env.TARO_ENV === 'weapp' && locating === 'denied' ? () => void openLocationSetting().then((granted) => granted && finder.relocate()) : null}
        />
      )}

      {process.env.TARO_ENV === 'weapp' && from && list.status === 'ready' && list.items.length > 0 && <StationMap centre={from} stations={list.items} />}

      {list.status === 'loading' && <Waiting text={where?.kind === 'near' ? '正在查找附近的驿站…' : '正在查找驿站…'} />}
      {list.status === 'failed' && <Failure message={list.message} onRetry={finder.retry} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <View className='finder__empty'>
          <Text className='finder__empty-text'>
            {where?.kind === 'near'
              ? `${radiusText(FARTHEST_METRES)}内没有找到${finder.filters.openNow || finder.filters.facilities.length ? '符合条件的' : ''}驿站，可以按名称或区域查找。`
              : '没有找到相关的驿站，换个词或区域试试。'}
          </Text>
        </View>
      )}
      {list.status === 'ready' && list.items.length > 0 && (
        <View className='finder__list'>
          <Text className='finder__count'>{list.total === null ? '由近到远' : `共 ${list.total} 个驿站`}</Text>
          {list.items.map((station) => (
            <StationCard key={station.id} station={station} now={now} from={from} />
          ))}
          {list.nextOffset !== null && (
            <View className='finder__more' hoverClass='finder__more--pressed' onClick={finder.loadMore}>
              <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
            </View>
          )}
        </View>
      )}

      <Text className='finder__free'>找驿站、进驿站都不需要注册或入会。</Text>
    </View>
  )
}
