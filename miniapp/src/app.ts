import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { routeScannedLinkToJoinPage } from '@/services/launch'
import { startSession } from '@/services/session'
import './app.scss'

routeScannedLinkToJoinPage()

function App({ children }: PropsWithChildren) {
  useLaunch(startSession)
  return children
}

export default App
