import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BEIJING_DISTRICTS, beijingDistrictOf, FACILITIES, FacilityLabel, type OrgUnitNode, parseOpeningHoursText, StationStatus } from '@unionhub/shared'
import { locate } from '@/services/location'
import type { StationDraft } from './station-draft'

interface StationFormProps {
  draft: StationDraft
  units: OrgUnitNode[]
  onChange: (draft: StationDraft) => void
  onNotice: (message: string) => void
}

/** Every field of a station, in the order an officer fills them in on site. */
export function StationForm({ draft, units, onChange, onNotice }: StationFormProps) {
  const set = <K extends keyof StationDraft>(key: K, value: StationDraft[K]) => onChange({ ...draft, [key]: value })
  const hours = parseOpeningHoursText(draft.hoursText)
  const unitIndex = Math.max(0, units.findIndex((u) => u.id === draft.orgUnitId))
  const district = beijingDistrictOf(draft.districtCode)

  const useHere = () =>
    void locate(true).then((result) => {
      if (result.status === 'located') onChange({ ...draft, lat: result.position.lat.toFixed(6), lng: result.position.lng.toFixed(6) })
      else onNotice(result.status === 'denied' ? '没有定位权限：请在设置里允许定位，或手动填写经纬度' : '定位没有成功，请到室外再试，或手动填写经纬度')
    })
  // WeChat's own map picker answers in GCJ-02, the system stations are stored in.
  const pickOnMap = () =>
    void Taro.chooseLocation({}).then(
      (place) => onChange({ ...draft, lat: place.latitude.toFixed(6), lng: place.longitude.toFixed(6), address: draft.address || place.address }),
      () => undefined,
    )

  const text = (label: string, key: 'name' | 'address' | 'phone' | 'accessNote' | 'externalId', placeholder: string, maxlength: number) => (
    <>
      <Text className='officer__label'>{label}</Text>
      <Input className='officer__input' value={draft[key]} placeholder={placeholder} maxlength={maxlength} onInput={(event) => set(key, event.detail.value)} />
    </>
  )

  return (
    <View className='officer__card st-form'>
      {text('驿站名称', 'name', '例如：庞各庄镇暖心驿站', 100)}

      <Text className='officer__label'>所属工会</Text>
      <Picker mode='selector' range={units.map((u) => u.name)} value={unitIndex} onChange={(event) => set('orgUnitId', units[Number(event.detail.value)]?.id ?? draft.orgUnitId)}>
        <View className='officer__picker'>{units[unitIndex]?.name ?? '请选择'}</View>
      </Picker>

      {text('地址', 'address', '写到门牌号，方便骑手找到', 200)}

      <Text className='officer__label'>所在区</Text>
      <Picker
        mode='selector'
        range={BEIJING_DISTRICTS.map((d) => d.name)}
        value={Math.max(0, BEIJING_DISTRICTS.findIndex((d) => d.code === district?.code))}
        onChange={(event) => set('districtCode', BEIJING_DISTRICTS[Number(event.detail.value)].code)}
      >
        <View className='officer__picker'>{district ? `${district.name}（${draft.districtCode}）` : draft.districtCode || '请选择'}</View>
      </Picker>

      <Text className='officer__label'>位置（GCJ-02，与微信、高德地图一致）</Text>
      <View className='st-coords'>
        <Input className='officer__input st-coords__input' type='digit' value={draft.lat} placeholder='纬度 39.63' onInput={(event) => set('lat', event.detail.value)} />
        <Input className='officer__input st-coords__input' type='digit' value={draft.lng} placeholder='经度 116.32' onInput={(event) => set('lng', event.detail.value)} />
      </View>
      <View className='st-actions'>
        <View className='st-actions__item' onClick={useHere}>
          用我现在的位置
        </View>
        {process.env.TARO_ENV === 'weapp' && (
          <View className='st-actions__item' onClick={pickOnMap}>
            在地图上选点
          </View>
        )}
      </View>

      <Text className='officer__label'>设施</Text>
      <View className='pick'>
        {FACILITIES.map((facility) => {
          const chosen = draft.facilities.includes(facility)
          return (
            <View
              key={facility}
              className={chosen ? 'pick__item pick__item--chosen' : 'pick__item'}
              onClick={() => set('facilities', chosen ? draft.facilities.filter((f) => f !== facility) : FACILITIES.filter((f) => f === facility || draft.facilities.includes(f)))}
            >
              {FacilityLabel[facility]}
            </View>
          )
        })}
      </View>

      <Text className='officer__label'>开放时间</Text>
      <Textarea className='officer__textarea' value={draft.hoursText} maxlength={200} onInput={(event) => set('hoursText', event.detail.value)} />
      <View className={hours.ok ? 'officer__muted' : 'officer__error'}>
        <Text>{hours.ok ? '例如：24小时；每天 07:00-22:00；周一至周五 08:00-20:00；周六 09:00-17:00；过夜写 22:00-次日06:00' : hours.message}</Text>
      </View>

      <Text className='officer__label'>闭站安排（可不填，一行一段）</Text>
      <Textarea className='officer__textarea' value={draft.closuresText} placeholder='2026-12-31 至 2027-01-02 元旦休息' maxlength={1000} onInput={(event) => set('closuresText', event.detail.value)} />

      <Text className='officer__label'>评星定级</Text>
      <View className='pick'>
        {[null, 1, 2, 3, 4, 5].map((level) => (
          <View key={level ?? 0} className={draft.starLevel === level ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => set('starLevel', level)}>
            {level ? `${level}星` : '未评'}
          </View>
        ))}
      </View>

      <Text className='officer__label'>状态</Text>
      <View className='pick'>
        {[StationStatus.Open, StationStatus.Suspended].map((status) => (
          <View key={status} className={draft.status === status ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => set('status', status)}>
            {status === StationStatus.Open ? '开放' : '暂停开放'}
          </View>
        ))}
      </View>

      {text('电话（可不填）', 'phone', '例如 010-69245678', 20)}
      {text('进站说明（可不填）', 'accessNote', '例如：正门右手边，夜间按门铃', 200)}
      {text('外部编号（可不填）', 'externalId', '工会台账里的编号，导入时按它匹配', 64)}
    </View>
  )
}
