import type { Swiper as TaroSwiper, SwiperItem as TaroSwiperItem } from '@tarojs/components'
import { defineCustomElement as defineSwiper } from '@tarojs/components/dist/components/taro-swiper-core.js'
import { defineCustomElement as defineSwiperItem } from '@tarojs/components/dist/components/taro-swiper-item-core.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'

// The same wrappers as Taro's own list (lib/react/components.js), built where only the photo page imports them.
export const Swiper = createReactComponent('taro-swiper-core', undefined, manipulatePropsFunction, defineSwiper) as unknown as typeof TaroSwiper
export const SwiperItem = createReactComponent('taro-swiper-item-core', undefined, manipulatePropsFunction, defineSwiperItem) as unknown as typeof TaroSwiperItem
