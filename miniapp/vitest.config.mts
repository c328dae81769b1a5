import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    // Taro's runtime and NutUI need a mini-program or Taro's H5 shell; the tests use small stand-ins.
    alias: [
      { find: /^@tarojs\/taro$/, replacement: here('./test/taro.ts') },
      { find: /^@tarojs\/components$/, replacement: here('./test/components.tsx') },
      { find: /^@nutui\/nutui-react-taro$/, replacement: here('./test/nutui.tsx') },
      { find: /^@\//, replacement: here('./src/') },
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.{ts,tsx}'],
    env: { TARO_ENV: 'weapp', TARO_APP_API_BASE: 'http://api.test', TARO_APP_DEV_LOGIN: 'false' },
    restoreMocks: true,
    unstubEnvs: true,
  },
})
