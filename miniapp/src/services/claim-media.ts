import Taro from '@tarojs/taro'
import { base64Bytes, compressionPlan, MAX_UPLOAD_BYTES, type PickedFacts } from './compression'
import { blobToDataUrl, drawAsJpeg, loadBrowserImage } from './media'

/** A document ready to send: compressed, as base64 with its data: prefix. */
export interface PreparedDocument {
  name: string
  /** What an `<Image>` shows; empty for a PDF. */
  preview: string
  content: string
  bytes: number
  isPdf: boolean
}

export type Prepared = { ok: true; document: PreparedDocument } | { ok: false; name: string; message: string }

const TOO_LARGE = '压缩后仍超过 10 MB，请重新拍一张'

function ready(name: string, preview: string, content: string, isPdf: boolean): Prepared {
  const bytes = base64Bytes(content)
  if (bytes > MAX_UPLOAD_BYTES) return { ok: false, name, message: TOO_LARGE }
  return { ok: true, document: { name, preview, content, bytes, isPdf } }
}

/** A file chosen in the browser's file input: photos downscaled on a canvas, PDFs untouched. */
export async function prepareBrowserFile(file: File): Promise<Prepared> {
  const isPdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf')
  const facts: PickedFacts = { contentType: isPdf ? 'application/pdf' : file.type, bytes: file.size, width: 0, height: 0 }
  if (isPdf) {
    const plan = compressionPlan(facts)
    return plan.kind === 'refuse' ? { ok: false, name: file.name, message: plan.message } : ready(file.name, '', await blobToDataUrl(file), true)
  }
  const url = URL.createObjectURL(file)
  try {
    const image = await loadBrowserImage(url).catch(() => null)
    if (!image) return { ok: false, name: file.name, message: '这个文件打不开，请换一张照片（JPG、PNG）或 PDF' }
    const plan = compressionPlan({ ...facts, width: image.naturalWidth, height: image.naturalHeight })
    if (plan.kind === 'refuse') return { ok: false, name: file.name, message: plan.message }
    const content = plan.kind === 'keep' ? await blobToDataUrl(file) : drawAsJpeg(image, plan.width, plan.height, plan.quality)
    return ready(file.name, content, content, false)
  } finally {
    URL.revokeObjectURL(url)
  }
}

const readBase64 = (path: string): string => String(Taro.getFileSystemManager().readFileSync(path, 'base64'))

/** A photo from WeChat's camera or album: compressed by WeChat when it is too big or too large. */
async function prepareWeappPhoto(path: string, bytes: number): Promise<Prepared> {
  const info = await Taro.getImageInfo({ src: path })
  const contentType = info.type === 'png' ? 'image/png' : 'image/jpeg'
  const plan = compressionPlan({ contentType, bytes, width: info.width, height: info.height })
  if (plan.kind === 'refuse') return { ok: false, name: path, message: plan.message }
  if (plan.kind === 'keep') return ready(path, path, `data:${contentType};base64,${readBase64(path)}`, false)
  const compressed = await Taro.compressImage({ src: path, quality: Math.round(plan.quality * 100), compressedWidth: plan.width, compressedHeight: plan.height })
  return ready(path, compressed.tempFilePath, `data:image/jpeg;base64,${readBase64(compressed.tempFilePath)}`, false)
}

/** WeChat: photos from the camera or the album, several at once; an empty list when cancelled. */
export async function pickWeappPhotos(source: 'camera' | 'album'): Promise<Prepared[]> {
  let files: { tempFilePath: string; size: number }[]
  try {
    files = (await Taro.chooseMedia({ count: source === 'camera' ? 1 : 9, mediaType: ['image'], sourceType: [source], sizeType: ['original', 'compressed'] })).tempFiles
  } catch {
    return []
  }
  return Promise.all(files.map((file) => prepareWeappPhoto(file.tempFilePath, file.size)))
}

/** WeChat: a PDF received in a chat (e.g. an electronic invoice), sent as it is. */
export async function pickWeappPdf(): Promise<Prepared[]> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
    return tempFiles.map((file) => {
      const plan = compressionPlan({ contentType: 'application/pdf', bytes: file.size, width: 0, height: 0 })
      return plan.kind === 'refuse' ? { ok: false as const, name: file.name, message: plan.message } : ready(file.name, '', `data:application/pdf;base64,${readBase64(file.path)}`, true)
    })
  } catch {
    return []
  }
}
