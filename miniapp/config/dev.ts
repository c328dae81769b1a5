import type { UserConfigExport } from '@tarojs/cli'

export default {
  h5: {
    // `pnpm dev:h5` serves the app on its own port; keep the API on the same origin as in production.
    devServer: {
      proxy: [{ context: ['/api'], target: 'http://127.0.0.1:3000' }],
    },
  },
} satisfies UserConfigExport<'webpack5'>
