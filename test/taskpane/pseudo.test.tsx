/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/**
 * The pane in a pseudo-locale (test/helpers/pseudo.ts): every string that comes through i18next is
 * marked ⟦…⟧, so any other text the pane shows or says — outside the sheets' own content, what the
 * user typed, and the validator's messages (bilingual at their source, each rule's messageEn) — is a
 * string that escaped i18n, and fails here with where it is.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { renderPane } from '../helpers/pane';
import { initI18n, resources } from '../../src/taskpane/i18n';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { fillInJsdom } from '../helpers/jsdom';
import { NEUTRAL, OPEN, pseudoTranslation, shownTexts, unmarked, type ShownText } from '../helpers/pseudo';
import { seedText } from '../helpers/seed';

/**
 * Content, not UI: the preview's cells, the sheet tabs (sheet names), the issues' own messages, what
 * the user typed, and Chinese marked as such (the rule examples: rules are typed in Chinese).
 */
const CONTENT =
  '[data-testid="preview"] [data-sheet], [role="tab"], [data-testid="issue-message"], textarea, input, [lang="zh-CN"]';

/** A cell's address (B7) is the sheet's, in every language. */
const CELL = /^[A-Z]{1,3}[0-9]+$/;

/** What the document shows that is neither marked, nor content, nor digits and punctuation. */
function escaped(doc: Document): ShownText[] {
  return shownTexts(doc, CONTENT).filter((s) => {
    const rest = unmarked(s.text).trim();
    return !NEUTRAL.test(rest) && !CELL.test(rest);
  });
}

/** Taken once: i18next keeps the resources object it is given, and adding a bundle changes it. */
const PSEUDO = pseudoTranslation(resources['en-US'].translation);

async function pseudoI18n(): Promise<I18n> {
  const i18n = await initI18n('en-US');
  i18n.addResourceBundle('en-US', 'translation', PSEUDO, true, true);
  await i18n.changeLanguage('en-US'); // the page's title follows, in the pseudo-locale
  return i18n;
}

/** The button showing a string, found by its text. */
function button(text: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

beforeAll(() => fillInJsdom());

describe('pseudo-locale', () => {
  it('finds a string that escaped i18n, and not a marked one or content', async () => {
    const i18n = await pseudoI18n();
    render(
      <div>
        <p>{i18n.t('generate')}</p>
        <p>Open</p>
        <button aria-label="关闭" />
        <p lang="zh-CN">每月第一个星期五</p>
        <div data-testid="preview">
          <table data-sheet="2027年工作计划">
            <tbody>
              <tr>
                <td>一、理论学习</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>,
      { container: document.body.appendChild(document.createElement('div')) },
    );
    expect(i18n.t('generate').startsWith(OPEN)).toBe(true);
    expect(escaped(document).map((s) => s.text)).toEqual(['Open', '关闭']);
  });

  it('the pane shows no string outside i18n: at start, with a pasted plan, its issues and preview, settings and a question', async () => {
    const i18n = await pseudoI18n();
    const port = XlsxWorkbook.create();
    await renderPane(i18n, { port, mode: 'standalone', initialYear: 2027 });
    const seen: Record<string, ShownText[]> = {};
    const look = (state: string) => {
      // Not vacuous: the state shows marked strings, so the pseudo-locale is the one rendered.
      expect(shownTexts(document).some((s) => s.text.includes(OPEN))).toBe(true);
      seen[state] = escaped(document);
    };
    look('start');

    fireEvent.click(screen.getByRole('radio', { name: i18n.t('sourceText') }));
    fireEvent.change(screen.getByRole('textbox', { name: i18n.t('sourceText') }), {
      target: { value: seedText() },
    });
    look('text source');

    fireEvent.click(button(i18n.t('generate')));
    await screen.findByTestId('preview');
    await waitFor(() => expect(screen.getByTestId('issues')).toBeTruthy());
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain(OPEN));
    look('generated, with issues and preview');

    fireEvent.click(await waitFor(() => button(i18n.t('settings'))));
    await screen.findByTestId('settings');
    look('settings open');
    fireEvent.keyDown(screen.getByTestId('settings'), { key: 'Escape' });

    fireEvent.click(button(i18n.t('format')));
    await screen.findByText(i18n.t('confirmFormat'));
    look('asked before formatting');

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((state) => [state, []])));
  });

  it('both languages have the same strings, with the same placeholders', () => {
    /** A key without its plural suffix: Chinese has one form, English _one and _other. */
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const holes = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
    const forms = (strings: Record<string, string>) => {
      const byKey = new Map<string, Set<string>>();
      for (const [key, text] of Object.entries(strings))
        byKey.set(base(key), new Set([...(byKey.get(base(key)) ?? []), ...holes(text)]));
      return new Map([...byKey].map(([key, set]) => [key, [...set].sort().join(' ')]));
    };
    const zh = forms(resources['zh-CN'].translation);
    const en = forms(resources['en-US'].translation);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    const differ = [...zh]
      .filter(([key, h]) => en.get(key) !== h)
      .map(([key, h]) => `${key}: ${h} / ${en.get(key)}`);
    expect(differ).toEqual([]);
  });
});
