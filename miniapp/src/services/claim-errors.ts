import { ClaimDocumentKind, ClaimDocumentKindLabel } from '@unionhub/shared'
import type { ClaimFields, ClaimStep } from './claim-draft'
import { ApiRequestError, NETWORK_ERROR, UNAVAILABLE_MESSAGE } from './request'

/** A refusal placed where the member can act on it: the step, and the field when there is one. */
export interface PlacedError {
  step: ClaimStep
  field?: keyof ClaimFields
  message: string
  /** Required kinds still missing (CLAIM_DOCUMENTS_MISSING). */
  missing?: ClaimDocumentKind[]
}

const OFFLINE = '网络不好，没有提交成功。填写的内容和已上传的材料都保存在手机上，有信号后再点一次即可。'
/** The server keeps a draft as it was sent; a corrected form is filed anew. */
const REFILE = '修改后点“下一步”会新建一份申请，材料需要重新上传。'

const kinds = new Set<string>(Object.values(ClaimDocumentKind))

function detail<T>(error: ApiRequestError, key: string): T | undefined {
  const details = error.details
  return details && !Array.isArray(details) ? (details[key] as T | undefined) : undefined
}

/** Every check error of filing and submitting, in Chinese, with what to do next and where. */
export function placeClaimError(error: unknown, current: ClaimStep): PlacedError {
  if (!(error instanceof ApiRequestError)) return { step: current, message: UNAVAILABLE_MESSAGE }
  if (error.code === NETWORK_ERROR) return { step: current, message: OFFLINE }
  switch (error.code) {
    case 'CLAIM_NOT_COVERED': {
      const from = detail<string>(error, 'validFrom')
      const until = detail<string>(error, 'validUntil')
      const period = from && until ? `（您的保障期是 ${from} 至 ${until}）` : ''
      return { step: 'fields', field: 'eventDate', message: `出险日期不在保障期内${period}。请核对日期，或回到第 1 步换一个保障项目。${REFILE}` }
    }
    case 'CLAIM_IN_WAITING_PERIOD': {
      const ends = detail<string>(error, 'waitingEnds')
      return { step: 'fields', field: 'eventDate', message: `出险日期还在等待期内${ends ? `（${ends} 以后发生的才能赔付）` : ''}，这次不能申请。如日期填错了请改正。${REFILE}` }
    }
    case 'CLAIM_PAST_DEADLINE':
      return { step: 'fields', field: 'dischargeDate', message: `已超过这个项目的申请时限。请核对出院（出险）日期；日期无误时请联系所在工会说明情况。${REFILE}` }
    case 'CLAIM_YEARLY_CAP_USED':
      return { step: 'plan', message: '这个项目本年度的赔付额度已经用完，明年可再申请；也可以看看其他保障项目。' }
    case 'CLAIM_DOCUMENTS_MISSING': {
      const missing = (detail<string[]>(error, 'missing') ?? []).filter((k): k is ClaimDocumentKind => kinds.has(k))
      const names = missing.map((k) => ClaimDocumentKindLabel[k]).join('、')
      return { step: 'documents', missing, message: `还缺少材料${names ? `：${names}` : ''}。请拍照上传后再提交。` }
    }
    case 'CLAIM_INVOICE_ALREADY_CLAIMED': {
      const numbers = detail<string[]>(error, 'invoiceNumbers') ?? []
      return {
        step: 'fields',
        field: 'invoiceNumbers',
        message: `发票${numbers.length ? ` ${numbers.join('、')} ` : ''}已经申请过理赔，不能重复使用。请核对发票号码，去掉已报过的发票；如有疑问请联系所在工会。${REFILE}`,
      }
    }
    case 'CLAIM_DOCUMENT_NOT_REQUIRED':
      return { step: 'documents', message: error.message }
    case 'FILE_TOO_LARGE':
    case 'PAYLOAD_TOO_LARGE':
      return { step: current, message: '文件太大了（最大 10 MB）。照片请重新拍一张，PDF 请改为逐页拍照。' }
    case 'VALIDATION_FAILED':
      return placeValidation(error, current)
    default:
      return { step: current, message: error.message }
  }
}

const FORM_FIELDS: Record<string, keyof ClaimFields> = {
  eventDate: 'eventDate',
  dischargeDate: 'dischargeDate',
  hospital: 'hospital',
  insuranceTxn: 'insuranceTxn',
  invoiceNumbers: 'invoiceNumbers',
  totalExpenses: 'totalYuan',
  eligibleExpenses: 'eligibleYuan',
}

/** The fields the server named: `details.fields`, or a bare list. */
function fieldsOf(error: ApiRequestError): { field: string; message: string }[] {
  const details = error.details
  if (Array.isArray(details)) return details
  const fields = details?.fields
  return Array.isArray(fields) ? (fields as { field: string; message: string }[]) : []
}

/** The first field the server named: on the form, or the payee step for the name and card. */
function placeValidation(error: ApiRequestError, current: ClaimStep): PlacedError {
  const first = fieldsOf(error)[0]
  const message = `${first?.message ?? error.message}，请改正后再试`
  if (first && FORM_FIELDS[first.field]) return { step: 'fields', field: FORM_FIELDS[first.field], message }
  if (first?.field === 'payeeName' || first?.field === 'bankAccount') return { step: 'payee', message }
  return { step: current, message }
}
