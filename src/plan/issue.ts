/** A problem found in a plan, located where the user can fix it. */
export type Severity = 'error' | 'warning';

/** Values an issue's message names: numbers, and texts as found (a cell's words, a label). */
export type IssueData = Readonly<Record<string, string | number>>;

export interface Issue {
  /** The rule's id, e.g. `item-numbering`. */
  rule: string;
  /**
   * What exactly was found, e.g. `item-numbering/gap`: its message comes from the catalogue
   * (src/plan/messages.ts) with `data`. Behaviour asks the code, never the message.
   */
  code: string;
  data: IssueData;
  severity: Severity;
  /** The sheet name, or the source's name for an imported text. */
  sheet: string;
  /** An A1 cell reference, or `第N行` / `line N` for a text line. */
  cell: string;
  message: string;
  messageEn: string;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
