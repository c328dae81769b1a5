import Taro from '@tarojs/taro'
import { fitWithin, JPEG_QUALITY } from './compression'

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}

export function loadBrowserImage(url: string): Promise<HTMLImageElement> {
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new window.Image()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = url
  })
}

/** The image drawn at the given size as a JPEG data URL. */
export function drawAsJpeg(image: HTMLImageElement, width: number, height: number, quality = JPEG_QUALITY): string {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  canvas.getContext('2d')?.drawImage(image, 0, 0, width, height)
  return canvas.toDataURL('image/jpeg', quality)
}

/** Browsers hand over the camera's full-size photo; it is drawn smaller as a JPEG before sending. */
async function shrinkInBrowser(url: string): Promise<string> {
  const image = await loadBrowserImage(url)
  const size = fitWithin(image.naturalWidth, image.naturalHeight)
  return drawAsJpeg(image, size.width, size.height)
}

export interface PickedPhoto {
  /** What an `<Image>` shows as the preview. */
  preview: string
  /** The photo as base64 (or a data URL), as the API takes it. */
  base64: string
}

/** One photo from the camera or the album, compressed; null when the worker cancels. */
export async function pickPhoto(): Promise<PickedPhoto | null> {
  let path: string
  try {
    const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
    path = picked.tempFilePaths[0]
  } catch {
    return null
  }
  if (!path) return null
  if (process.env.TARO_ENV === 'weapp') {
    const data = Taro.getFileSystemManager().readFileSync(path, 'base64')
    return { preview: path, base64: String(data) }
  }
  return { preview: path, base64: await shrinkInBrowser(path) }
}

export interface PickedFile {
  name: string
  base64: string
}

/** A spreadsheet for import: from a WeChat chat on the phone, from the disk in a browser. */
export async function pickSpreadsheet(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
      const file = tempFiles[0]
      if (!file) return null
      return { name: file.name, base64: String(Taro.getFileSystemManager().readFileSync(file.path, 'base64')) }
    } catch {
      return null
    }
  }
  const file = await new Promise<File | null>((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'
    input.onchange = () => resolve(input.files?.[0] ?? null)
    input.click()
  })
  return file ? { name: file.name, base64: await blobToDataUrl(file) } : null
}

/** Saves a downloaded spreadsheet: opened in WeChat's viewer (which can forward it), downloaded in a browser. */
export async function openSpreadsheet(path: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.openDocument({ filePath: path, fileType: 'xlsx', showMenu: true })
    return
  }
  const link = document.createElement('a')
  link.href = path
  link.download = fileName
  link.click()
}

/** A file made in memory (a bank payment file): kept and opened in WeChat's viewer, downloaded in a browser. */
export async function saveAndOpenSpreadsheet(bytes: ArrayBuffer, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const path = `${Taro.env.USER_DATA_PATH}/${fileName}`
    Taro.getFileSystemManager().writeFileSync(path, bytes)
    await openSpreadsheet(path, fileName)
    return
  }
  const url = URL.createObjectURL(new Blob([bytes]))
  await openSpreadsheet(url, fileName)
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * A PDF behind a short-lived signed link: WeChat's document viewer on the phone, a download in a
 * browser (the server sends documents only as attachments, so no PDF runs inside our origin).
 */
export async function openPdf(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const { statusCode, tempFilePath } = await Taro.downloadFile({ url })
    if (statusCode !== 200) throw new Error('文件链接已过期，请返回后重新打开这份申请')
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' })
    return
  }
  const link = document.createElement('a')
  link.href = url
  link.download = ''
  link.click()
}
