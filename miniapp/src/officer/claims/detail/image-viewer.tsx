import { useRef, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { CommonEvent, ITouchEvent } from '@tarojs/components'

const MAX_SCALE = 5
const TAP_SCALE = 2.5

interface ImageViewerProps {
  urls: string[]
  start: number
  onClose: () => void
}

type Gesture = { kind: 'pinch'; distance: number; scale: number } | { kind: 'pan'; x: number; y: number; dx: number; dy: number }

const spread = (e: ITouchEvent) => Math.hypot(e.touches[0].clientX - e.touches[1].clientX, e.touches[0].clientY - e.touches[1].clientY)
// Taro types View's touch handlers as plain events; on a touch screen they carry the touches.
const asTouch = (e: CommonEvent) => e as unknown as ITouchEvent
const clamp = (value: number) => Math.min(MAX_SCALE, Math.max(1, value))

/**
 * The browser's full-screen view of a claim's photos (WeChat uses its own previewImage): pinch or
 * the buttons to zoom, a tap to toggle 2.5×, a drag to move around a zoomed invoice.
 */
export function ImageViewer({ urls, start, onClose }: ImageViewerProps) {
  const [index, setIndex] = useState(start)
  const [scale, setScale] = useState(1)
  const [shift, setShift] = useState({ dx: 0, dy: 0 })
  const gesture = useRef<Gesture | null>(null)
  const moved = useRef(false)

  const zoomTo = (next: number) => {
    setScale(clamp(next))
    if (next <= 1) setShift({ dx: 0, dy: 0 })
  }
  const go = (step: number) => {
    setIndex((index + step + urls.length) % urls.length)
    zoomTo(1)
  }
  const onTouchStart = (e: ITouchEvent) => {
    moved.current = false
    if (e.touches.length === 2) gesture.current = { kind: 'pinch', distance: spread(e), scale }
    else if (e.touches.length === 1 && scale > 1) gesture.current = { kind: 'pan', x: e.touches[0].clientX, y: e.touches[0].clientY, ...shift }
  }
  const onTouchMove = (e: ITouchEvent) => {
    const g = gesture.current
    if (!g) return
    moved.current = true
    if (g.kind === 'pinch' && e.touches.length === 2) zoomTo((g.scale * spread(e)) / g.distance)
    if (g.kind === 'pan' && e.touches.length === 1) setShift({ dx: g.dx + e.touches[0].clientX - g.x, dy: g.dy + e.touches[0].clientY - g.y })
  }
  const onTap = () => {
    if (moved.current) return
    zoomTo(scale > 1 ? 1 : TAP_SCALE)
  }

  return (
    <View className='cl-viewer' role='dialog' aria-label='查看材料'>
      <View className='cl-viewer__stage' onTouchStart={(e) => onTouchStart(asTouch(e))} onTouchMove={(e) => onTouchMove(asTouch(e))} onTouchEnd={() => (gesture.current = null)} onClick={onTap}>
        <Image
          className='cl-viewer__image'
          src={urls[index]}
          mode='widthFix'
          style={{ transform: `translate(${shift.dx}px, ${shift.dy}px) scale(${scale})` }}
        />
      </View>
      <View className='cl-viewer__bar'>
        <View className='cl-viewer__button' onClick={() => zoomTo(scale - 0.5)}>
          缩小
        </View>
        <Text className='cl-viewer__info'>
          {urls.length > 1 ? `第 ${index + 1}/${urls.length} 张 · ` : ''}
          {scale > 1 ? `放大 ${scale.toFixed(1)} 倍` : '原大'}
        </Text>
        <View className='cl-viewer__button' onClick={() => zoomTo(scale + 0.5)}>
          放大
        </View>
      </View>
      <View className='cl-viewer__bar'>
        {urls.length > 1 ? (
          <View className='cl-viewer__button' onClick={() => go(-1)}>
            上一张
          </View>
        ) : (
          <View />
        )}
        <View className='cl-viewer__button' onClick={onClose}>
          关闭
        </View>
        {urls.length > 1 ? (
          <View className='cl-viewer__button' onClick={() => go(1)}>
            下一张
          </View>
        ) : (
          <View />
        )}
      </View>
    </View>
  )
}
