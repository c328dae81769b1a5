import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { PayoutBatchStatus, PayoutImportResult, PayoutOverview } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { createPayoutBatch, fetchPayouts, importBankResult } from '@/services/aid-review'
import { pickSpreadsheet, saveAndOpenSpreadsheet } from '@/services/media'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { dateTime, yuanExact } from '../claims/claim-labels'
import '../officer.scss'
import '../claims/claims.scss'

type State = { status: 'loading' } | { status: 'ready'; overview: PayoutOverview } | { status: 'failed'; message: string }
type Notice = { ok: boolean; text: string }

const BATCH_STATUS: Record<PayoutBatchStatus, string> = { waiting: '等待银行回单', partial: '部分已回单', settled: '已全部回单' }
const OUTCOME = { paid: '已赔付', failed: '打款失败，退回待打款', unchanged: '未变化' } as const
// WeChat's document viewer opens spreadsheets but not CSV.
const FORMATS: ('xlsx' | 'csv')[] = process.env.TARO_ENV === 'weapp' ? ['xlsx'] : ['xlsx', 'csv']
const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** Approved claims out to the bank as a payment file; the bank's result file back in, row by row. */
export default function Payouts() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx')
  const [working, setWorking] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [results, setResults] = useState<Record<string, PayoutImportResult>>({})

  const load = useCallback(
    (quiet = false) => {
      if (!quiet) setState({ status: 'loading' })
      return fetchPayouts().then(
        (overview) => setState({ status: 'ready', overview }),
        (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
      )
    },
    [],
  )
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const generate = async (count: number) => {
    const { confirm } = await Taro.showModal({
      title: '生成付款文件',
      content: `${count} 份申请将转为“打款中”。文件里有完整的银行卡号，生成会留下记录，请妥善保管。`,
      confirmText: '生成',
    })
    if (!confirm) return
    setWorking('正在生成付款文件…')
    setNotice(null)
    try {
      const file = await createPayoutBatch(format)
      await saveAndOpenSpreadsheet(file.bytes, file.fileName)
      setNotice({ ok: true, text: `已生成付款文件“${file.fileName}”。请交银行打款，拿到银行回单后在下面的批次里导入。` })
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) })
    } finally {
      setWorking(null)
      await load(true)
    }
  }

  const importResult = async (batchId: string) => {
    const picked = await pickSpreadsheet()
    if (!picked) return
    setWorking('正在导入银行回单…')
    setNotice(null)
    try {
      const result = await importBankResult(batchId, picked.base64)
      setResults({ ...results, [batchId]: result })
      setNotice({ ok: true, text: `回单已导入：${result.paid} 笔已赔付，${result.failed} 笔失败，${result.skipped.length} 行未变化。` })
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) })
    } finally {
      setWorking(null)
      await load(true)
    }
  }

  if (state.status === 'loading') return <Waiting text='正在加载待打款的申请…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={() => void load()} />
  const { ready, batches, total } = state.overview

  return (
    <View className='officer'>
      {working && <View className='officer__ok'>{working}</View>}
      {notice && <View className={notice.ok ? 'officer__ok' : 'officer__error'}>{notice.text}</View>}
      <View className='officer__card'>
        <Text className='officer__title'>待打款</Text>
        <Text className='cl-amount'>{yuanExact(ready.amount)}</Text>
        <Text className='officer__text'>{ready.count > 0 ? `共 ${ready.count} 份已批准的申请，一次最多 500 份。` : '现在没有已批准、等待打款的申请。'}</Text>
        {FORMATS.length > 1 && (
          <View className='pick'>
            {FORMATS.map((value) => (
              <View key={value} className={value === format ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => setFormat(value)}>
                {value === 'xlsx' ? 'Excel（.xlsx）' : 'CSV（.csv）'}
              </View>
            ))}
          </View>
        )}
        <View className='officer__button'>
          <Button type='primary' size='large' block loading={working === '正在生成付款文件…'} disabled={Boolean(working) || ready.count === 0} onClick={() => void generate(ready.count)}>
            生成付款文件
          </Button>
        </View>
      </View>

      <Text className='officer__muted officer__lead'>付款批次（共 {total} 个）</Text>
      {batches.length === 0 && (
        <View className='officer__card'>
          <Text className='officer__text'>还没有付款批次。生成付款文件后，批次会出现在这里。</Text>
        </View>
      )}
      {batches.map((batch) => (
        <View key={batch.id} className='officer__card'>
          <Text className='officer__title'>
            {dateTime(batch.createdAt)} · {BATCH_STATUS[batch.status]}
          </Text>
          <View className='officer__row'>
            <Text className='officer__row-label'>批次号</Text>
            <Text className='officer__row-value'>{batch.id.slice(0, 8)}</Text>
          </View>
          <View className='officer__row'>
            <Text className='officer__row-label'>工会</Text>
            <Text className='officer__row-value'>{batch.orgUnitName}</Text>
          </View>
          <View className='officer__row'>
            <Text className='officer__row-label'>笔数 / 金额</Text>
            <Text className='officer__row-value'>
              {batch.claimCount} 笔 / {yuanExact(batch.totalAmount)}
            </Text>
          </View>
          <View className='officer__row'>
            <Text className='officer__row-label'>已赔付 / 失败</Text>
            <Text className='officer__row-value'>
              {batch.paidCount} / {batch.failedCount}
            </Text>
          </View>
          {batch.status !== 'settled' && (
            <View className='officer__button'>
              <Button size='large' block disabled={Boolean(working)} onClick={() => void importResult(batch.id)}>
                导入银行回单
              </Button>
            </View>
          )}
          {results[batch.id] && (
            <View>
              <Text className='officer__label'>回单逐行结果</Text>
              {results[batch.id].rows.map((row) => (
                <View key={row.row} className='officer__row'>
                  <Text className='officer__row-label'>
                    第 {row.row} 行 · {row.claimId.slice(0, 8)}
                  </Text>
                  <Text className='officer__row-value'>
                    {OUTCOME[row.outcome]}
                    {row.reason ? `（${row.reason}）` : ''}
                  </Text>
                </View>
              ))}
            </View>
          )}
        </View>
      ))}
      <Text className='officer__muted'>银行回单为 Excel 或 CSV，列为：理赔编号、结果（成功/失败）、说明。重复导入同一个文件不会重复记账。</Text>
    </View>
  )
}
