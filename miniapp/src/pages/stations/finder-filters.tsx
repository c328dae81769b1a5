import { Text, View } from '@tarojs/components'
import { Facility } from '@unionhub/shared'
import type { Filters } from './use-finder'

/** The filters workers asked for most: open now, and the facilities they come for. */
const FACILITY_CHIPS: { facility: Facility; label: string }[] = [
  { facility: Facility.Charging, label: '充电' },
  { facility: Facility.HotMeal, label: '热饭' },
  { facility: Facility.Toilet, label: '卫生间' },
  { facility: Facility.Water, label: '饮水' },
  { facility: Facility.BatterySwap, label: '换电' },
]

interface FinderFiltersProps {
  filters: Filters
  onChange: (next: Filters) => void
}

export function FinderFilters({ filters, onChange }: FinderFiltersProps) {
  const toggle = (facility: Facility) =>
    onChange({
      ...filters,
      facilities: filters.facilities.includes(facility) ? filters.facilities.filter((f) => f !== facility) : [...filters.facilities, facility],
    })
  const chip = (label: string, chosen: boolean, onClick: () => void) => (
    <View key={label} className={chosen ? 'chip chip--chosen' : 'chip'} role='checkbox' aria-checked={chosen} onClick={onClick}>
      <Text>{label}</Text>
    </View>
  )
  return (
    <View className='finder__chips'>
      {chip('开放中', filters.openNow, () => onChange({ ...filters, openNow: !filters.openNow }))}
      {FACILITY_CHIPS.map(({ facility, label }) => chip(label, filters.facilities.includes(facility), () => toggle(facility)))}
    </View>
  )
}
