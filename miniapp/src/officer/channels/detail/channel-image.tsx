import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { fetchChannelImage } from '@/services/officer'

/** One of the channel's two codes, with a way to keep it for printing. */
export function ChannelImage({ channelId, kind, caption }: { channelId: string; kind: 'qrcode' | 'wxacode'; caption: string }) {
  const [src, setSrc] = useState('')
  const [failed, setFailed] = useState(false)
  const [saved, setSaved] = useState('')

  useEffect(() => {
    fetchChannelImage(channelId, kind).then(setSrc, () => setFailed(true))
  }, [channelId, kind])

  const save = () =>
    Taro.saveImageToPhotosAlbum({ filePath: src }).then(
      () => setSaved('已保存到手机相册，可以发给打印店。'),
      () => setSaved('没有保存成功：请在设置里允许“保存到相册”后再试。'),
    )

  return (
    <View className='officer__card channel-image'>
      <Text className='officer__title'>{caption}</Text>
      {!src && !failed && <Text className='officer__muted'>正在生成…</Text>}
      {failed && <Text className='officer__error'>没有生成出来，请稍后返回再打开这一页。</Text>}
      {src && <Image className='channel-image__img' src={src} mode='scaleToFill' showMenuByLongpress />}
      {src && process.env.TARO_ENV === 'weapp' && (
        <Button size='large' block onClick={() => void save()}>
          保存到相册
        </Button>
      )}
      {src && process.env.TARO_ENV !== 'weapp' && <Text className='officer__muted'>长按图片可以保存；用电脑打开这一页可直接打印。</Text>}
      {saved && <Text className='officer__muted'>{saved}</Text>}
    </View>
  )
}
