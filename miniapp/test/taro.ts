import { useEffect } from 'react'
import { vi } from 'vitest'

export interface RequestCall {
  url: string
  method: string
  data?: unknown
  header: Record<string, string>
  timeout?: number
}

export interface RequestResult {
  statusCode: number
  data: unknown
}

const storage = new Map<string, unknown>()

/** Stand-in for `@tarojs/taro`: the calls the app makes, storage kept in memory. */
export const taro = {
  request: vi.fn<(options: RequestCall) => Promise<RequestResult>>(),
  login: vi.fn<() => Promise<{ code: string }>>(),
  getStorageSync: (key: string): unknown => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown): void => {
    storage.set(key, value)
  },
  removeStorageSync: (key: string): void => {
    storage.delete(key)
  },
  navigateTo: vi.fn(async (_: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  redirectTo: vi.fn(async (_: { url: string }) => ({ errMsg: 'redirectTo:ok' })),
  showToast: vi.fn(async () => ({ errMsg: 'showToast:ok' })),
}

/** The page's query, as `useRouter().params` gives it; tests set it before rendering. */
export const routerParams: Record<string, string> = {}

/** Pages in the tests are shown once, when they mount. */
export const useDidShow = (callback: () => void): void => useEffect(() => callback(), [])
export const usePullDownRefresh = (): void => undefined
export const useRouter = () => ({ params: routerParams })

export default taro
