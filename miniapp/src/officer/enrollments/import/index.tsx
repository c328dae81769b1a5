import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EnrollmentImportResult } from '@unionhub/shared'
import { importEnrollments } from '@/services/enrollments'
import { type PickedFile, pickSpreadsheet } from '@/services/media'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { Counts, RowErrors } from '../../stations/import/import-report'
import '../../officer.scss'
import '../../stations/stations.scss'

const COLUMNS: [string, string][] = [
  ['会员编号', '如 BJ-DX-YH-SH-2026-000012；没有时填身份证号'],
  ['身份证号', '与会员编号二选一'],
  ['方案代码', '如 XJY-2026、ECBX-2026'],
  ['起始日期', '如 2026-01-01 或 2026/1/1'],
  ['截止日期', '不晚于项目的保障结束日'],
]

/** After the result renders, bring it into view: on a phone it is below the fold. */
const scrollToResult = () => Taro.nextTick(() => void Taro.pageScrollTo({ selector: '#import-result', duration: 200 }))

type Step = { status: 'idle' } | { status: 'working' } | { status: 'done'; result: EnrollmentImportResult } | { status: 'failed'; message: string }

/** The columns, a file, then the import: all rows or none, with every problem by row and column. */
export default function ImportEnrollments() {
  const [file, setFile] = useState<PickedFile | null>(null)
  const [step, setStep] = useState<Step>({ status: 'idle' })

  const choose = () =>
    void pickSpreadsheet().then((picked) => {
      if (!picked) return
      setFile(picked)
      setStep({ status: 'idle' })
    })
  const start = () => {
    if (!file || step.status === 'working') return
    setStep({ status: 'working' })
    importEnrollments({ fileName: file.name, file: file.base64 }).then(
      (result) => {
        setStep({ status: 'done', result })
        scrollToResult()
      },
      (error: unknown) => setStep({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }

  return (
    <View className='officer'>
      <View className='officer__card'>
        <Text className='officer__title'>1. 表格要有这几列</Text>
        <Text className='officer__text'>第一行是表头（上面可以有一行标题），每个会员一行。只能为本单位及下级工会的会员添加。</Text>
        {COLUMNS.map(([name, hint]) => (
          <View key={name} className='officer__row'>
            <Text className='officer__row-label'>{name}</Text>
            <Text className='officer__row-value'>{hint}</Text>
          </View>
        ))}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>2. 选择文件（.xlsx 或 .csv）</Text>
        {file && <Text className='officer__text'>已选：{file.name}</Text>}
        <View className='st-actions'>
          <View className='st-actions__item' onClick={choose}>
            {file ? '换一个文件' : process.env.TARO_ENV === 'weapp' ? '从微信聊天里选文件' : '选择文件'}
          </View>
          {file && (
            <View className={step.status === 'working' ? 'st-actions__item' : 'st-actions__item st-actions__item--primary'} onClick={start}>
              {step.status === 'working' ? '正在导入…' : '开始导入'}
            </View>
          )}
        </View>
        <Text className='officer__muted'>全部正确才导入：有一行不对，就一行都不写入。同一个文件导入两次不会重复添加。</Text>
      </View>

      {step.status === 'working' && <View className='officer__ok'><Text>正在检查并导入，行数多时要等一会儿，请不要离开这一页…</Text></View>}
      {step.status === 'failed' && <View className='officer__error'><Text>{step.message}</Text></View>}

      {step.status === 'done' && (
        <View id='import-result' className='officer__card'>
          <Text className='officer__title'>{step.result.applied ? `导入完成：共 ${step.result.totalRows} 行` : '没有导入：文件里有问题的行'}</Text>
          {step.result.applied && <Counts items={[['新添加', step.result.created], ['更新截止日期', step.result.updated], ['已存在，未改动', step.result.unchanged]]} />}
          <Text className='officer__muted'>{step.result.applied ? '会员在“互助”里就能看到新的保障。' : '请按下面的提示改好文件，再导入一次。'}</Text>
          <RowErrors errors={step.result.errors} total={step.result.errorCount} />
        </View>
      )}
    </View>
  )
}
