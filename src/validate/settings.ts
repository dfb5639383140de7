/**
 * What a branch may set about validation: the expected number of theme-day months, how often the
 * meetings the 支部工作条例 asks for should appear, the yearly study hours, and rules turned off. Local
 * practice is a setting, not a hard check (DOMAIN.md); every default follows the regulations.
 */
import { z } from 'zod';
import { RULES } from './registry';

// No code generation: zod would otherwise compile its object checks with new Function (a first try of
// which alone breaks the task pane's Content-Security-Policy, which allows no eval).
z.config({ jitless: true });

export interface ValidationSettings {
  /** Theme-day months a year the branch plans (1–12). Below 12, fewer months are a warning, not an error. */
  readonly themeDayMonths: number;
  /** 党员大会 each quarter (0 turns the check off). */
  readonly memberMeetingsPerQuarter: number;
  /** 党课 a year. */
  readonly partyLecturesPerYear: number;
  /** 组织生活会 a year. */
  readonly lifeMeetingsPerYear: number;
  /** 民主评议党员 a year. */
  readonly memberReviewsPerYear: number;
  /** Warn when the 组织生活会 or the 民主评议党员 is held only outside the fourth quarter. */
  readonly reviewsInFourthQuarter: boolean;
  /** Warn when no June or July activity marks 七一 (the Party's founding day). */
  readonly julyFirstActivity: boolean;
  /** 学时 a member studies a year, at least (0 turns the check off). */
  readonly minStudyHours: number;
  /**
   * The study focus of the time, as the built-in templates name it and `stale-era` says is current;
   * empty: the one that follows the congresses and sessions held before the plan's year (src/plan/era).
   */
  readonly studyFocus: string;
  /** Ids of rules not to run, e.g. `["empty-owner"]`. */
  readonly off: readonly string[];
}

export const DEFAULT_SETTINGS: ValidationSettings = Object.freeze({
  themeDayMonths: 12,
  memberMeetingsPerQuarter: 1,
  partyLecturesPerYear: 1,
  lifeMeetingsPerYear: 1,
  memberReviewsPerYear: 1,
  reviewsInFourthQuarter: true,
  julyFirstActivity: true,
  minStudyHours: 32,
  studyFocus: '',
  off: Object.freeze([]) as readonly string[],
});

type Key = keyof ValidationSettings;

/** Each key: what it is, and what value it expects, in zh-CN and en-US. */
const KEYS: Record<Key, [what: string, expected: string, expectedEn: string]> = {
  themeDayMonths: ['每年主题党日的月数', '1–12 的整数', 'an integer from 1 to 12'],
  memberMeetingsPerQuarter: ['每季度党员大会次数', '0–3 的整数', 'an integer from 0 to 3'],
  partyLecturesPerYear: ['每年党课次数', '0–12 的整数', 'an integer from 0 to 12'],
  lifeMeetingsPerYear: ['每年组织生活会次数', '0–12 的整数', 'an integer from 0 to 12'],
  memberReviewsPerYear: ['每年民主评议党员次数', '0–12 的整数', 'an integer from 0 to 12'],
  reviewsInFourthQuarter: ['组织生活会和民主评议党员是否应在第四季度', 'true 或 false', 'true or false'],
  julyFirstActivity: ['是否要求6月或7月有七一活动', 'true 或 false', 'true or false'],
  minStudyHours: ['每年至少学时', '0–1000 之间的数', 'a number from 0 to 1000'],
  studyFocus: [
    '当前的学习重点（留空则按已召开的党的全国代表大会和中央全会确定）',
    '不超过 200 字的文字',
    'a text of at most 200 characters',
  ],
  off: ['关闭的规则', '规则编号组成的数组，如 ["empty-owner"]', 'an array of rule ids, e.g. ["empty-owner"]'],
};

/** The settings that are numbers, in the order a form shows them, with the values each accepts. */
export const NUMBER_SETTINGS = [
  { key: 'themeDayMonths', min: 1, max: 12, integer: true },
  { key: 'memberMeetingsPerQuarter', min: 0, max: 3, integer: true },
  { key: 'partyLecturesPerYear', min: 0, max: 12, integer: true },
  { key: 'lifeMeetingsPerYear', min: 0, max: 12, integer: true },
  { key: 'memberReviewsPerYear', min: 0, max: 12, integer: true },
  { key: 'minStudyHours', min: 0, max: 1000, integer: false },
] as const satisfies readonly { key: Key; min: number; max: number; integer: boolean }[];

export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

const SCHEMA = z.strictObject({
  ...Object.fromEntries(
    NUMBER_SETTINGS.map(({ key, min, max, integer }) => {
      const n = integer ? z.number().int() : z.number();
      return [key, n.min(min).max(max).optional()];
    }),
  ),
  reviewsInFourthQuarter: z.boolean().optional(),
  julyFirstActivity: z.boolean().optional(),
  studyFocus: z.string().max(200).optional(),
  off: z.array(z.string()).optional(),
});

function shown(value: unknown): string {
  const s = value === undefined ? 'undefined' : JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function kindOf(value: unknown): [zh: string, en: string] {
  if (Array.isArray(value)) return ['数组', 'an array'];
  if (value === null) return ['null', 'null'];
  if (typeof value === 'string') return ['字符串', 'a string'];
  if (typeof value === 'number') return ['数字', 'a number'];
  if (typeof value === 'boolean') return ['true/false', 'a boolean'];
  return [typeof value, typeof value];
}

function failure(errors: [zh: string, en: string][]): { error: string; errorEn: string } {
  return { error: errors.map((e) => e[0]).join('；'), errorEn: errors.map((e) => e[1]).join(' ') };
}

/** One message per bad key (zod may report a key more than once, e.g. two bad items of `off`). */
function schemaErrors(
  issues: readonly z.core.$ZodIssue[],
  record: Record<string, unknown>,
): [string, string][] {
  const errors: [string, string][] = [];
  const names = Object.keys(KEYS);
  const done = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys)
        errors.push([
          `未知的设置项“${k}”（可用的设置项：${names.join('、')}）`,
          `Unknown setting "${k}" (known settings: ${names.join(', ')}).`,
        ]);
      continue;
    }
    const key = String(issue.path[0]);
    if (done.has(key) || !(key in KEYS)) continue;
    done.add(key);
    const [what, expected, expectedEn] = KEYS[key as Key];
    const space = /^[!-~]/.test(expected) ? ' ' : '';
    errors.push([
      `设置项“${key}”（${what}）应为${space}${expected}，实际为 ${shown(record[key])}`,
      `The setting "${key}" should be ${expectedEn}, not ${shown(record[key])}.`,
    ]);
  }
  return errors.length > 0 ? errors : [['设置无效', 'The settings are not valid.']];
}

export type SettingsResult = { settings: ValidationSettings } | { error: string; errorEn: string };

/**
 * Read settings from JSON: a JSON text or the value it parses to, an object with any of the keys above
 * (the rest keep their defaults). Unknown keys, values of the wrong type or range and unknown rule
 * ids in `off` are an error that names the key and what was expected.
 */
export function parseValidationSettings(json: unknown): SettingsResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { error: `设置不是有效的 JSON：${why}`, errorEn: `The settings are not valid JSON: ${why}` };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const [zh, en] = kindOf(value);
    return {
      error: `设置应为一个 JSON 对象（如 {"themeDayMonths": 11}），实际为${zh}`,
      errorEn: `The settings should be a JSON object (e.g. {"themeDayMonths": 11}), not ${en}.`,
    };
  }
  const result = SCHEMA.safeParse(value);
  if (!result.success) return failure(schemaErrors(result.error.issues, value as Record<string, unknown>));
  const known = RULES.map((r) => r.meta.id);
  const unknownIds = (result.data.off ?? []).filter((id) => !known.includes(id));
  if (unknownIds.length > 0)
    return failure(
      unknownIds.map((id) => [
        `设置项“off”中的“${id}”不是已知的规则编号（可用：${known.join('、')}）`,
        `The setting "off" names "${id}", which is not a rule id (known: ${known.join(', ')}).`,
      ]),
    );
  const given = Object.entries(result.data).filter(([, v]) => v !== undefined);
  return { settings: { ...DEFAULT_SETTINGS, ...Object.fromEntries(given) } };
}

/** The settings that differ from the defaults: what a branch chose, and all a store need keep. */
export function changedSettings(settings: ValidationSettings): Partial<ValidationSettings> {
  return Object.fromEntries(
    (Object.keys(DEFAULT_SETTINGS) as Key[])
      .filter((key) => JSON.stringify(settings[key]) !== JSON.stringify(DEFAULT_SETTINGS[key]))
      .map((key) => [key, settings[key]]),
  );
}
