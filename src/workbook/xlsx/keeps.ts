/**
 * What ExcelJS drops when it loads and writes a workbook back: it keeps cells, styles, tables, notes
 * and pictures, and quietly discards the parts it has no model for. Rewriting a workbook that has such
 * parts would lose them without a word, so the CLI asks first (src/cli/main.ts).
 *
 * Sources: charts (exceljs/exceljs#1173, #1734, #2607), pivot tables (#261, #1678), shapes and other
 * drawings (#1147, #2647), macros (an .xlsm's vbaProject.bin is not in ExcelJS's model); slicers,
 * timelines, embedded objects, form controls and threaded comments are not in ExcelJS's feature list.
 */
import JSZip from 'jszip';

const LOST: { name: string; nameEn: string; part: RegExp }[] = [
  { name: '图表', nameEn: 'charts', part: /^xl\/(charts|chartsheets)\// },
  { name: '数据透视表', nameEn: 'pivot tables', part: /^xl\/(pivotTables|pivotCache)\// },
  { name: '宏', nameEn: 'macros', part: /^xl\/vbaProject\.bin$/ },
  {
    name: '切片器或日程表',
    nameEn: 'slicers or timelines',
    part: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//,
  },
  {
    name: '嵌入的对象或控件',
    nameEn: 'embedded objects or controls',
    part: /^xl\/(embeddings|activeX|ctrlProps)\//,
  },
  { name: '批注回复', nameEn: 'threaded comments', part: /^xl\/threadedComments\// },
];

/** Shapes (text boxes, arrows) in a drawing part: ExcelJS keeps a drawing's pictures, not its shapes. */
const SHAPE = /<(?:\w+:)?(?:sp|cxnSp|grpSp)[\s>]/;

/** The kinds of content a rewrite through ExcelJS would lose, in Chinese and English; none: []. */
export async function contentNotKept(buf: Uint8Array): Promise<{ name: string; nameEn: string }[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return [];
  }
  const names = Object.keys(zip.files);
  const found = LOST.filter((l) => names.some((n) => l.part.test(n))).map(({ name, nameEn }) => ({
    name,
    nameEn,
  }));
  for (const n of names.filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n))) {
    if (SHAPE.test((await zip.file(n)?.async('string')) ?? '')) {
      found.push({ name: '形状', nameEn: 'shapes' });
      break;
    }
  }
  return found;
}
