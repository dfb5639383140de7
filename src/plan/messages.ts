/**
 * The catalogue of issue messages: each issue has a code (`stale-year/earlier`) and data, and its
 * zh-CN and en-US text comes from the code's templates, filled in by i18next (the pane's i18n library,
 * here in an instance of its own so that the core needs no UI). Behaviour asks codes and data, never
 * the wording.
 */
import i18next from 'i18next';
import type { Issue, IssueData, Severity } from './issue';

/**
 * A message in both languages, `{{name}}` standing for a value of the issue's data. English that
 * depends on a number gives its singular and plural, chosen by the data's `count`.
 */
export interface MessageText {
  zh: string;
  en: string | { one: string; other: string };
}

const catalogue = i18next.createInstance();
void catalogue.init({
  lng: 'zh-CN',
  fallbackLng: false,
  initAsync: false,
  resources: {},
  interpolation: { escapeValue: false },
  // Codes contain `/`; `.` and `:` are not used as separators in them.
  keySeparator: false,
  nsSeparator: false,
});

/** Every code registered, with its texts: for the catalogue's tests. */
const registered = new Map<string, MessageText>();

/** Register a family of messages under a prefix (a rule's id): `prefix/name` is each one's code. */
export function defineMessages<K extends string>(
  prefix: string,
  messages: Record<K, MessageText>,
): Record<K, string> {
  const codes = {} as Record<K, string>;
  for (const [name, text] of Object.entries(messages) as [K, MessageText][]) {
    const code = `${prefix}/${name}`;
    if (registered.has(code) && registered.get(code) !== text)
      throw new Error(`Message ${code} defined twice`);
    registered.set(code, text);
    catalogue.addResource('zh-CN', 'translation', code, text.zh);
    if (typeof text.en === 'string') catalogue.addResource('en-US', 'translation', code, text.en);
    else {
      catalogue.addResource('en-US', 'translation', `${code}_one`, text.en.one);
      catalogue.addResource('en-US', 'translation', `${code}_other`, text.en.other);
    }
    codes[name] = code;
  }
  return codes;
}

/** The message of a code with its data, in one language. */
export function messageOf(code: string, data: IssueData, lang: 'zh-CN' | 'en-US'): string {
  if (!registered.has(code)) throw new Error(`No message ${code}`);
  return catalogue.t(code, { ...data, lng: lang });
}

/** Every registered code and its texts. */
export function messageCatalogue(): ReadonlyMap<string, MessageText> {
  return registered;
}

/** An issue of a code at a place, its texts from the catalogue. */
export function codedIssue(
  rule: string,
  code: string,
  severity: Severity,
  at: { sheet: string; cell: string },
  data: IssueData = {},
): Issue {
  return {
    rule,
    code,
    data,
    severity,
    sheet: at.sheet,
    cell: at.cell,
    message: messageOf(code, data, 'zh-CN'),
    messageEn: messageOf(code, data, 'en-US'),
  };
}
