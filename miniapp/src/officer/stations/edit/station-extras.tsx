import { useState } from 'react'
import { Image, Input, Text, View } from '@tarojs/components'
import { type ManagedStation, StationStatus } from '@unionhub/shared'
import { pickPhoto } from '@/services/media'
import { ApiRequestError, apiUrl, UNAVAILABLE_MESSAGE } from '@/services/request'
import { addStationPhoto, closeStation, removeStationPhoto, reopenStation, verifyStation } from '@/services/station-admin'

interface StationExtrasProps {
  station: ManagedStation
  onChanged: (station: ManagedStation, notice: string) => void
}

const MAX_PHOTOS = 6

/** What an officer does to a station besides editing it: photos, the on-site check, closing and reopening. */
export function StationExtras({ station, onChanged }: StationExtrasProps) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState('')
  const [closing, setClosing] = useState(false)
  const [reason, setReason] = useState('')

  const run = (label: string, work: () => Promise<ManagedStation>, notice: string) => {
    if (busy) return
    setBusy(label)
    setError('')
    work().then(
      (next) => {
        setBusy(null)
        setClosing(false)
        onChanged(next, notice)
      },
      (failure: unknown) => {
        setBusy(null)
        setError(failure instanceof ApiRequestError ? failure.message : UNAVAILABLE_MESSAGE)
      },
    )
  }

  const addPhoto = () =>
    void pickPhoto().then((photo) => photo && run('photo', () => addStationPhoto(station.id, photo.base64), '照片已上传'))

  return (
    <View className='officer__card'>
      <Text className='officer__title'>照片（最多{MAX_PHOTOS}张）</Text>
      <View className='st-photos'>
        {station.photos.map((url, index) => (
          <View key={url} className='st-photos__item'>
            <Image className='st-photos__image' src={apiUrl(url)} mode='aspectFill' />
            <Text className='st-photos__remove' onClick={() => run('photo', () => removeStationPhoto(station.id, index), '照片已删除')}>
              删除
            </Text>
          </View>
        ))}
      </View>
      {station.photos.length < MAX_PHOTOS && (
        <View className='st-actions__item' onClick={addPhoto}>
          {busy === 'photo' ? '正在上传…' : '添加照片'}
        </View>
      )}

      <Text className='officer__label'>现场核验</Text>
      <Text className='officer__muted'>{station.verifiedOn ? `最后核验：${station.verifiedOn}` : '还没有核验记录'}</Text>
      <View className='st-actions__item' onClick={() => run('verify', () => verifyStation(station.id), '已记录今天的现场核验')}>
        {busy === 'verify' ? '正在记录…' : '今天已到现场核验'}
      </View>

      <Text className='officer__label'>关闭或重新开放</Text>
      {station.status === StationStatus.Closed ? (
        <View className='st-actions__item' onClick={() => run('reopen', () => reopenStation(station.id), '驿站已重新开放')}>
          {busy === 'reopen' ? '正在开放…' : '重新开放驿站'}
        </View>
      ) : closing ? (
        <>
          <Input className='officer__input' value={reason} placeholder='关闭原因，例如：场地到期，已撤站' maxlength={200} onInput={(event) => setReason(event.detail.value)} />
          <View className='st-actions'>
            <View className='st-actions__item' onClick={() => setClosing(false)}>
              取消
            </View>
            <View className='st-actions__item st-actions__item--primary' onClick={() => run('close', () => closeStation(station.id, reason), '驿站已关闭，找驿站时不再显示')}>
              {busy === 'close' ? '正在关闭…' : '确认关闭'}
            </View>
          </View>
        </>
      ) : (
        <View className='st-actions__item' onClick={() => setClosing(true)}>
          关闭驿站
        </View>
      )}
      {error && <View className='officer__error'><Text>{error}</Text></View>}
    </View>
  )
}
