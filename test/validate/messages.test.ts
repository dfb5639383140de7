/**
 * The message catalogue (src/plan/messages.ts): every code of every rule has both texts with the same
 * values named, issues render in full, and a snapshot of a year's issues keeps the wording honest.
 */
import { importPlanText } from '../../src/plan/import';
import { generateYear } from '../../src/plan/generate';
import { messageCatalogue, messageOf } from '../../src/plan/messages';
import { layoutYear } from '../../src/sheets/layout';
import { RULES, validateYear } from '../../src/validate';
import { seedText } from '../helpers/seed';

const placeholders = (t: string) =>
  new Set([...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!.replace(/En$/, '')));

describe('the message catalogue', () => {
  const codes = RULES.flatMap((r) => Object.values(r.meta.messages ?? {}));

  it('holds every rule’s codes once, each under its rule’s id', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(messageCatalogue().has(code)).toBe(true);
  });

  it('says in English every value the Chinese names (a zh label and its English twin count as one)', () => {
    for (const code of codes) {
      const { zh, en } = messageCatalogue().get(code)!;
      for (const text of typeof en === 'string' ? [en] : [en.one, en.other]) {
        const english = placeholders(text);
        // English may add what a Chinese numeral says (“四” (4)), never leave a value out.
        expect({ code, missing: [...placeholders(zh)].filter((v) => !english.has(v)) }).toEqual({
          code,
          missing: [],
        });
      }
    }
  });

  it('refuses a code it does not have', () => {
    expect(() => messageOf('no-such/code', {}, 'zh-CN')).toThrow('No message no-such/code');
  });

  it('words the seed carried into 2027 as it always has (snapshot)', () => {
    const model = generateYear(importPlanText(seedText(), { year: 2020 }).model, { year: 2027 }).model;
    const issues = validateYear(model, layoutYear(model).maps);
    expect(issues.every((i) => i.code && codes.includes(i.code))).toBe(true);
    expect(issues.map((i) => `${i.cell} ${i.code}\n${i.message}\n${i.messageEn}`)).toMatchSnapshot();
  });
});
