/**
 * Print flags written as `true` rather than `1`. The file format's booleans take both (xsd:boolean),
 * and LibreOffice and WPS write `fitToPage="true"` and `horizontalCentered="true"`; ExcelJS reads only
 * "1" (exceljs lib/xlsx/xform/sheet/page-setup-properties-xform.js: `node.attributes.fitToPage === '1'`;
 * print-options-xform.js: `horizontalCentered === '1'`), so such a sheet would be written back without
 * fit-to-page or centring. This reads them from the sheet parts, for the adapter to set after loading.
 */
import type JSZip from 'jszip';

export interface PrintFlags {
  fitToPage: boolean;
  horizontalCentered: boolean;
  verticalCentered: boolean;
}

const flag = (xml: string, element: string, attribute: string) =>
  new RegExp(`<(?:\\w+:)?${element}\\b[^>]*\\s${attribute}="(?:true|1)"`).test(xml);

/** Each sheet's print flags by sheet name, as the sheet parts of the workbook's zip write them. */
export async function printFlags(zip: JSZip | null): Promise<Map<string, PrintFlags>> {
  const out = new Map<string, PrintFlags>();
  if (!zip) return out;
  const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\s(?:\w+:)?id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    const xml = part ? await zip.file(part)?.async('string') : undefined;
    if (!name || !xml) continue;
    out.set(unescapeXml(name), {
      fitToPage: flag(xml, 'pageSetUpPr', 'fitToPage'),
      horizontalCentered: flag(xml, 'printOptions', 'horizontalCentered'),
      verticalCentered: flag(xml, 'printOptions', 'verticalCentered'),
    });
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
