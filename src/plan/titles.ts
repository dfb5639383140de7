import { toAsciiDigits } from './numerals';

/** Default titles of the three documents, used when a source does not give its own. */
export function planTitle(branch: string, year: number): string {
  return `${branch}${year}年工作计划`;
}

export function studyTitle(branch: string, year: number): string {
  return `${branch}${year}年度每月学习计划安排`;
}

export function themeDayTitle(branch: string, year: number): string {
  return `${branch}${year}年度主题党日活动计划表`;
}

/** Split a plan title into branch and year: `党支部2020年工作计划` → 党支部, 2020. */
export function parsePlanTitle(title: string): { branch: string; year: number } | null {
  const m = /^(.*?)([0-9０-９]{4})\s*年度?工作计划$/.exec(title.trim());
  if (!m) return null;
  const year = Number(toAsciiDigits(m[2]!));
  return { branch: m[1]!.trim(), year };
}

/**
 * The branch a title names before its year, in any wording (`XX党支部2027年度党建工作要点` → XX党支部);
 * '' when the title does not name the year.
 */
export function branchOfTitle(title: string, year: number): string {
  const t = toAsciiDigits(title.trim());
  const at = t.search(new RegExp(`${year}\\s*年`));
  return at > 0 ? t.slice(0, at).trim() : '';
}
