import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Role } from '@unionhub/shared'
import { useSession } from '@/components/use-session'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { signIn } from '@/services/session'
import { newRetryKey, rateStation } from '@/services/stations'

type State = { status: 'idle' } | { status: 'sending'; score: number } | { status: 'done'; score: number; note: string } | { status: 'failed'; score: number; message: string }

interface RateVisitProps {
  stationId: string
  onRated: (rating: { average: number | null; count: number }) => void
}

/** Rating a visit needs a member account (finding and using the station never does). Once a day. */
export function RateVisit({ stationId, onRated }: RateVisitProps) {
  const session = useSession()
  const [state, setState] = useState<State>({ status: 'idle' })
  const [retryKey, setRetryKey] = useState(newRetryKey)

  if (session.status === 'unavailable') return <Text className='detail__muted'>在微信小程序里登录后，可以评价这个驿站。</Text>
  if (session.status === 'failed' || session.status === 'signed-out') {
    return (
      <Text className='detail__muted' onClick={() => void signIn()}>
        {session.status === 'failed' ? '登录没有成功，评价需要登录。点这里重新登录。' : '评价需要登录。点这里登录。'}
      </Text>
    )
  }
  if (session.status !== 'signed-in') return <Text className='detail__muted'>正在登录…</Text>
  if (session.user.role !== Role.Member) return <Text className='detail__muted'>评价请使用会员账号。</Text>

  const rate = (score: number) => {
    if (state.status === 'sending' || state.status === 'done') return
    // A retry of the same score keeps its key, so a lost answer cannot count twice.
    const key = state.status === 'failed' && state.score === score ? retryKey : newRetryKey()
    setRetryKey(key)
    setState({ status: 'sending', score })
    rateStation(stationId, score, key).then(
      (result) => {
        setState({ status: 'done', score, note: '谢谢您的评价！' })
        onRated(result.rating)
      },
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.code === 'STATION_ALREADY_RATED_TODAY') setState({ status: 'done', score, note: error.message })
        else setState({ status: 'failed', score, message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE })
      },
    )
  }

  const shown = state.status === 'idle' ? 0 : state.score
  return (
    <View className='rate'>
      <View className='rate__stars' role='radiogroup' aria-label='评价这次到访'>
        {[1, 2, 3, 4, 5].map((score) => (
          <View key={score} className={score <= shown ? 'rate__star rate__star--on' : 'rate__star'} role='radio' aria-checked={score === shown} aria-label={`${score}星`} onClick={() => rate(score)}>
            <Text>★</Text>
          </View>
        ))}
      </View>
      <Text className='detail__muted'>
        {state.status === 'idle' && '点星星评价这次到访（每天一次）'}
        {state.status === 'sending' && '正在提交评价…'}
        {state.status === 'done' && state.note}
        {state.status === 'failed' && `${state.message}。点同样的星星重试。`}
      </Text>
    </View>
  )
}
