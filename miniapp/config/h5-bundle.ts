import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { IH5Config } from '@tarojs/taro/types/compile'

type Chain = Parameters<NonNullable<IH5Config['webpackChain']>>[0]
type Webpack = Parameters<NonNullable<IH5Config['webpackChain']>>[1]

const src = path.resolve(__dirname, '..', 'src')

/** Our own files that show a Swiper; read once per file and build. */
const showsSwiper = new Map<string, boolean>()
function usesSwiper(file: string): boolean {
  if (!showsSwiper.has(file)) showsSwiper.set(file, /\bSwiper\b/.test(readFileSync(file, 'utf8')))
  return showsSwiper.get(file) as boolean
}

/**
 * What the H5 first load downloads, cut for a phone on a weak signal (docs/benchmarks.md):
 * - the home page is part of the first script, so it does not wait for a second round trip;
 * - files that show a Swiper take Taro's components from src/platform/h5-swiper-components.ts,
 *   which keeps the swiper bundle out of the components every page loads;
 * - fetch and AbortController polyfills are dropped: every browser we build for has both.
 */
export function h5Bundle(chain: Chain, webpack: Webpack): void {
  chain.entry('app').add(path.join(src, 'pages', 'index', 'index'))
  const noPolyfill = path.join(src, 'platform', 'no-polyfill.ts')
  chain.resolve.alias.set('whatwg-fetch$', noPolyfill).set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', noPolyfill)
  const platform = path.join(src, 'platform')
  chain.plugin('h5SwiperComponents').use(webpack.NormalModuleReplacementPlugin, [
    /^@tarojs\/components$/,
    (resource: { request: string; contextInfo: { issuer?: string } }) => {
      const issuer = resource.contextInfo.issuer ?? ''
      if (issuer.startsWith(src) && !issuer.startsWith(platform) && usesSwiper(issuer)) resource.request = path.join(platform, 'h5-swiper-components.ts')
    },
  ])
}
