import JSZip from 'jszip';

/**
 * The parts of an .xlsx file by name, for comparing two files by what they say rather than by bytes:
 * the zip stamps every entry with the time it was written (2-second resolution) and ExcelJS writes the
 * time of writing into docProps/core.xml, so two writes of one workbook differ in bytes across a clock tick.
 */
export async function xlsxParts(buf: Uint8Array | ArrayBuffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const parts: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files).sort(([a], [b]) => a.localeCompare(b))) {
    if (file.dir) continue;
    const text = await file.async('string');
    parts[name] =
      name === 'docProps/core.xml'
        ? text.replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, '')
        : text;
  }
  return parts;
}
