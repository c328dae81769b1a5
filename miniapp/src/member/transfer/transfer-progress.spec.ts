import { describe, expect, it } from 'vitest'
import type { TransferSummary } from '@unionhub/shared'
import { progressOf } from './transfer-progress'

const unit = (name: string) => ({ id: name, code: name, name, level: 'grassroots', kind: 'enterprise' }) as const
const transfer = (overrides: Partial<TransferSummary>): TransferSummary => ({
  id: 't1',
  status: 'requested',
  nameMasked: '王**',
  memberNumber: 'BJ-DX-YH-SH-2026-000001',
  fromUnit: unit('首航超市工会'),
  toUnit: unit('琳汐幼儿园工会'),
  createdAt: '2026-11-24T01:00:00.000Z',
  releasedAt: null,
  decidedAt: null,
  refusedBy: null,
  refuseReason: null,
  origin: 'member',
  reason: '换了工作',
  newEmployer: null,
  ...overrides,
})

describe('transfer progress in plain words', () => {
  it('names the unit that acts next while the transfer is open', () => {
    expect(progressOf(transfer({}))).toMatchObject({ title: '第 1 步：等首航超市工会同意转出', open: true })
    expect(progressOf(transfer({ status: 'released' }))).toMatchObject({ title: '第 2 步：等琳汐幼儿园工会接收', open: true })
  })

  it('says which side refused and why, and that the member stays where he was', () => {
    const refused = progressOf(transfer({ status: 'refused', refusedBy: 'receiving', refuseReason: '本单位暂不接收' }))
    expect(refused.text).toBe('琳汐幼儿园工会不同意这次转接，原因：本单位暂不接收。')
    expect(refused.next).toContain('您仍是首航超市工会的会员')
    expect(refused.open).toBe(false)
  })

  it('closes accepted and cancelled transfers', () => {
    expect(progressOf(transfer({ status: 'accepted' })).open).toBe(false)
    expect(progressOf(transfer({ status: 'cancelled' })).title).toBe('已撤回')
  })
})
