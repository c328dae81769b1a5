import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { startSession } from '@/services/session'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(startSession)
  return children
}

export default App
