/**
 * The columns are one list per kind (src/sheets/kinds): a column's place on the sheet is its place in
 * the list, and a column added there in one line is laid out, read back, merged and protected with no
 * other change.
 */
import { editableRanges, generateSheets, shareYear } from '../../src/app/actions';
import type { ThemeDay, YearPlan } from '../../src/plan/model';
import { KINDS, type Column } from '../../src/sheets/kinds';
import { cellOf } from '../../src/sheets/map';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';

const request = {
  year: 2027,
  branch: '第一党支部',
  rule: '每月第一个星期五',
  source: { kind: 'default' as const },
};

/** Run `body` with a kind's columns changed, and put them back after. */
async function withColumns<T>(
  columns: Column<T>[],
  change: (c: Column<T>[]) => void,
  body: () => Promise<void>,
) {
  const saved = [...columns];
  change(columns);
  try {
    await body();
  } finally {
    columns.splice(0, columns.length, ...saved);
  }
}

async function generatedModel(): Promise<{ port: XlsxWorkbook; model: YearPlan }> {
  const port = XlsxWorkbook.create();
  await generateSheets(port, request);
  const saved = await XlsxWorkbook.fromBuffer(await port.toBuffer());
  return { port: saved, model: (await readYearFrom(saved, 2027)).model };
}

describe('a kind’s columns', () => {
  it('land where the list puts them, and reordering the list changes nothing else', async () => {
    const { model } = await generatedModel();
    await withColumns(
      KINDS.study.columns,
      (c) => c.reverse(),
      async () => {
        const { port, model: shuffled } = await generatedModel();
        expect(shuffled).toEqual(model);
        const sheet = port.workbook.getWorksheet('2027年学习计划')!;
        const { maps } = await readYearFrom(port, 2027);
        const header = sheet.getRow(maps.study.headerRow).values as unknown[];
        expect(header.slice(1, 3)).toEqual(['完成情况', '负责人']);
        expect(sheet.getCell(cellOf(maps.study, 0, 'theme')).value).toBe(model.study.months[0]!.theme);
      },
    );
  });

  it('take a new column in one line: laid out, read back, kept on regenerating, editable when shared', async () => {
    const column: Column<ThemeDay> = {
      field: 'attendance' as keyof ThemeDay & string,
      header: '出勤人数',
      headerEn: 'attendance',
      aliases: ['到会人数'],
      role: 'user',
      width: 8,
      kind: 'text',
    };
    await withColumns(
      KINDS.themeDays.columns,
      (c) => c.splice(8, 0, column),
      async () => {
        const port = XlsxWorkbook.create();
        await generateSheets(port, request);
        let read = await readYearFrom(port, 2027);
        expect(read.issues).toEqual([]);
        const at = cellOf(read.maps.themeDays, 2, 'attendance');
        expect(at[0]).toBe('I');
        const sheet = port.workbook.getWorksheet('2027年主题党日')!;
        expect(sheet.getCell(`I${read.maps.themeDays.headerRow}`).value).toBe('出勤人数');
        sheet.getCell(at).value = '23';
        read = await readYearFrom(port, 2027);
        expect((read.model.themeDays.activities[2] as unknown as Record<string, string>).attendance).toBe(
          '23',
        );
        // Regenerating with another rule keeps what was typed in it.
        const again = await generateSheets(port, { ...request, rule: '每月20日' });
        expect(again.status === 'done' && again.written).toEqual({ how: 'merged', kept: 1 });
        read = await readYearFrom(port, 2027);
        expect(port.workbook.getWorksheet('2027年主题党日')!.getCell(at).value).toBe('23');
        expect(editableRanges(read.maps.themeDays)).toContain(
          `I${read.maps.themeDays.rows[0]}:I${read.maps.themeDays.rows[11]}`,
        );
        const shared = await shareYear(port, 2027, { acceptWarnings: true });
        expect(shared.status).toBe('done');
        expect(port.workbook.getWorksheet('2027年主题党日')!.getCell(at).protection?.locked).toBe(false);
      },
    );
  });
});
