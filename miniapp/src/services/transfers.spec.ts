import { describe, expect, it, vi } from 'vitest'
import type { RequestResult } from '../../test/taro'

async function load() {
  vi.resetModules()
  const { taro } = await import('../../test/taro')
  const transfers = await import('./transfers')
  return { taro, transfers }
}

const ok = (data: unknown): RequestResult => ({ statusCode: 200, data })
const node = (code: string, name: string, level: string, kind: string, children: unknown[] = []) => ({ id: code, code, name, level, kind, parentId: null, regionCode: null, children })

describe('transfer targets', () => {
  const tree = [
    node('BJ', '北京市总工会', 'city', 'general', [
      node('BJ-FT', '丰台区总工会', 'district', 'general', [
        node('BJ-FT-WZ', '王佐镇总工会', 'street', 'general', [node('BJ-FT-WZ-LX', '琳汐幼儿园工会', 'grassroots', 'enterprise')]),
        node('BJ-FT-POOL', '丰台区新就业形态工会周转库', 'grassroots', 'pool'),
      ]),
    ]),
  ]

  it('offers grassroots unions and pools only, each with the unions above it', async () => {
    const { taro, transfers } = await load()
    taro.request.mockResolvedValue(ok(tree))
    expect(await transfers.fetchTransferTargets()).toEqual([
      { id: 'BJ-FT-WZ-LX', name: '琳汐幼儿园工会', within: '丰台区总工会 · 王佐镇总工会' },
      { id: 'BJ-FT-POOL', name: '丰台区新就业形态工会周转库', within: '丰台区总工会' },
    ])
  })

  it('finds targets by every word typed, in the name or the unions above', async () => {
    const { taro, transfers } = await load()
    taro.request.mockResolvedValue(ok(tree))
    const targets = await transfers.fetchTransferTargets()
    expect(transfers.searchTargets(targets, '王佐').map((t) => t.id)).toEqual(['BJ-FT-WZ-LX'])
    expect(transfers.searchTargets(targets, '丰台 周转库').map((t) => t.id)).toEqual(['BJ-FT-POOL'])
    expect(transfers.searchTargets(targets, '海淀')).toEqual([])
    expect(transfers.searchTargets(targets, '  ')).toHaveLength(2)
  })
})
