import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { chinaDate, EXPORT_REASON_MAX_LENGTH, EXPORT_REASON_MIN_LENGTH, ExportKind } from '@unionhub/shared'
import { useSession } from '@/components/use-session'
import { downloadAndOpenExport, type ExportQuery } from '@/services/exports'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { ReasonForm } from '../reason-form'
import '../officer.scss'
import './exports.scss'

type Progress = { kind: ExportKind; bytes: number } | null
type Outcome = { ok: true; text: string } | { ok: false; text: string } | null

const QUICK_REASONS = ['会员实名制年度核对', '上级工会要求报送花名册', '互助保障参保名单核对'] as const

const dayBefore = (days: number): string => chinaDate(new Date(Date.now() - days * 86_400_000))
const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1)
const messageOf = (error: unknown): string => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** The four Excel exports of the officer's subtree; whole ID numbers only with a stated reason. */
export default function Exports() {
  const session = useSession()
  const signedIn = session.status === 'signed-in'
  const unit = signedIn ? session.user.orgUnit?.name : null
  const [progress, setProgress] = useState<Progress>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [askingReason, setAskingReason] = useState(false)
  const [range, setRange] = useState({ from: dayBefore(29), to: dayBefore(0) })

  const run = async (kind: ExportKind, query: ExportQuery = {}) => {
    setOutcome(null)
    setProgress({ kind, bytes: 0 })
    try {
      const fileName = await downloadAndOpenExport(kind, query, (bytes) => setProgress({ kind, bytes }))
      setAskingReason(false)
      setOutcome({ ok: true, text: `已导出“${fileName}”。` })
    } catch (error) {
      setOutcome({ ok: false, text: `导出没有成功：${messageOf(error)}` })
    } finally {
      setProgress(null)
    }
  }

  const busy = progress !== null || !signedIn
  const action = (kind: ExportKind, label: string, query?: ExportQuery) => (
    <View className='officer__button'>
      <Button type='primary' size='large' block loading={progress?.kind === kind} disabled={busy} onClick={() => void run(kind, query)}>
        {progress?.kind === kind ? '正在导出…' : label}
      </Button>
    </View>
  )

  return (
    <View className='officer'>
      <Text className='officer__muted officer__lead'>{signedIn ? `导出范围：${unit ?? '本单位'}及下级工会。每次导出都记入审计。` : '正在登录，请稍候…'}</Text>
      {progress && (
        <View className='export-progress'>
          <Text>正在生成并下载表格，已接收 {megabytes(progress.bytes)} MB。人数多时需要一两分钟，请不要离开本页。</Text>
        </View>
      )}
      {outcome && <View className={outcome.ok ? 'officer__ok' : 'officer__error'}>{outcome.text}</View>}

      <View className='officer__card'>
        <Text className='officer__title'>会员花名册</Text>
        <Text className='officer__text'>会员编号、姓名、身份证号、手机号、职业、工作单位、所属工会、入会日期。姓名和号码默认打码。</Text>
        {action(ExportKind.Roster, '导出花名册（打码）')}
        {!askingReason && (
          <View className='officer__button'>
            <Button size='large' block disabled={busy} onClick={() => setAskingReason(true)}>
              导出完整身份证号和手机号…
            </Button>
          </View>
        )}
        {askingReason && (
          <View className='export-reason'>
            <Text className='officer__label'>导出用途</Text>
            <Text className='officer__muted'>完整号码属于敏感个人信息：请写明用途（至少{EXPORT_REASON_MIN_LENGTH}个字），用途会记入审计。基层工会只能导出打码的花名册。</Text>
            <ReasonForm
              busy={progress?.kind === ExportKind.Roster}
              confirmText='导出完整号码'
              placeholder='如：区总工会年度会员实名制核对'
              maxLength={EXPORT_REASON_MAX_LENGTH}
              minLength={EXPORT_REASON_MIN_LENGTH}
              quickReasons={QUICK_REASONS}
              onConfirm={(reason) => void run(ExportKind.Roster, { whole: 'true', reason })}
              onCancel={() => setAskingReason(false)}
            />
          </View>
        )}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>理赔台账</Text>
        <Text className='officer__text'>理赔编号、会员（打码）、保障项目、日期、申报/核定/已赔付金额（元）、状态、打款批次。</Text>
        {action(ExportKind.Claims, '导出理赔台账')}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>入会统计</Text>
        <Text className='officer__text'>所选日期内的新会员，按日期、渠道、工会、职业各一页。</Text>
        <Picker mode='date' value={range.from} end={range.to} onChange={(e) => setRange({ ...range, from: e.detail.value })}>
          <View className='officer__picker'>
            <Text>从 {range.from}</Text>
            <Text className='officer__arrow'>›</Text>
          </View>
        </Picker>
        <Picker mode='date' value={range.to} start={range.from} onChange={(e) => setRange({ ...range, to: e.detail.value })}>
          <View className='officer__picker'>
            <Text>到 {range.to}（含当天）</Text>
            <Text className='officer__arrow'>›</Text>
          </View>
        </Picker>
        {action(ExportKind.JoinStats, '导出入会统计', range)}
      </View>

      <View className='officer__card'>
        <Text className='officer__title'>驿站清单</Text>
        <Text className='officer__text'>与驿站导入模板同样的列，改好后可以直接导入回来。</Text>
        {action(ExportKind.Stations, '导出驿站清单')}
      </View>
    </View>
  )
}
