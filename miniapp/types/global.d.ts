/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production'
    TARO_ENV: 'weapp' | 'h5'
    /** API origin for the WeChat build, e.g. https://api.example.org; the H5 build calls its own origin. */
    TARO_APP_API_BASE: string
    /** 'true' lets the H5 build sign in with the server's demo accounts outside development. */
    TARO_APP_DEV_LOGIN: string
  }
}
