/** What a workbook adapter would read back from a SheetSpec, built directly: for core tests. */
import { specRows, cellRef, type CellValue, type SheetGrid, type SheetSpec } from '../../src/sheets/spec';

export function specToGrid(spec: SheetSpec): SheetGrid {
  const r = specRows(spec);
  const width = spec.table.columns.length;
  const values: CellValue[][] = [];
  values[r.title - 1] = [spec.title];
  spec.textRows.forEach((t, i) => (values[r.text[i]! - 1] = [t]));
  values[r.header - 1] = spec.table.columns.map((c) => c.header);
  spec.table.rows.forEach((row, i) => (values[r.firstData - 1 + i] = [...row]));
  let last = r.firstData - 1 + Math.max(spec.table.rows.length, 1);
  if (spec.table.totals) {
    const totals: CellValue[] = Array.from({ length: width }, () => null);
    totals[0] = spec.table.totals.label;
    values[last] = totals;
    last += 1;
  }
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return {
    name: spec.name,
    values,
    tables: [{ name: spec.table.name, range: `A${r.header}:${cellRef(last, width)}` }],
    titleFont: spec.fonts.title.name,
  };
}
