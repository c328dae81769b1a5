import { createElement, useRef, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { type ClaimDetail, type ClaimDocumentKind, ClaimDocumentKindLabel } from '@unionhub/shared'
import { placeClaimError } from '@/services/claim-errors'
import { pickWeappPdf, pickWeappPhotos, type Prepared, type PreparedDocument, prepareBrowserFile } from '@/services/claim-media'
import { type UploadPhase, uploadDocument } from '@/services/claim-upload'
import { ApiRequestError, NETWORK_ERROR } from '@/services/request'

type ItemState =
  | { status: 'preparing' }
  | { status: 'queued' }
  | { status: 'uploading'; phase: UploadPhase }
  | { status: 'done' }
  | { status: 'failed'; message: string }
  | { status: 'refused'; message: string }

interface Item {
  id: number
  kind: ClaimDocumentKind
  name: string
  document: PreparedDocument | null
  state: ItemState
}

interface Props {
  claimId: string
  kinds: ClaimDocumentKind[]
  /** The server's view: documents it holds. */
  claim: Pick<ClaimDetail, 'documents'> | null
  /** Kinds the server said are missing: shown in red. */
  missing?: ClaimDocumentKind[]
  onStored: (claim: ClaimDetail) => void
}

const PROGRESS: Record<ItemState['status'], number> = { preparing: 15, queued: 30, uploading: 60, done: 100, failed: 60, refused: 0 }

function stateText(state: ItemState): string {
  switch (state.status) {
    case 'preparing':
      return '正在压缩…'
    case 'queued':
      return '排队等待上传…'
    case 'uploading':
      if (state.phase.phase === 'waiting') return `信号不好，${state.phase.seconds} 秒后第 ${state.phase.attempt} 次重试…`
      if (state.phase.phase === 'checking') return '正在确认是否已收到…'
      return state.phase.attempt > 0 ? `正在重新上传（第 ${state.phase.attempt} 次）…` : '正在上传…'
    case 'done':
      return '已上传'
    case 'failed':
      return state.message
    case 'refused':
      return state.message
  }
}

/**
 * The checklist of the plan's documents: each kind from the camera, the album (or a file in the
 * browser), compressed, uploaded one at a time with its own progress bar and 重试 when it failed.
 */
export function DocumentUploads({ claimId, kinds, claim, missing = [], onStored }: Props) {
  const [items, setItems] = useState<Item[]>([])
  const nextId = useRef(1)
  // Uploads go one after another: on a weak signal, parallel uploads all fail together.
  const chain = useRef<Promise<void>>(Promise.resolve())
  const latest = useRef(claim)
  latest.current = claim

  const patch = (id: number, state: ItemState) => setItems((all) => all.map((item) => (item.id === id ? { ...item, state } : item)))

  const send = (item: Item) => {
    const document = item.document
    if (!document) return
    patch(item.id, { status: 'queued' })
    chain.current = chain.current.then(async () => {
      const storedBefore = latest.current?.documents.filter((d) => d.kind === item.kind).length ?? 0
      try {
        const stored = await uploadDocument({ claimId, kind: item.kind, content: document.content, storedBefore, onPhase: (phase) => patch(item.id, { status: 'uploading', phase }) })
        latest.current = stored
        patch(item.id, { status: 'done' })
        onStored(stored)
      } catch (error) {
        const offline = error instanceof ApiRequestError && error.code === NETWORK_ERROR
        patch(item.id, { status: 'failed', message: offline ? '网络不好，没有上传成功。照片还在这里，有信号后点“重试”。' : `没有上传成功：${placeClaimError(error, 'documents').message}` })
      }
    })
  }

  const add = async (kind: ClaimDocumentKind, preparing: Promise<Prepared[]>, count: number) => {
    const ids = Array.from({ length: count }, () => nextId.current++)
    if (count > 0) setItems((all) => [...all, ...ids.map((id) => ({ id, kind, name: '', document: null, state: { status: 'preparing' as const } }))])
    const prepared = await preparing
    prepared.forEach((result, index) => {
      const id = ids[index] ?? nextId.current++
      const item: Item = result.ok
        ? { id, kind, name: result.document.name, document: result.document, state: { status: 'queued' } }
        : { id, kind, name: result.name, document: null, state: { status: 'refused', message: result.message } }
      setItems((all) => (all.some((i) => i.id === id) ? all.map((i) => (i.id === id ? item : i)) : [...all, item]))
      if (item.document) send(item)
    })
  }

  const fromBrowser = (kind: ClaimDocumentKind, input: HTMLInputElement) => {
    const files = Array.from(input.files ?? [])
    input.value = ''
    void add(kind, Promise.all(files.map(prepareBrowserFile)), files.length)
  }

  const fromWeapp = (kind: ClaimDocumentKind, picking: Promise<Prepared[]>) => {
    void picking.then((prepared) => add(kind, Promise.resolve(prepared), 0))
  }

  return (
    <View className='docs'>
      {kinds.map((kind) => {
        const count = claim?.documents.filter((d) => d.kind === kind).length ?? 0
        const lacking = missing.includes(kind) && count === 0
        return (
          <View key={kind} className={lacking ? 'docs__kind docs__kind--missing' : 'docs__kind'} data-kind={kind}>
            <View className='docs__head'>
              <Text className='docs__label'>{ClaimDocumentKindLabel[kind]}</Text>
              <Text className={count > 0 ? 'docs__count docs__count--done' : 'docs__count'}>{count > 0 ? `✓ 已上传 ${count} 份` : lacking ? '还缺这一项' : '未上传'}</Text>
            </View>
            {process.env.TARO_ENV === 'h5' ? (
              <View className='docs__buttons'>
                <View className='docs__button'>
                  <Text>拍照或选择照片 / PDF</Text>
                  {createElement('input', {
                    className: 'docs__file',
                    type: 'file',
                    multiple: true,
                    accept: 'image/jpeg,image/png,application/pdf',
                    'data-kind': kind,
                    'aria-label': `上传${ClaimDocumentKindLabel[kind]}`,
                    onChange: (event: { currentTarget: HTMLInputElement }) => fromBrowser(kind, event.currentTarget),
                  })}
                </View>
              </View>
            ) : (
              <View className='docs__buttons'>
                <View className='docs__button' hoverClass='action--pressed' onClick={() => fromWeapp(kind, pickWeappPhotos('camera'))}>
                  <Text>拍照</Text>
                </View>
                <View className='docs__button' hoverClass='action--pressed' onClick={() => fromWeapp(kind, pickWeappPhotos('album'))}>
                  <Text>从相册选</Text>
                </View>
                <View className='docs__button' hoverClass='action--pressed' onClick={() => fromWeapp(kind, pickWeappPdf())}>
                  <Text>聊天中的PDF</Text>
                </View>
              </View>
            )}
            {items
              .filter((item) => item.kind === kind)
              .map((item) => (
                <View key={item.id} className='docs__item' data-upload={item.state.status}>
                  {item.document?.isPdf ? <View className='docs__pdf'>PDF</View> : item.document ? <Image className='docs__thumb' src={item.document.preview} mode='aspectFill' /> : <View className='docs__thumb' />}
                  <View className='docs__progress'>
                    <Text className={`docs__state docs__state--${item.state.status}`}>{stateText(item.state)}</Text>
                    {item.state.status !== 'refused' && (
                      <View className='docs__bar'>
                        <View className={item.state.status === 'done' ? 'docs__fill docs__fill--done' : 'docs__fill'} style={{ width: `${PROGRESS[item.state.status]}%` }} />
                      </View>
                    )}
                  </View>
                  {item.state.status === 'failed' && (
                    <View className='docs__retry' hoverClass='action--pressed' onClick={() => send(item)}>
                      <Text>重试</Text>
                    </View>
                  )}
                </View>
              ))}
          </View>
        )
      })}
    </View>
  )
}
