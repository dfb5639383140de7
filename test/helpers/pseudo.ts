/**
 * A pseudo-locale, as Script Lab and Windows (qps-ploc) test their UIs: every string of a language is
 * marked `⟦…⟧` and its letters accented, its `{{placeholders}}` and `$t(nested, …)` references kept as
 * they are. A pane rendered in it shows every translated string marked; text outside the markers either
 * is content (sheet names, cells, what the user typed, file names) or escaped i18n. And the walk of
 * what a page shows: its text nodes, the attributes screen readers and tooltips read, and its title.
 */

export const OPEN = '⟦';
export const CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
}; // prettier-ignore

/** What i18next fills in or resolves itself: left untouched. */
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** One string in the pseudo-locale. */
export function pseudo(text: string): string {
  const parts = text
    .split(KEPT)
    .map((part, i) => (i % 2 ? part : part.replace(/[a-z]/gi, (c) => ACCENTED[c] ?? c)));
  return `${OPEN}${parts.join('')}${CLOSE}`;
}

/** A language's strings (one i18next namespace, flat) in the pseudo-locale. */
export function pseudoTranslation(strings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, pseudo(value)]));
}

/** A text with what is marked taken out, innermost markers first (nested strings are marked twice). */
export function unmarked(text: string): string {
  const innermost = new RegExp(`${OPEN}[^${OPEN}${CLOSE}]*${CLOSE}`, 'g');
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(innermost, '');
  }
  return rest;
}

/** Digits, ASCII punctuation and spaces: text that needs no translation. */
export const NEUTRAL = /^[\s0-9!-/:-@[-`{-~]*$/;

/** Chinese and Japanese characters and punctuation, full-width forms. */
export const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** The attributes whose text a screen reader says or a tooltip shows. */
const ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'placeholder',
  'title',
  'alt',
];

export interface ShownText {
  /** Where it is: the element, and the attribute unless it is text. */
  where: string;
  text: string;
}

function describe(el: Element): string {
  const id = el.getAttribute('data-testid');
  const role = el.getAttribute('role');
  return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${role ? ` role=${role}` : ''}>`;
}

const count = (text: string, mark: string) => text.split(mark).length - 1;

/**
 * Every text the document shows or says: text nodes, the attributes above, and the page's title;
 * none from inside the elements `skip` selects (content: cells, sheet names). A string rendered with
 * elements inside it (react-i18next's Trans) spans text nodes: those are taken together, as the text
 * of their nearest element whose markers pair up.
 */
export function shownTexts(doc: Document, skip?: string): ShownText[] {
  const shown: ShownText[] = [];
  if (doc.title) shown.push({ where: '<title>', text: doc.title });
  const skipped = (el: Element) => el.closest('style, script, template') || (skip && el.closest(skip));
  /** An element's text outside what is skipped. */
  const textOf = (el: Element) => {
    let text = '';
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.parentElement && !skipped(n.parentElement)) text += n.textContent ?? '';
    return text;
  };
  const taken = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    if (!el || skipped(el)) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!(node.textContent ?? '').trim()) continue;
      let whole: Element = el;
      let text = textOf(whole);
      while (count(text, OPEN) !== count(text, CLOSE) && whole.parentElement && whole !== doc.body) {
        whole = whole.parentElement;
        text = textOf(whole);
      }
      if (taken.has(whole)) continue;
      taken.add(whole);
      shown.push({ where: describe(whole), text });
      continue;
    }
    for (const name of ATTRIBUTES) {
      const text = el.getAttribute(name);
      if (text?.trim()) shown.push({ where: `${describe(el)} ${name}`, text });
    }
  }
  return shown;
}
