/** A problem found in a plan, located where the user can fix it. */
export type Severity = 'error' | 'warning';

export interface Issue {
  /** The rule's id, e.g. `item-numbering`. */
  rule: string;
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
