import { useCallback, useState } from 'react'
import { Image, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { type ReportQueueResponse, ReportKindLabel, type StationReportView } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { ApiRequestError, apiUrl, UNAVAILABLE_MESSAGE } from '@/services/request'
import { fetchReportQueue, resolveReport } from '@/services/station-admin'
import '../../officer.scss'
import '../stations.scss'

type State = { status: 'loading' } | { status: 'ready'; queue: ReportQueueResponse } | { status: 'failed'; message: string }

const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })

/** One report with the officer's answer: what was done, written down, then it leaves the queue. */
function ReportItem({ report, onResolved }: { report: StationReportView; onResolved: () => void }) {
  const [note, setNote] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState('')
  const resolve = () => {
    if (sending) return
    setSending(true)
    setError('')
    resolveReport(report.id, note).then(onResolved, (failure: unknown) => {
      setSending(false)
      setError(messageOf(failure))
    })
  }
  return (
    <View className='st-report'>
      <View className='st-report__head'>
        <Text className='st-report__kind'>{ReportKindLabel[report.kind]}</Text>
        <Text className='st-report__time'>{when(report.createdAt)}</Text>
      </View>
      {report.note && <Text className='st-report__note'>{report.note}</Text>}
      {report.photoUrl && <Image className='st-report__photo' src={apiUrl(report.photoUrl)} mode='aspectFill' onClick={() => void Taro.previewImage({ urls: [apiUrl(report.photoUrl ?? '')] })} />}
      <Input className='officer__input' value={note} placeholder='处理结果，例如：已联系站点，恢复开放' maxlength={200} onInput={(event) => setNote(event.detail.value)} />
      {error && <View className='officer__error'><Text>{error}</Text></View>}
      <View className='st-actions__item' onClick={resolve}>
        {sending ? '正在提交…' : '已处理'}
      </View>
    </View>
  )
}

/** Open reports of the subtree's stations; stations with three or more come first. */
export default function StationReports() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(() => {
    setState({ status: 'loading' })
    fetchReportQueue().then(
      (queue) => setState({ status: 'ready', queue }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    )
  }, [])
  useDidShow(load)

  if (state.status === 'loading') return <Waiting text='正在加载反馈…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={load} />
  const { stations } = state.queue
  return (
    <View className='officer'>
      {stations.length === 0 && (
        <View className='officer__ok'>
          <Text>没有待处理的反馈。</Text>
        </View>
      )}
      {stations.map((station) => (
        <View key={station.id} className='officer__card'>
          <Text className='officer__title'>{station.name}</Text>
          <Text className='officer__muted'>
            {station.host.name} · {station.address}
          </Text>
          <View className='st-tags'>
            <Text className='st-tag st-tag--flag'>{station.flagged ? `多次反馈：${station.openReports} 条未处理` : `${station.openReports} 条未处理`}</Text>
          </View>
          {station.reports.map((report) => (
            <ReportItem key={report.id} report={report} onResolved={load} />
          ))}
        </View>
      ))}
    </View>
  )
}
