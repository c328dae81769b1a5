import { useCallback, useEffect, useRef, useState } from 'react'
import type { District, Facility, LatLng, StationListItem } from '@unionhub/shared'
import { locate } from '@/services/location'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { fetchNearby, searchStations } from '@/services/stations'

/** The server answers the nearest stations up to this far (its own limit), nearest first. */
export const FARTHEST_METRES = 50_000

export type Where =
  | { kind: 'near'; position: LatLng }
  | { kind: 'district'; district: District }
  | { kind: 'search'; q: string }

export type Locating = 'locating' | 'located' | 'denied' | 'failed'

export type ListState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** `total` only for a search by words or district; nearby answers are the nearest, page by page. */
  | { status: 'ready'; items: StationListItem[]; total: number | null; nextOffset: number | null; loadingMore: boolean }
  | { status: 'failed'; message: string }

export interface Filters {
  openNow: boolean
  facilities: Facility[]
}

const messageOf = (error: unknown): string => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/**
 * The 驿站 tab's state: where to look (near the worker, a district, or a search), the filters,
 * and the list with its progress. The position is asked for once and kept for the session.
 */
export function useFinder() {
  const [locating, setLocating] = useState<Locating>('locating')
  const [where, setWhere] = useState<Where | null>(null)
  const [filters, setFilters] = useState<Filters>({ openNow: false, facilities: [] })
  const [list, setList] = useState<ListState>({ status: 'idle' })
  const latest = useRef(0)

  const load = useCallback((target: Where, nextFilters: Filters, offset = 0) => {
    const ticket = ++latest.current
    if (offset === 0) setList({ status: 'loading' })
    else setList((current) => (current.status === 'ready' ? { ...current, loadingMore: true } : current))
    const answer =
      target.kind === 'near'
        ? fetchNearby(target.position, nextFilters, offset)
        : searchStations(target.kind === 'district' ? { district: target.district.code } : { q: target.q }, offset)
    answer.then(
      (page) => {
        if (ticket !== latest.current) return
        setList((current) => ({
          status: 'ready',
          items: offset > 0 && current.status === 'ready' ? [...current.items, ...page.items] : page.items,
          total: 'total' in page ? page.total : null,
          nextOffset: page.nextOffset,
          loadingMore: false,
        }))
      },
      (error: unknown) => {
        if (ticket === latest.current) setList({ status: 'failed', message: messageOf(error) })
      },
    )
  }, [])

  const relocate = useCallback(
    async (fresh: boolean) => {
      setLocating('locating')
      const result = await locate(fresh)
      setLocating(result.status)
      if (result.status !== 'located') return
      const near: Where = { kind: 'near', position: result.position }
      setWhere(near)
      load(near, filters)
    },
    [filters, load],
  )

  // Ask once when the tab first opens; later visits reuse the remembered position.
  const asked = useRef(false)
  useEffect(() => {
    if (asked.current) return
    asked.current = true
    void relocate(false)
  }, [relocate])

  const show = (target: Where) => {
    setWhere(target)
    load(target, filters)
  }

  return {
    locating,
    where,
    filters,
    list,
    relocate: () => void relocate(true),
    chooseDistrict: (district: District) => show({ kind: 'district', district }),
    search: (q: string) => (q.trim() ? show({ kind: 'search', q: q.trim() }) : undefined),
    /** Leaves a search: back to the stations near the worker, or to choosing a district. */
    clearSearch: () => {
      if (locating === 'located') void relocate(false)
      else {
        setWhere(null)
        setList({ status: 'idle' })
      }
    },
    setFilters: (next: Filters) => {
      setFilters(next)
      if (where?.kind === 'near') load(where, next)
    },
    retry: () => (where ? load(where, filters) : void relocate(true)),
    loadMore: () => {
      if (where && list.status === 'ready' && list.nextOffset !== null && !list.loadingMore) load(where, filters, list.nextOffset)
    },
  }
}
