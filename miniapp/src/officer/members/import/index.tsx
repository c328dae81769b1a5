import { useEffect, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { OrgKind, OrgLevel, type OrgUnitNode, type RosterImportResult, RosterRowOutcomeLabel } from '@unionhub/shared'
import { useSession } from '@/components/use-session'
import { type PickedFile, pickSpreadsheet } from '@/services/media'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { importRoster, reportOf } from '@/services/roster-import'
import { fetchScopeUnits } from '@/services/station-admin'
import { Counts, RowErrors } from '../../stations/import/import-report'
import '../../officer.scss'
import '../../stations/stations.scss'

const COLUMNS: [string, string][] = [
  ['姓名', '与身份证上一致'],
  ['身份证号', '18位；同一个人只写一行'],
  ['手机号', '11位手机号'],
  ['职业', '外卖配送员、快递员、网约车司机、货车司机、保安员、家政服务员、商场信息员 或 其他'],
  ['工作单位', '如 顺丰速运、美团'],
  ['入会日期', '如 2021-05-01 或 2021/5/1'],
  ['会员编号', '可不填；不填或已被占用时自动编号'],
]

const scrollToResult = () => Taro.nextTick(() => void Taro.pageScrollTo({ selector: '#import-result', duration: 200 }))

type Step =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'previewed'; result: RosterImportResult }
  | { status: 'importing'; result: RosterImportResult }
  | { status: 'done'; result: RosterImportResult }
  | { status: 'refused'; result: RosterImportResult }
  | { status: 'failed'; message: string }

/** The unit, a file, a dry run with every row's outcome, then 确认导入: all rows or none. */
export default function ImportRoster() {
  const [units, setUnits] = useState<OrgUnitNode[] | null>(null)
  const [unitIndex, setUnitIndex] = useState(0)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [step, setStep] = useState<Step>({ status: 'idle' })

  const session = useSession()
  const homeId = session.status === 'signed-in' ? session.user.orgUnit?.id : undefined
  useEffect(() => {
    if (!homeId) return
    // Members belong to grassroots unions and district pools, never to a street or district union itself.
    fetchScopeUnits(homeId).then(
      (scope) => setUnits(scope.filter((u) => u.level === OrgLevel.Grassroots || u.kind === OrgKind.NewFormWorkerPool)),
      () => setStep({ status: 'failed', message: '工会列表没有加载出来，请检查网络后返回重进' }),
    )
  }, [homeId])
  const unit = units?.[unitIndex] ?? null
  const busy = step.status === 'checking' || step.status === 'importing'

  const fail = (error: unknown) => {
    const report = reportOf(error)
    if (report) setStep({ status: 'refused', result: report })
    else setStep({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE })
    scrollToResult()
  }
  const choose = () =>
    void pickSpreadsheet().then((picked) => {
      if (!picked) return
      setFile(picked)
      setStep({ status: 'idle' })
    })
  const check = () => {
    if (!file || !unit || busy) return
    setStep({ status: 'checking' })
    importRoster({ unitId: unit.id, fileName: file.name, file: file.base64 }, true).then((result) => {
      setStep({ status: 'previewed', result })
      scrollToResult()
    }, fail)
  }
  const confirm = () => {
    if (!file || !unit || step.status !== 'previewed') return
    setStep({ status: 'importing', result: step.result })
    importRoster({ unitId: unit.id, fileName: file.name, file: file.base64 }, false).then((result) => {
      setStep({ status: 'done', result })
      scrollToResult()
    }, fail)
  }

  const result = 'result' in step ? step.result : null
  return (
    <View className='officer'>
      <View className='officer__card'>
        <Text className='officer__title'>1. 表格要有这几列</Text>
        <Text className='officer__text'>第一行是表头，每个会员一行，最多5000行。</Text>
        {COLUMNS.map(([name, hint]) => (
          <View key={name} className='officer__row'>
            <Text className='officer__row-label'>{name}</Text>
            <Text className='officer__row-value'>{hint}</Text>
          </View>
        ))}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>2. 会员所在的工会</Text>
        {units === null && <Text className='officer__muted'>正在加载工会列表…</Text>}
        {units?.length === 0 && <Text className='officer__muted'>您管辖的范围里没有基层工会，请联系上级工会导入。</Text>}
        {units && units.length > 0 && (
          <Picker mode='selector' range={units.map((u) => u.name)} value={unitIndex} onChange={(event) => { setUnitIndex(Number(event.detail.value)); setStep({ status: 'idle' }) }}>
            <View className='officer__row'>
              <Text className='officer__row-label'>导入到</Text>
              <Text className='officer__row-value'>{unit?.name} ›</Text>
            </View>
          </Picker>
        )}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>3. 选择文件（.xlsx 或 .csv）</Text>
        {file && <Text className='officer__text'>已选：{file.name}</Text>}
        <View className='st-actions'>
          <View className='st-actions__item' onClick={choose}>
            {file ? '换一个文件' : process.env.TARO_ENV === 'weapp' ? '从微信聊天里选文件' : '选择文件'}
          </View>
          {file && unit && (
            <View className={busy ? 'st-actions__item' : 'st-actions__item st-actions__item--primary'} onClick={check}>
              {step.status === 'checking' ? '正在检查…' : '检查并预览'}
            </View>
          )}
        </View>
        <Text className='officer__muted'>先检查，不会写入；确认后才导入。有一行不对，就一行都不导入。同一个文件导入两次不会重复建档。</Text>
      </View>

      {busy && <View className='officer__ok'><Text>{step.status === 'checking' ? '正在逐行检查，行数多时要等一会儿…' : '正在导入，请不要离开这一页…'}</Text></View>}
      {step.status === 'failed' && <View className='officer__error'><Text>{step.message}</Text></View>}

      {result && step.status !== 'checking' && (
        <View id='import-result' className='officer__card'>
          <Text className='officer__title'>
            {step.status === 'done' ? `导入完成：共 ${result.totalRows} 行` : step.status === 'refused' ? '没有导入：文件里有问题的行' : `检查通过：共 ${result.totalRows} 行，还没有导入`}
          </Text>
          {step.status !== 'refused' && <Counts items={[['新建', result.counts.created], ['转接', result.counts.transfer], ['不变', result.counts.unchanged], ['待审核申请', result.counts.pending]]} />}
          {step.status === 'refused' && <Text className='officer__muted'>请按下面的提示改好文件，再点“换一个文件”重新选择。</Text>}
          <RowErrors errors={result.errors} total={result.errorCount} />
          {step.status !== 'refused' && result.rows.map((row) => (
            <View key={row.row} className='officer__row'>
              <Text className='officer__row-label'>第 {row.row} 行 · {row.nameMasked}</Text>
              <Text className='officer__row-value'>{RosterRowOutcomeLabel[row.outcome]}{row.memberNumber ? ` · ${row.memberNumber}` : ''}{row.note ? `（${row.note}）` : ''}</Text>
            </View>
          ))}
          {(step.status === 'previewed' || step.status === 'importing') && (
            <View className='st-actions'>
              <View className={step.status === 'importing' ? 'st-actions__item' : 'st-actions__item st-actions__item--primary'} onClick={confirm}>
                {step.status === 'importing' ? '正在导入…' : '确认导入'}
              </View>
            </View>
          )}
          {step.status === 'done' && <Text className='officer__muted'>新建的会员本人用微信扫本工会的入会码，会员资格就会绑定到他的微信。</Text>}
        </View>
      )}
    </View>
  )
}
