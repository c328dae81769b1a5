import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { Role } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { useSession } from '@/components/use-session'
import { canUseDemoAccounts, signIn, signOut } from '@/services/session'
import { DemoAccounts } from './demo-accounts'
import { MemberLinks } from './member-links'
import './index.scss'

const roleLabel: Record<Role, string> = {
  [Role.Member]: '会员',
  [Role.Officer]: '工会工作者',
  [Role.Admin]: '管理员',
}

export default function Me() {
  return (
    <View className='me'>
      <View className='me__card'>
        <Account />
      </View>
      <SignedInLinks />
      <SignOut />
      {canUseDemoAccounts() && <DemoAccounts />}
    </View>
  )
}

function SignedInLinks() {
  const session = useSession()
  return session.status === 'signed-in' ? <MemberLinks user={session.user} /> : null
}

/** At the foot of the page, away from the links a member taps every day. */
function SignOut() {
  const session = useSession()
  if (session.status !== 'signed-in') return null
  return (
    <Button className='me__sign-out' block size='large' onClick={() => void signOut()}>
      退出登录
    </Button>
  )
}

function Account() {
  const session = useSession()
  switch (session.status) {
    case 'idle':
    case 'signing-in':
      return <Waiting text='正在登录…' />
    case 'failed':
      return (
        <Failure
          message={session.message}
          hint='请检查网络后点“重新登录”。驿站等不需要登录的功能照常可用。'
          actionText='重新登录'
          onRetry={() => void signIn()}
        />
      )
    case 'signed-out':
      return (
        <View className='me__signed-out'>
          <Text className='me__note'>您已退出登录。驿站等不需要登录的功能照常可用。</Text>
          <Button className='me__sign-in' type='primary' block size='large' onClick={() => void signIn()}>
            登录
          </Button>
        </View>
      )
    case 'unavailable':
      return <Text className='me__note'>网页版不能登录。会员功能请在微信里打开“工会通”小程序使用。</Text>
    case 'signed-in': {
      const { nickname, role, orgUnit } = session.user
      return (
        <View className='me__user'>
          <View className='me__avatar'>{nickname.slice(0, 1)}</View>
          <View className='me__user-body'>
            <Text className='me__nickname'>{nickname}</Text>
            <View className='me__meta'>
              <Text className='me__role'>{roleLabel[role]}</Text>
              {orgUnit && <Text className='me__unit'>{orgUnit.name}</Text>}
            </View>
          </View>
        </View>
      )
    }
  }
}
