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
}

export default taro
