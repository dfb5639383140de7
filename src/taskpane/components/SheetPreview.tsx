/** Standalone mode: the sheets as readable HTML tables, with issue cells highlighted. */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Issue } from '../../plan/issue';
import { cellRef, isDateCell, type CellValue, type SheetGrid } from '../../sheets/spec';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: '70vh', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    verticalAlign: 'top',
    minWidth: '3em',
    maxWidth: '28em',
    whiteSpace: 'pre-wrap',
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
  },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}` },
  rowHead: { color: tokens.colorNeutralForeground3, textAlign: 'right' },
});

export function showValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) {
    const [y, m, d] = v.date.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  return String(v);
}

/** A row holding one text in its first cell only: a title or text row, merged across on the sheet. */
function isBanner(row: readonly CellValue[]): boolean {
  return typeof row[0] === 'string' && row.slice(1).every((v) => v === null || v === undefined);
}

export function SheetPreview(props: {
  grids: readonly SheetGrid[];
  issues: readonly Issue[];
  active: string;
  selected?: { sheet: string; cell: string };
  onTab(name: string): void;
}) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const grid = props.grids.find((g) => g.name === props.active) ?? props.grids[0];
  useEffect(
    () => selectedRef.current?.scrollIntoView?.({ block: 'center', inline: 'nearest' }),
    [props.selected],
  );
  if (!grid) return null;
  const marks = new Map<string, Issue>();
  for (const i of props.issues)
    if (i.sheet === grid.name && (!marks.has(i.cell) || i.severity === 'error')) marks.set(i.cell, i);
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  return (
    <section data-testid="preview">
      <TabList selectedValue={grid.name} onTabSelect={(_, d) => props.onTab(String(d.value))}>
        {props.grids.map((g) => (
          <Tab key={g.name} value={g.name}>
            {g.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.wrap}>
        <table className={styles.table} data-sheet={grid.name}>
          <tbody>
            {grid.values.map((row, r) => (
              <tr key={r}>
                <td className={`${styles.td} ${styles.rowHead}`}>{r + 1}</td>
                {Array.from({ length: isBanner(row) ? 1 : width }, (_, c) => {
                  const ref = cellRef(r + 1, c + 1);
                  const issue = marks.get(ref);
                  const isSelected = props.selected?.sheet === grid.name && props.selected.cell === ref;
                  const cls = [
                    styles.td,
                    issue ? styles[issue.severity] : '',
                    isSelected ? styles.selected : '',
                  ].join(' ');
                  return (
                    <td
                      key={c}
                      colSpan={isBanner(row) ? width : undefined}
                      className={cls}
                      data-cell={ref}
                      data-issue={issue?.severity}
                      title={issue?.message}
                      ref={isSelected ? selectedRef : undefined}
                    >
                      {showValue(row[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
