import { Picker, Text, View } from '@tarojs/components'
import { type AidEnrollment, AidPlanCategoryLabel, ClaimDocumentKindLabel } from '@unionhub/shared'
import { deadlineText, ruleText } from '@/components/aid-format'
import { coversDay } from '@/services/claim-form'

interface Props {
  enrollments: AidEnrollment[]
  chosenId: string
  /** The day the illness or accident happened; only plans covering it are offered. */
  day: string
  today: string
  onDay: (day: string) => void
  onChoose: (enrollmentId: string) => void
}

/** Step 1: the plan, among the member's enrollments that cover the day. */
export function PlanStep({ enrollments, chosenId, day, today, onDay, onChoose }: Props) {
  const covering = enrollments.filter((e) => coversDay(e, day))
  const others = enrollments.length - covering.length
  return (
    <View>
      <View className='claim__card'>
        <Text className='claim__title'>哪天生病、住院或受伤？</Text>
        <Text className='claim__muted'>只列出保障这一天的项目。</Text>
        <Picker mode='date' value={day} end={today} onChange={(e) => onDay(e.detail.value)}>
          <View className='field__picker'>
            <Text>{day === today ? `今天（${day}）` : day}</Text>
            <Text className='field__arrow'>›</Text>
          </View>
        </Picker>
      </View>
      {covering.map((e) => (
        <View key={e.id} className={e.id === chosenId ? 'choice choice--chosen' : 'choice'} role='radio' aria-checked={e.id === chosenId} onClick={() => onChoose(e.id)}>
          <Text className='choice__title'>{e.plan.name}</Text>
          <Text className='choice__text'>
            {AidPlanCategoryLabel[e.plan.category]} · 保障期 {e.validFrom} 至 {e.validUntil}
          </Text>
          <Text className='choice__text'>{ruleText(e.plan.payoutRule)}</Text>
          <Text className='choice__text'>{deadlineText(e.plan.filingDeadline)}</Text>
          <Text className='choice__text'>需要：{e.plan.requiredDocuments.map((k) => ClaimDocumentKindLabel[k]).join('、')}</Text>
        </View>
      ))}
      {covering.length === 0 && (
        <View className='claim__error' role='alert'>
          您参加的项目都不保障 {day} 这一天。请核对日期；如有疑问请联系所在工会。
        </View>
      )}
      {covering.length > 0 && others > 0 && <Text className='claim__muted'>另有 {others} 个项目不保障这一天，没有列出。</Text>}
    </View>
  )
}
