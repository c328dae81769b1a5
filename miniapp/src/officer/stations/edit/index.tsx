import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { ManagedStation, OrgUnitNode } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { useSession } from '@/components/use-session'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { signIn } from '@/services/session'
import { createStation, fetchManagedStation, fetchScopeUnits, updateStation } from '@/services/station-admin'
import { draftOf, emptyDraft, inputOf, type StationDraft } from './station-draft'
import { StationExtras } from './station-extras'
import { StationForm } from './station-form'
import '../../officer.scss'
import '../stations.scss'

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; units: OrgUnitNode[]; station: ManagedStation | null }

const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** Creates a station (no id) or edits one; the server checks scope and audits every change. */
export default function EditStation() {
  const { params } = useRouter()
  const session = useSession()
  const unitId = session.status === 'signed-in' ? session.user.orgUnit?.id : undefined
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [draft, setDraft] = useState<StationDraft | null>(null)
  const [saving, setSaving] = useState(false)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)

  const load = useCallback(() => {
    if (!unitId) return
    setLoaded({ status: 'loading' })
    Promise.all([fetchScopeUnits(unitId), params.id ? fetchManagedStation(params.id) : Promise.resolve(null)]).then(
      ([units, station]) => {
        setLoaded({ status: 'ready', units, station })
        setDraft(station ? draftOf(station) : emptyDraft(units[0].id, units.find((u) => u.regionCode)?.regionCode ?? ''))
      },
      (error: unknown) => setLoaded({ status: 'failed', message: messageOf(error) }),
    )
  }, [params.id, unitId])
  useEffect(load, [load])

  if (session.status === 'signed-out') return <Failure message='您已退出登录' hint='登录后才能编辑驿站。' actionText='登录' onRetry={() => void signIn()} />
  if (session.status !== 'signed-in') return <Waiting text='正在登录…' />
  if (loaded.status === 'failed') return <Failure message={loaded.message} onRetry={load} />
  if (loaded.status === 'loading' || !draft) return <Waiting text='正在打开驿站…' />

  const save = () => {
    const checked = inputOf(draft)
    if (!checked.ok) return setNotice({ ok: false, text: checked.message })
    setSaving(true)
    setNotice(null)
    const saved = loaded.station ? updateStation(loaded.station.id, checked.input) : createStation(checked.input)
    saved.then(
      (station) => {
        setSaving(false)
        setLoaded({ ...loaded, station })
        setDraft(draftOf(station))
        setNotice({ ok: true, text: loaded.station ? '已保存' : '驿站已建好，现在可以上传照片' })
        if (!loaded.station) void Taro.setNavigationBarTitle({ title: station.name })
      },
      (error: unknown) => {
        setSaving(false)
        setNotice({ ok: false, text: messageOf(error) })
      },
    )
  }

  return (
    <View className='officer'>
      {loaded.station?.flagged && (
        <View className='officer__error'>
          <Text>这个驿站有 {loaded.station.openReports} 条待处理的反馈，请到“驿站反馈”处理。</Text>
        </View>
      )}
      <StationForm draft={draft} units={loaded.units} onChange={setDraft} onNotice={(text) => setNotice({ ok: false, text })} />
      {notice && (
        <View className={notice.ok ? 'officer__ok' : 'officer__error'}>
          <Text>{notice.text}</Text>
        </View>
      )}
      <View className='st-actions'>
        <View className='st-actions__item st-actions__item--primary' onClick={saving ? undefined : save}>
          {saving ? '正在保存…' : loaded.station ? '保存修改' : '新建驿站'}
        </View>
      </View>
      {loaded.station && (
        <StationExtras
          station={loaded.station}
          onChanged={(station, text) => {
            setLoaded({ ...loaded, station })
            setNotice({ ok: true, text })
          }}
        />
      )}
    </View>
  )
}
