import { useCallback, useEffect, useRef, useState } from 'react'
import type { MemberCard } from '@unionhub/shared'
import { fetchCard } from '@/services/join'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'

export type MemberCardState =
  | { status: 'loading' }
  | { status: 'ready'; card: MemberCard }
  | { status: 'not-member' }
  | { status: 'failed'; message: string }

/** Refresh this long before the token expires, so that a card on screen always verifies. */
const REFRESH_EARLY_MS = 30_000

/** The member's card, loaded when `enabled`, its QR token renewed before it expires. */
export function useMemberCard(enabled = true): { state: MemberCardState; reload: () => void } {
  const [state, setState] = useState<MemberCardState>({ status: 'loading' })
  const timer = useRef<ReturnType<typeof setTimeout>>()

  const reload = useCallback(() => {
    clearTimeout(timer.current)
    fetchCard().then(
      (card) => {
        setState({ status: 'ready', card })
        const wait = Math.max(new Date(card.tokenExpiresAt).getTime() - Date.now() - REFRESH_EARLY_MS, 10_000)
        timer.current = setTimeout(reload, wait)
      },
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.code === 'JOIN_NOT_MEMBER') setState({ status: 'not-member' })
        else setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE })
      },
    )
  }, [])

  useEffect(() => {
    if (enabled) reload()
    return () => clearTimeout(timer.current)
  }, [enabled, reload])

  return { state, reload }
}
