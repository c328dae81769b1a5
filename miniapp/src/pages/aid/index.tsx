import { EmptyState } from '@/components/empty-state'

export default function Aid() {
  return (
    <EmptyState
      title='职工互助保障'
      purpose='这里将可以在手机上申请互助保障理赔（二次报销）：拍照上传发票和证明，随时查看审核和打款进度。'
    />
  )
}
