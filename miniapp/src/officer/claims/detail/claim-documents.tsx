import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type ClaimDetail, type ClaimDocumentKind, ClaimDocumentKindLabel } from '@unionhub/shared'
import { openPdf } from '@/services/media'
import { apiUrl } from '@/services/request'
import { ImageViewer } from './image-viewer'

const KIND_ORDER = Object.keys(ClaimDocumentKindLabel) as ClaimDocumentKind[]
const isImage = (contentType: string) => contentType.startsWith('image/')
const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`

/** The claim's files (photos zoom full-screen, PDFs open in a viewer) and the plan's checklist. */
export function ClaimDocuments({ claim, onError }: { claim: ClaimDetail; onError: (message: string) => void }) {
  const [viewing, setViewing] = useState<number | null>(null)
  const documents = [...claim.documents].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
  const images = documents.filter((d) => isImage(d.contentType)).map((d) => apiUrl(d.url))
  const present = KIND_ORDER.filter((kind) => documents.some((d) => d.kind === kind))

  const open = (url: string, contentType: string) => {
    if (!isImage(contentType)) {
      openPdf(url).catch((error: unknown) => onError(error instanceof Error && error.message ? error.message : '打不开这个文件，请返回后重新打开这份申请'))
      return
    }
    if (process.env.TARO_ENV === 'weapp') void Taro.previewImage({ urls: images, current: url })
    else setViewing(images.indexOf(url))
  }

  return (
    <>
      <View className='officer__card'>
        <Text className='officer__title'>材料清单</Text>
        {present.map((kind) => (
          <View key={kind} className='cl-check'>
            <Text className='cl-check__mark'>✓</Text>
            <Text>
              {ClaimDocumentKindLabel[kind]}（{documents.filter((d) => d.kind === kind).length} 份）
            </Text>
          </View>
        ))}
        {claim.missingDocuments.map((kind) => (
          <View key={kind} className='cl-check'>
            <Text className='cl-check__mark cl-check__mark--missing'>✗</Text>
            <Text>{ClaimDocumentKindLabel[kind]}：缺少</Text>
          </View>
        ))}
      </View>
      <View className='officer__card'>
        <Text className='officer__title'>材料（{documents.length} 份，点开查看）</Text>
        {documents.length === 0 && <Text className='officer__text'>会员还没有上传材料。</Text>}
        <View className='cl-docs'>
          {documents.map((d) => {
            const url = apiUrl(d.url)
            return (
              <View key={d.id} className='cl-docs__item' onClick={() => open(url, d.contentType)}>
                {isImage(d.contentType) ? <Image className='cl-docs__thumb' src={url} mode='aspectFill' lazyLoad /> : <View className='cl-docs__pdf'>PDF</View>}
                <Text className='cl-docs__caption'>
                  {ClaimDocumentKindLabel[d.kind]} · {kb(d.size)}
                </Text>
              </View>
            )
          })}
        </View>
      </View>
      {viewing !== null && viewing >= 0 && <ImageViewer urls={images} start={viewing} onClose={() => setViewing(null)} />}
    </>
  )
}
