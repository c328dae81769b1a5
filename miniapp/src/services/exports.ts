import { type ExportKind, ExportKindLabel } from '@unionhub/shared'
import { openSpreadsheet } from './media'
import { downloadFile } from './request'

/** The query of one export: the roster's whole-number choice and reason, the statistics' date range. */
export type ExportQuery = Record<string, string>

const queryString = (query: ExportQuery): string => {
  const pairs = Object.entries(query).filter(([, value]) => value !== '')
  return pairs.length ? `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}` : ''
}

/**
 * Downloads an export as the server streams it and opens it: WeChat's document viewer on the
 * phone (where it can be forwarded or saved), a download link in a browser.
 */
export async function downloadAndOpenExport(kind: ExportKind, query: ExportQuery, onProgress: (bytes: number) => void): Promise<string> {
  const path = await downloadFile(`/api/exports/${kind}${queryString(query)}`, onProgress)
  const fileName = `${ExportKindLabel[kind]}-${new Date().toISOString().slice(0, 10)}.xlsx`
  await openSpreadsheet(path, fileName)
  return fileName
}
