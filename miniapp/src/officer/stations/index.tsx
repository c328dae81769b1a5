import { useCallback, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { type ManagedStationListResponse, StationStatus, StationStatusLabel } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { openSpreadsheet } from '@/services/media'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { downloadExport, fetchManagedStations } from '@/services/station-admin'
import '../officer.scss'
import './stations.scss'

type State = { status: 'loading' } | { status: 'ready'; page: ManagedStationListResponse } | { status: 'failed'; message: string }

const tabs: { status: StationStatus | undefined; label: string }[] = [
  { status: undefined, label: '全部' },
  { status: StationStatus.Open, label: '开放' },
  { status: StationStatus.Suspended, label: '暂停' },
  { status: StationStatus.Closed, label: '已关闭' },
]

const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** The stations of the officer's subtree; stations with three or more open reports come first. */
export default function ManagedStations() {
  const [status, setStatus] = useState<StationStatus | undefined>(undefined)
  const [text, setText] = useState('')
  const [state, setState] = useState<State>({ status: 'loading' })
  const [exporting, setExporting] = useState<'idle' | 'working' | string>('idle')

  const load = useCallback((which: StationStatus | undefined, q: string) => {
    setState({ status: 'loading' })
    fetchManagedStations({ status: which, q }).then(
      (page) => setState({ status: 'ready', page }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    )
  }, [])
  useDidShow(() => load(status, text))

  const loadMore = () => {
    if (state.status !== 'ready' || state.page.nextOffset === null) return
    const before = state.page
    fetchManagedStations({ status, q: text }, before.nextOffset ?? 0).then(
      (page) => setState({ status: 'ready', page: { ...page, items: [...before.items, ...page.items] } }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    )
  }

  const exportAll = () => {
    setExporting('working')
    downloadExport()
      .then((path) => openSpreadsheet(path, `驿站导出-${new Date().toISOString().slice(0, 10)}.xlsx`))
      .then(
        () => setExporting('idle'),
        (error: unknown) => setExporting(`导出没有成功：${messageOf(error)}`),
      )
  }

  const go = (url: string) => void Taro.navigateTo({ url })

  return (
    <View className='officer'>
      <View className='st-actions'>
        <View className='st-actions__item st-actions__item--primary' hoverClass='entry--pressed' onClick={() => go('/officer/stations/edit/index')}>
          新建驿站
        </View>
        <View className='st-actions__item' hoverClass='entry--pressed' onClick={() => go('/officer/stations/import/index')}>
          导入
        </View>
        <View className='st-actions__item' hoverClass='entry--pressed' onClick={exporting === 'working' ? undefined : exportAll}>
          {exporting === 'working' ? '正在导出…' : '导出'}
        </View>
      </View>
      {exporting !== 'idle' && exporting !== 'working' && <View className='officer__error'><Text>{exporting}</Text></View>}
      <View className='entry' hoverClass='entry--pressed' onClick={() => go('/officer/stations/reports/index')}>
        <View className='entry__body'>
          <Text className='entry__title'>驿站反馈</Text>
          <Text className='entry__text'>会员反馈的问题，处理并写明结果</Text>
        </View>
        <Text className='entry__arrow'>›</Text>
      </View>

      <Input
        className='officer__input'
        value={text}
        placeholder='按名称或地址查找'
        confirmType='search'
        onInput={(event) => setText(event.detail.value)}
        onConfirm={() => load(status, text)}
      />
      <View className='officer__button' />
      <View className='tabs'>
        {tabs.map((tab) => (
          <View
            key={tab.label}
            className={tab.status === status ? 'tabs__tab tabs__tab--current' : 'tabs__tab'}
            onClick={() => {
              setStatus(tab.status)
              load(tab.status, text)
            }}
          >
            {tab.label}
          </View>
        ))}
      </View>

      {state.status === 'loading' && <Waiting text='正在加载驿站…' />}
      {state.status === 'failed' && <Failure message={state.message} onRetry={() => load(status, text)} />}
      {state.status === 'ready' && (
        <>
          <Text className='officer__muted'>共 {state.page.total} 个驿站</Text>
          <View className='officer__button' />
          {state.page.items.map((station) => (
            <View key={station.id} className='entry st-entry' hoverClass='entry--pressed' onClick={() => go(`/officer/stations/edit/index?id=${station.id}`)}>
              <View className='entry__body'>
                <Text className='entry__title'>{station.name}</Text>
                <Text className='entry__text'>
                  {station.host.name} · {station.verifiedOn ? `核验 ${station.verifiedOn}` : '未核验'}
                </Text>
                <View className='st-tags'>
                  <Text className={`st-tag st-tag--${station.status}`}>{StationStatusLabel[station.status]}</Text>
                  {station.openReports > 0 && <Text className='st-tag st-tag--flag'>{station.flagged ? `多次反馈 · ${station.openReports} 条待处理` : `${station.openReports} 条待处理反馈`}</Text>}
                </View>
              </View>
              <Text className='entry__arrow'>›</Text>
            </View>
          ))}
          {state.page.nextOffset !== null && (
            <View className='st-actions__item' onClick={loadMore}>
              加载更多
            </View>
          )}
        </>
      )}
    </View>
  )
}
