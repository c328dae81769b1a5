import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { h5Bundle } from './h5-bundle'

/** NutUI's styles are drawn for a 375-wide screen; ours for Taro's usual 750. */
function designWidth(input?: string | number | { file?: string }): number {
  const file = typeof input === 'object' ? (input.file ?? '') : ''
  return file.replace(/\\+/g, '/').includes('/@nutui/') ? 375 : 750
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'unionhub',
    designWidth,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // MINIAPP_OUT_DIR lets two builds of one platform run side by side (e.g. parallel test runs).
    outputRoot: process.env.MINIAPP_OUT_DIR ?? `dist/${process.env.TARO_ENV}`,
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    framework: 'react',
    compiler: 'webpack5',
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      webpackChain: h5Bundle,
      // Icons this small travel inside the script instead of costing a round trip each.
      imageUrlLoaderOption: { limit: 2200 },
      // The server serves this build as static files at `/`; hash routes need no server fallback.
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
    },
  }

  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : {})
})
