/**
 * What a sheet kind is: its sheet and table names, and its columns, each naming a field of the kind's
 * row type (the compiler rejects a column whose field the row does not have) with the role it plays.
 * Layout, read, merge, the text cells validation looks at and protection all loop over the columns, so
 * a column's place on the sheet is its place in the list and nothing else.
 */
import type { ColumnKind } from '../spec';

/**
 * `template`: what the template writes (标题, 内容, 活动主题 …); `user`: what users fill in, kept on
 * regenerating and left editable on a protected sheet (责任人, 状态 …); `derived`: computed from the
 * rest (the 部分 of a plan row, a theme day's date from the rule).
 */
export type ColumnRole = 'template' | 'user' | 'derived';

export interface Column<Row> {
  field: keyof Row & string;
  header: string;
  /** How messages name the column in English: `study theme`. */
  headerEn: string;
  /** Other names people give the column (compared after normaliseHeader). */
  aliases: readonly string[];
  role: ColumnRole;
  /** Width in Excel character units. */
  width: number;
  kind: ColumnKind;
  /** A date column that also takes free text (完成时限: 全年, 6月底). */
  freeText?: boolean;
  /** Excel number format for the column's data cells. */
  numberFormat?: string;
  /** A drop-down list of allowed values. `strict` rejects other input; otherwise Excel only warns. */
  list?: { values: readonly string[]; strict: boolean };
  /** Colour the cell by its value (状态). */
  statusColours?: boolean;
  /** Centre short values (numbers, months, statuses). */
  centre?: boolean;
  /** Whether validation reads the column as text (the default for text columns). */
  checkedText?: boolean;
}

export interface KindDef<Row> {
  /** The sheet name after the year: `工作计划` in `2027年工作计划`. */
  suffix: string;
  /** The Excel table name before the year: `Plan` in `Plan2027`. */
  tablePrefix: string;
  /** How messages name the sheet: 工作计划 / work plan. */
  label: string;
  labelEn: string;
  columns: Column<Row>[];
  /** The fields that say which row is which when merging (with the section, for plan items). */
  key: (keyof Row & string)[];
  /** A totals row under the table: its label and the fields it sums. */
  totals?: { label: string; sumFields: (keyof Row & string)[] };
}
