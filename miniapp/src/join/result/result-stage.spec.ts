import { describe, expect, it } from 'vitest'
import type { JoinSubmitResponse, MyJoinApplication, OrgUnitSummary } from '@unionhub/shared'
import { stageOfApplications, stageOfResult } from './result-stage'

const unit = (name: string): OrgUnitSummary => ({ id: name, code: name, name, level: 'grassroots', kind: 'enterprise' })
const application = (status: MyJoinApplication['status'], rejectReason: string | null = null): MyJoinApplication => ({
  id: 'a1', status, unit: unit('瀛海镇总工会'), name: '王小明', idNumberMasked: '110***********002X', phoneMasked: '138****5678',
  rejectReason, createdAt: '2026-11-24T04:00:00Z', decidedAt: null,
})
const response = (overrides: Partial<JoinSubmitResponse>): JoinSubmitResponse => ({ outcome: 'pending', application: application('pending'), membership: null, transfer: null, ...overrides })

describe('the result screen', () => {
  it('shows the stored answer at once, even offline', () => {
    expect(stageOfResult(null)).toEqual({ status: 'loading' })
    expect(stageOfResult({ response: response({}), welcomeGift: null })).toEqual({ status: 'pending', unitName: '瀛海镇总工会' })
    expect(stageOfResult({ response: response({ outcome: 'member', membership: { memberNumber: 'X', unit: unit('首航超市工会'), joinedOn: '2026-11-24' } }), welcomeGift: null })).toEqual({
      status: 'member',
      unitName: '首航超市工会',
    })
  })

  it('follows the newest application once the server answers', () => {
    const pending = { status: 'pending' as const, unitName: '瀛海镇总工会' }
    expect(stageOfApplications([application('approved')], pending)).toEqual({ status: 'member', unitName: '瀛海镇总工会' })
    expect(stageOfApplications([application('rejected', '请扫所在街道的入会码')], pending)).toEqual({
      status: 'rejected',
      unitName: '瀛海镇总工会',
      reason: '请扫所在街道的入会码',
    })
    expect(stageOfApplications([], { status: 'loading' })).toEqual({ status: 'none' })
    expect(stageOfApplications([], pending)).toEqual(pending)
  })
})
