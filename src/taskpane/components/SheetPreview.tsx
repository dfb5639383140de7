/**
 * Standalone mode: the sheets as the user reads them, with issue cells highlighted. At pane width each
 * row of a table is a card of its fields, named by the table's headers; from 1000 px on, the sheet as
 * a table whose header row and row numbers stay in view. The sheet tabs wrap.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../plan/issue';
import {
  cellRef,
  columnLetter,
  isDateCell,
  parseRange,
  type CellValue,
  type SheetGrid,
} from '../../sheets/spec';

/** The width from which the page shows sheets as tables, beside the form (see App's layout). */
export const WIDE = '(min-width: 1000px)';

const useStyles = makeStyles({
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px', marginBottom: tokens.spacingVerticalS },
  tab: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  tabSelected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
  /** Read by screen readers, not shown. */
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  group: { display: 'contents' },
  wrap: {
    overflow: 'auto',
    maxHeight: '75vh',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  td: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    verticalAlign: 'top',
    minWidth: '3em',
    maxWidth: '28em',
    whiteSpace: 'pre-wrap',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    color: tokens.colorNeutralForeground3,
    textAlign: 'right',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
  },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}` },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: '4px' },
  banner: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  card: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cardHead: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(4em, max-content) 1fr',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  name: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
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

/** The rows (1-based) that head the sheet's tables. */
function headerRows(grid: SheetGrid): Set<number> {
  const rows = new Set<number>();
  for (const t of grid.tables) {
    const range = parseRange(t.range);
    if (range) rows.add(range.top);
  }
  return rows;
}

/** Each row's column names: the header row above it in its table, else the column letters. */
function columnNames(grid: SheetGrid): (col: number, row: number) => string {
  const heads = [...headerRows(grid)].sort((a, b) => a - b);
  return (col, row) => {
    const head = heads.filter((h) => h < row).pop();
    const name = head ? showValue(grid.values[head - 1]?.[col - 1]) : '';
    return name || columnLetter(col);
  };
}

/** Whether the page is as wide as `query`, following resizes (false where matchMedia is missing). */
function useMedia(query: string): boolean {
  const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
  const [matches, setMatches] = useState(list?.matches ?? false);
  useEffect(() => {
    if (!list) return;
    const change = () => setMatches(list.matches);
    list.addEventListener?.('change', change);
    return () => list.removeEventListener?.('change', change);
  }, [list]);
  return matches;
}

/**
 * The sheets' tabs, wrapping at pane width so every one stays in view: a WAI-ARIA tablist (one tab in
 * the Tab order, arrows, Home and End move between them and select). Fluent's TabList is not used: its
 * focus manager puts focusable aria-hidden elements in the list, which axe-core reports.
 */
function SheetTabs(props: { names: readonly string[]; active: string; onTab(name: string): void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const key = (e: KeyboardEvent, i: number) => {
    const n = props.names.length;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % n
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    props.onTab(props.names[to]!);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('sheets')} className={styles.tabs} ref={list}>
      {props.names.map((name, i) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === props.active}
          tabIndex={name === props.active ? 0 : -1}
          className={mergeClasses(styles.tab, name === props.active && styles.tabSelected)}
          onClick={() => props.onTab(name)}
          onKeyDown={(e) => key(e, i)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

export function SheetPreview(props: {
  grids: readonly SheetGrid[];
  issues: readonly Issue[];
  active: string;
  selected?: { sheet: string; cell: string };
  onTab(name: string): void;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const wide = useMedia(WIDE);
  const selectedRef = useRef<HTMLElement | null>(null);
  const grid = props.grids.find((g) => g.name === props.active) ?? props.grids[0];
  useEffect(
    // The selected cell's card (with its row's number and the column's name) or cell, in view.
    () => selectedRef.current?.scrollIntoView?.({ block: wide ? 'center' : 'nearest', inline: 'nearest' }),
    [props.selected, wide],
  );
  if (!grid) return null;
  const english = i18n.language === 'en-US';
  const marks = new Map<string, Issue>();
  for (const i of props.issues)
    if (i.sheet === grid.name && (!marks.has(i.cell) || i.severity === 'error')) marks.set(i.cell, i);
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const heads = headerRows(grid);
  const nameOf = columnNames(grid);
  const isSelected = (ref: string) => props.selected?.sheet === grid.name && props.selected.cell === ref;
  const mark = (ref: string) => {
    const issue = marks.get(ref);
    return {
      className: mergeClasses(issue && styles[issue.severity], isSelected(ref) && styles.selected),
      'data-cell': ref,
      'data-issue': issue?.severity,
      title: issue ? (english ? issue.messageEn : issue.message) : undefined,
      ref: isSelected(ref) ? (el: HTMLElement | null) => void (selectedRef.current = el) : undefined,
    };
  };

  const table = (
    <table className={styles.table} data-sheet={grid.name}>
      <caption className={styles.hidden}>{grid.name}</caption>
      <tbody>
        {grid.values.map((row, r) => {
          const head = heads.has(r + 1);
          const Cell = head ? 'th' : 'td';
          return (
            <tr key={r}>
              <th scope="row" className={mergeClasses(styles.td, styles.rowHead)}>
                {r + 1}
              </th>
              {Array.from({ length: isBanner(row) ? 1 : width }, (_, c) => {
                const ref = cellRef(r + 1, c + 1);
                const { className, ...rest } = mark(ref);
                return (
                  <Cell
                    key={c}
                    scope={head ? 'col' : undefined}
                    colSpan={isBanner(row) ? width : undefined}
                    className={mergeClasses(styles.td, head && styles.head, className)}
                    {...rest}
                  >
                    {showValue(row[c])}
                  </Cell>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  const cards = (
    <div className={styles.cards} data-sheet={grid.name}>
      {grid.values.map((row, r) => {
        if (heads.has(r + 1) || row.every((v) => v === null || v === undefined || v === '')) return null;
        if (isBanner(row)) {
          const ref = cellRef(r + 1, 1);
          const { className, ...rest } = mark(ref);
          return (
            <p key={r} className={mergeClasses(styles.banner, className)} {...rest}>
              {showValue(row[0])}
            </p>
          );
        }
        const cells = Array.from({ length: width }, (_, c) => c).filter(
          (c) => showValue(row[c]) !== '' || marks.has(cellRef(r + 1, c + 1)),
        );
        return (
          <article key={r} className={styles.card} aria-label={t('previewRow', { row: r + 1 })}>
            <p className={styles.cardHead}>{t('previewRow', { row: r + 1 })}</p>
            <dl className={styles.fields}>
              {cells.map((c) => {
                const ref = cellRef(r + 1, c + 1);
                const { className, ...rest } = mark(ref);
                return (
                  <div key={c} className={styles.group}>
                    <dt className={styles.name}>{nameOf(c + 1, r + 1)}</dt>
                    <dd className={mergeClasses(styles.value, className)} {...rest}>
                      {showValue(row[c])}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </article>
        );
      })}
    </div>
  );

  return (
    <section data-testid="preview" aria-label={t('preview')}>
      <SheetTabs names={props.grids.map((g) => g.name)} active={grid.name} onTab={props.onTab} />
      <div
        className={styles.wrap}
        role="region"
        tabIndex={0}
        aria-label={t('previewOf', { sheet: grid.name })}
        data-view={wide ? 'table' : 'cards'}
      >
        {wide ? table : cards}
      </div>
    </section>
  );
}
