/**
 * Save bytes as a file: a browser download where the host lets the pane download, else (Excel on Mac and
 * on iPad) the .xlsx opened by Excel as a new workbook, which the user saves with Excel's own Save.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Whether `<a download>` saves a file on this Office platform (Office.context.platform; undefined on the
 * standalone page). Excel on Mac shows the pane in a WKWebView that ignores downloads (office-js #3385);
 * the iPad and Android web views have no downloads either. Windows (WebView2) and Office on the web
 * download as their browsers do.
 */
export function downloadsWork(platform: string | undefined): boolean {
  return !platform || !['Mac', 'iOS', 'Android'].includes(platform);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What became of a file: downloaded, opened in Excel as a new workbook, or not savable from the pane. */
export type Saved = 'downloaded' | 'opened' | 'unsaved';

export async function saveFile(
  bytes: Uint8Array,
  fileName: string,
  type: string,
  platform: string | undefined,
): Promise<Saved> {
  if (downloadsWork(platform)) {
    saveBytes(bytes, fileName, type);
    return 'downloaded';
  }
  // Excel.createWorkbook (ExcelApi 1.8) opens an .xlsx given as base64 in a new window of Excel.
  if (
    type === XLSX_TYPE &&
    typeof Excel !== 'undefined' &&
    Office.context.requirements.isSetSupported('ExcelApi', '1.8')
  ) {
    await Excel.createWorkbook(base64(bytes));
    return 'opened';
  }
  return 'unsaved';
}
