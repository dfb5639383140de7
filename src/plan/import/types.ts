/**
 * What importing plan documents works on and gives back. A document (a text or a Word file) is first
 * read into blocks — lines of text and tables, each with where it came from — and the blocks are then
 * placed into one year's model. Every block is either placed in a cell or reported as not placed.
 */
import type { Issue } from '../issue';
import type { YearPlan } from '../model';
import { SHEET_KINDS, type SheetKind } from '../../sheets/kinds';

/** The kinds of sheet a year has (src/sheets/kinds); a document fills one or more of them. */
export type DocKind = SheetKind;

export const DOC_KINDS: readonly DocKind[] = SHEET_KINDS;

/**
 * Where a block came from, shown to users: `第12行` (a line of a text), `第12段` (a paragraph of a Word
 * document, counting every body paragraph outside tables, empty ones too), `表2第3行` (row 3 of the
 * second table, its header row being row 1).
 */
export type Place = string;

export interface LineBlock {
  kind: 'line';
  text: string;
  at: Place;
  /** A Word paragraph's list number recovered from numbering.xml (`一、`, `1.`), already in `text`. */
  numbered?: boolean;
  /** The short bold lead of a Word paragraph (`加强理论学习。`), a hint for an item's title. */
  boldLead?: string;
  /** The recovered list number as Word shows it (`1.`), where the text after it begins. */
  label?: string;
  /** A line Word generated (a table of contents), not the plan's text. */
  generated?: boolean;
  /** A paragraph holding only a picture or an embedded object. */
  picture?: boolean;
  /** A Word heading's outline level (0 for 标题 1), from its style or its own paragraph properties. */
  outline?: number;
}

export interface TableRow {
  cells: string[];
  at: Place;
}

export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
  at: Place;
}

export type Block = LineBlock | TableBlock;

/** One document as read: its name (used to locate issues) and its blocks in reading order. */
export interface ImportDocument {
  name: string;
  blocks: Block[];
  /** How the bytes were decoded (`utf-8`, `utf-16le`, `gb18030`, `docx`), for the report. */
  encoding?: string;
}

export interface ImportOptions {
  /** The year to use when no title gives one. */
  year?: number;
  /** The source's name when importing one text, used as the "sheet" of located issues. */
  source?: string;
}

/** A line (or table row) that was not placed in any cell. */
export interface Unplaced {
  source: string;
  at: Place;
  text: string;
  /** Why it was not placed. */
  why: UnplacedWhy;
}

export type UnplacedWhy =
  /** A line above the title: a source, an author, a date of publication. */
  | 'before-title'
  /** The list of attachments under the plan, whose titles head the attachments themselves. */
  | 'attachment-index'
  /** A signature or date below the plan. */
  | 'signature'
  /** A table row or month entry without a month. */
  | 'no-month'
  /** A part another document already gave (two theme-day plans for one year). */
  | 'kind-twice'
  /** A table the importer cannot tell the columns of. */
  | 'table'
  /** A page number, a source, navigation: what a web page or converter adds. */
  | 'furniture'
  /** A table of contents Word generated. */
  | 'contents'
  /** A picture or an embedded object (a table pasted from Excel), which holds no text to read. */
  | 'picture';

/** What was recognised, for the user to check before anything is written. */
export interface ImportSummary {
  /** The sheets the documents fill, in sheet order. */
  kinds: DocKind[];
  sections: number;
  items: number;
  studyMonths: number[];
  themeDayMonths: number[];
  /** The theme-day rule found in the documents, or '' when none was. */
  rule: string;
  unplaced: Unplaced[];
}

export interface ImportResult {
  model: YearPlan;
  issues: Issue[];
  /** The sheets the documents fill; the model's other parts are empty defaults. */
  kinds: DocKind[];
  summary: ImportSummary;
}
