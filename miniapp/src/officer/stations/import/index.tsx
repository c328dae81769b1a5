import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type CoordSystem, type ImportField, ImportFieldHeader, ImportMode, type StationImportPreview, type StationImportResult } from '@unionhub/shared'
import { openSpreadsheet, type PickedFile, pickSpreadsheet } from '@/services/media'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { commitImport, downloadTemplate, previewImport } from '@/services/station-admin'
import { Counts, RowErrors } from './import-report'
import '../../officer.scss'
import '../stations.scss'

const SYSTEMS: { value: CoordSystem; label: string }[] = [
  { value: 'gcj02', label: 'GCJ-02（高德、腾讯、微信）' },
  { value: 'bd09', label: 'BD-09（百度地图）' },
  { value: 'wgs84', label: 'WGS-84（GPS 设备）' },
]
const MODES: { value: ImportMode; label: string }[] = [
  { value: ImportMode.ValidRows, label: '导入所有正确的行，跳过有问题的行' },
  { value: ImportMode.AllOrNothing, label: '全部正确才导入，有一行出错就都不导入' },
]
const FIELDS = Object.keys(ImportFieldHeader) as ImportField[]

/** After the result renders, bring it into view: on a phone it is below the fold. */
const scrollToResult = () => Taro.nextTick(() => void Taro.pageScrollTo({ selector: '#import-result', duration: 200 }))

type Step =
  | { status: 'idle' }
  | { status: 'working'; text: string }
  | { status: 'previewed'; preview: StationImportPreview }
  | { status: 'done'; result: StationImportResult }
  | { status: 'failed'; message: string; headers?: string[] }

const failure = (error: unknown): Step => {
  if (!(error instanceof ApiRequestError)) return { status: 'failed', message: UNAVAILABLE_MESSAGE }
  const details = error.details as { headers?: string[] } | undefined
  return { status: 'failed', message: error.message, headers: details?.headers }
}

/** Template, file, coordinate system, preview with row errors, then the import itself. */
export default function ImportStations() {
  const [file, setFile] = useState<PickedFile | null>(null)
  const [system, setSystem] = useState<CoordSystem>('gcj02')
  const [mode, setMode] = useState<ImportMode>(ImportMode.ValidRows)
  const [columns, setColumns] = useState<Partial<Record<ImportField, string>>>({})
  const [step, setStep] = useState<Step>({ status: 'idle' })
  const [template, setTemplate] = useState('')
  const [showColumns, setShowColumns] = useState(false)

  const request = (nextColumns = columns) => (file ? { fileName: file.name, file: file.base64, coordSystem: system, columns: nextColumns } : null)
  const preview = (nextColumns = columns) => {
    const body = request(nextColumns)
    if (!body) return
    setStep({ status: 'working', text: '正在检查文件，行数多时要等一会儿…' })
    previewImport(body).then(
      (result) => {
        setStep({ status: 'previewed', preview: result })
        scrollToResult()
      },
      (error: unknown) => {
        const failed = failure(error)
        // Missing columns: open the column choices so the officer can point at the right ones.
        setShowColumns(Boolean(failed.status === 'failed' && failed.headers))
        setStep(failed)
      },
    )
  }
  const commit = () => {
    const body = request()
    if (!body) return
    setStep({ status: 'working', text: '正在导入，请不要离开这一页…' })
    commitImport({ ...body, mode }).then(
      (result) => {
        setStep({ status: 'done', result })
        scrollToResult()
      },
      (error: unknown) => setStep(failure(error)),
    )
  }
  const choose = () =>
    void pickSpreadsheet().then((picked) => {
      if (!picked) return
      setFile(picked)
      setColumns({})
      setStep({ status: 'idle' })
    })
  const chooseColumn = (field: ImportField, header: string | undefined) => {
    const next = { ...columns, [field]: header }
    if (!header) delete next[field]
    setColumns(next)
    preview(next)
  }
  const headers = step.status === 'previewed' ? step.preview.headers : step.status === 'failed' ? (step.headers ?? []) : []

  return (
    <View className='officer'>
      <View className='officer__card'>
        <Text className='officer__title'>1. 按模板填写</Text>
        <Text className='officer__text'>模板里有表头、一行示例和填写说明。已有台账也可以直接导入，常见的列名能自动识别。</Text>
        <View
          className='st-actions__item'
          onClick={() => {
            setTemplate('正在下载模板…')
            downloadTemplate()
              .then((path) => openSpreadsheet(path, '驿站导入模板.xlsx'))
              .then(() => setTemplate(''), (error: unknown) => setTemplate(error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE))
          }}
        >
          {template === '正在下载模板…' ? template : '下载模板'}
        </View>
        {template && template !== '正在下载模板…' && <View className='officer__error'><Text>{template}</Text></View>}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>2. 选择文件（.xlsx 或 .csv）</Text>
        {file && <Text className='officer__text'>已选：{file.name}</Text>}
        <View className='st-actions__item' onClick={choose}>
          {file ? '换一个文件' : process.env.TARO_ENV === 'weapp' ? '从微信聊天里选文件' : '选择文件'}
        </View>
        <Text className='officer__label'>文件里经纬度的坐标系</Text>
        <View className='pick'>
          {SYSTEMS.map((item) => (
            <View key={item.value} className={item.value === system ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => setSystem(item.value)}>
              {item.label}
            </View>
          ))}
        </View>
        <View className={file ? 'st-actions__item st-actions__item--primary' : 'st-actions__item'} onClick={() => preview()}>
          {file ? '预览检查' : '请先选择文件'}
        </View>
      </View>

      {step.status === 'working' && <View className='officer__ok'><Text>{step.text}</Text></View>}
      {step.status === 'failed' && <View className='officer__error'><Text>{step.message}</Text></View>}

      {step.status === 'previewed' && (
        <View id='import-result' className='officer__card'>
          <Text className='officer__title'>3. 预览：共 {step.preview.totalRows} 行</Text>
          <Counts items={[['新建', step.preview.counts.create], ['更新', step.preview.counts.update], ['不变', step.preview.counts.unchanged], ['有问题', step.preview.counts.invalid]]} />
          <RowErrors errors={step.preview.errors} total={step.preview.errorCount} />
          <Text className='officer__label'>导入方式</Text>
          <View className='pick'>
            {MODES.map((item) => (
              <View key={item.value} className={item.value === mode ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => setMode(item.value)}>
                {item.label}
              </View>
            ))}
          </View>
          <View className='st-actions__item st-actions__item--primary' onClick={commit}>
            确认导入
          </View>
        </View>
      )}

      {headers.length > 0 && step.status !== 'done' && (
        <View className='officer__card'>
          <View className='officer__row' onClick={() => setShowColumns(!showColumns)}>
            <Text className='officer__title'>对应的列</Text>
            <Text className='officer__row-value'>{showColumns ? '收起' : '查看或调整 ›'}</Text>
          </View>
          <Text className='officer__muted'>识别不对或没找到时，点右边选文件里对应的列。</Text>
          {showColumns && FIELDS.map((field) => {
            const current = columns[field] ?? (step.status === 'previewed' ? step.preview.columns[field] : undefined)
            const range = ['（自动识别）', ...headers]
            return (
              <Picker key={field} mode='selector' range={range} value={current ? range.indexOf(current) : 0} onChange={(event) => chooseColumn(field, Number(event.detail.value) === 0 ? undefined : range[Number(event.detail.value)])}>
                <View className='officer__row'>
                  <Text className='officer__row-label'>{ImportFieldHeader[field]}</Text>
                  <Text className='officer__row-value'>{current ?? '（没有这一列）'} ›</Text>
                </View>
              </Picker>
            )
          })}
        </View>
      )}

      {step.status === 'done' && (
        <View id='import-result' className='officer__card'>
          <Text className='officer__title'>{step.result.applied ? '导入完成' : '没有导入：文件里有问题的行'}</Text>
          <Counts items={[['新建', step.result.created], ['更新', step.result.updated], ['不变', step.result.unchanged], ['跳过', step.result.skipped]]} />
          <Text className='officer__muted'>{step.result.applied ? '再次导入同一个文件不会重复新建。' : '请按下面的提示改好文件，再预览一次。'}</Text>
          <RowErrors errors={step.result.errors} total={step.result.errorCount} />
        </View>
      )}
    </View>
  )
}
