import { Picker, Text, View } from '@tarojs/components'
import { BEIJING_DISTRICTS, Occupation, OccupationLabel } from '@unionhub/shared'
import { Field } from './field'

export function OccupationChoice({ value, error, onChange }: { value: string; error?: string; onChange: (value: Occupation) => void }) {
  return (
    <Field label='职业' error={error}>
      <View className='chips'>
        {Object.values(Occupation).map((occupation) => (
          <View
            key={occupation}
            className={occupation === value ? 'chips__chip chips__chip--chosen' : 'chips__chip'}
            role='radio'
            aria-checked={occupation === value}
            onClick={() => onChange(occupation)}
          >
            {OccupationLabel[occupation]}
          </View>
        ))}
      </View>
    </Field>
  )
}

export function DistrictChoice({ value, error, onChange }: { value: string; error?: string; onChange: (code: string) => void }) {
  const index = BEIJING_DISTRICTS.findIndex((d) => d.code === value)
  return (
    <Field label='工作所在区' error={error}>
      <Picker mode='selector' range={BEIJING_DISTRICTS.map((d) => d.name)} value={Math.max(index, 0)} onChange={(e) => onChange(BEIJING_DISTRICTS[Number(e.detail.value)].code)}>
        <View className='field__picker'>
          <Text className={index >= 0 ? '' : 'field__placeholder'}>{index >= 0 ? BEIJING_DISTRICTS[index].name : '请选择北京市的区'}</Text>
          <Text className='field__arrow'>›</Text>
        </View>
      </Picker>
    </Field>
  )
}
