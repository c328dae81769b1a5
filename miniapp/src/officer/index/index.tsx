import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useSession } from '@/components/use-session'
import '../officer.scss'

/** The officer's home: one line per job. Other areas add their entries here. */
const entries = [
  { title: '工作概况', text: '新会员按天、渠道、职业，待办事项一眼看清', url: '/officer/dashboard/index' },
  { title: '入会审核', text: '待审核的入会申请，通过或说明原因', url: '/officer/applications/index' },
  { title: '入会二维码', text: '为沟通会、驿站、单位生成入会码，看每天的扫码和入会人数', url: '/officer/channels/index' },
  { title: '核验会员卡', text: '扫会员出示的电子会员卡，确认是否有效', url: '/officer/verify/index' },
  { title: '组织关系转接', text: '转入、转出本辖区的会员', url: '/officer/transfers/index' },
  { title: '驿站管理', text: '新建、修改、关闭驿站，表格导入导出', url: '/officer/stations/index' },
  { title: '驿站反馈', text: '会员反馈的驿站问题，处理并写明结果', url: '/officer/stations/reports/index' },
  { title: '理赔审核', text: '互助保障理赔：看材料、核金额，批准、驳回或要求补充', url: '/officer/claims/index' },
  { title: '赔付打款', text: '生成付款文件，导入银行回单', url: '/officer/payouts/index' },
  { title: '导出', text: '会员花名册、理赔台账、入会统计、驿站清单（Excel）', url: '/officer/exports/index' },
  { title: '导入保障名单', text: '用表格为会员批量添加互助保障，逐行检查', url: '/officer/enrollments/import/index' },
  { title: '导入会员花名册', text: '把原有的会员名册用表格导入，先预览再确认', url: '/officer/members/import/index' },
]

export default function OfficerHome() {
  const session = useSession()
  const unit = session.status === 'signed-in' ? session.user.orgUnit?.name : null
  return (
    <View className='officer'>
      {unit && <Text className='officer__muted officer__lead'>管辖范围：{unit}及下级工会</Text>}
      {entries.map((entry) => (
        <View key={entry.url} className='entry' hoverClass='entry--pressed' onClick={() => void Taro.navigateTo({ url: entry.url })}>
          <View className='entry__body'>
            <Text className='entry__title'>{entry.title}</Text>
            <Text className='entry__text'>{entry.text}</Text>
          </View>
          <Text className='entry__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
