// H5 only: Taro's components for the files that show a Swiper (config/h5-bundle.ts sends them here).
// Webpack keeps a component when any page uses it, and then ships it with Taro's shared component
// list that every page loads; the swiper bundle (about 48 KB compressed) would come with the home
// page. Exported from here instead, it loads only with the pages that use it.
export * from '@tarojs/components/lib/react'
export { Swiper, SwiperItem } from './h5-swiper'
