/**
 * Word's automatic numbering, recovered as the text Word shows (`一、`, `（二）`, `3.`, `①`). In most
 * Chinese plans these numbers live in word/numbering.xml, not in the paragraph's text (ECMA-376 Part 1,
 * §17.9 "Numbering"): a paragraph names a list instance (`w:numId`) and a level (`w:ilvl`), directly or
 * through its paragraph style; the instance points to an abstract definition whose level gives the
 * start value, the format (`w:numFmt`: decimal, chineseCounting, decimalEnclosedCircle, …) and the
 * text (`w:lvlText`, e.g. `%1、`, `（%2）`). Counting a level resets the levels below it (unless
 * `w:lvlRestart` says otherwise); instances of one abstract definition continue one count unless an
 * instance overrides its start (`w:lvlOverride/w:startOverride`), as Word does.
 */
import { chineseNumeral } from '../numerals';
import { xmlEvents } from './xml';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** The level whose counting restarts this one; 0 never, undefined the level just above. */
  restart?: number;
  legal: boolean;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, number>;
  /** Levels an instance redefines whole (`w:lvlOverride/w:lvl`). */
  levels: Map<number, LevelDef>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
  /** Paragraph styles that carry numbering: style id → numId and level. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string; name?: string; outline?: number }>;
  /** Levels of an abstract definition tied to a paragraph style (`w:lvl/w:pStyle`). */
  styleLevels: Map<string, number>;
}

const val = (attrs: Record<string, string>) => attrs['w:val'] ?? '';

export function parseNumbering(numberingXml: string | null, stylesXml: string | null): Numbering {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  const nums = new Map<string, NumDef>();
  const styleLevels = new Map<string, number>();
  if (numberingXml) {
    let abstract: Map<number, LevelDef> | null = null;
    let level: LevelDef | null = null;
    let levelNo = 0;
    let num: NumDef | null = null;
    let overrideLevel = -1;
    for (const e of xmlEvents(numberingXml)) {
      if (e.type === 'open') {
        const a = e.attrs;
        switch (e.name) {
          case 'w:abstractNum':
            abstract = new Map();
            abstracts.set(a['w:abstractNumId'] ?? '', abstract);
            break;
          case 'w:lvl':
            levelNo = Number(a['w:ilvl'] ?? (num ? overrideLevel : 0));
            level = { start: 1, format: 'decimal', text: '', legal: false };
            // A level redefined whole inside an instance's override replaces the abstract one there.
            if (num) num.levels.set(levelNo, level);
            else abstract?.set(levelNo, level);
            break;
          case 'w:start':
            if (level) level.start = Number(val(a)) || 0;
            break;
          case 'w:numFmt':
            if (level) level.format = val(a);
            break;
          case 'w:lvlText':
            if (level) level.text = val(a);
            break;
          case 'w:lvlRestart':
            if (level) level.restart = Number(val(a));
            break;
          case 'w:isLgl':
            if (level) level.legal = val(a) !== 'false' && val(a) !== '0';
            break;
          case 'w:pStyle':
            if (level && !num) styleLevels.set(val(a), levelNo);
            break;
          case 'w:num':
            num = { abstractId: '', overrides: new Map(), levels: new Map() };
            nums.set(a['w:numId'] ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractId = val(a);
            break;
          case 'w:lvlOverride':
            overrideLevel = Number(a['w:ilvl'] ?? 0);
            break;
          case 'w:startOverride':
            if (num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(val(a)) || 0);
            break;
        }
      } else if (e.type === 'close') {
        if (e.name === 'w:abstractNum') abstract = null;
        else if (e.name === 'w:lvl') level = null;
        else if (e.name === 'w:num') num = null;
        else if (e.name === 'w:lvlOverride') overrideLevel = -1;
      }
    }
  }
  const styles = new Map<
    string,
    { numId?: string; ilvl?: number; basedOn?: string; name?: string; outline?: number }
  >();
  if (stylesXml) {
    let current: { numId?: string; ilvl?: number; basedOn?: string; name?: string; outline?: number } | null =
      null;
    for (const e of xmlEvents(stylesXml)) {
      if (e.type === 'open') {
        if (e.name === 'w:style') {
          current = e.attrs['w:type'] === 'paragraph' ? {} : null;
          if (current) styles.set(e.attrs['w:styleId'] ?? '', current);
        } else if (current && e.name === 'w:numId') current.numId = val(e.attrs);
        else if (current && e.name === 'w:ilvl') current.ilvl = Number(val(e.attrs));
        else if (current && e.name === 'w:basedOn') current.basedOn = val(e.attrs);
        else if (current && e.name === 'w:name') current.name = val(e.attrs);
        else if (current && e.name === 'w:outlineLvl') current.outline = Number(val(e.attrs));
      } else if (e.type === 'close' && e.name === 'w:style') current = null;
    }
  }
  return { abstracts, nums, styles, styleLevels };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function letters(n: number): string {
  const c = String.fromCharCode(65 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's format (ECMA-376 §17.18.59 ST_NumberFormat). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return n === 0 ? '〇' : chineseNumeral(n);
    case 'chineseLegalSimplified':
      return chineseNumeral(n)
        .replace(/十/g, '拾')
        .replace(/[一二三四五六七八九]/g, (c) => LEGAL['零一二三四五六七八九'.indexOf(c)]!);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return ZODIAC[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts the paragraphs of each list as Word does and gives each numbered paragraph its label. */
export class NumberingCounter {
  private counts = new Map<string, (number | undefined)[]>();
  private startedNums = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The numbering a paragraph has: its own `w:numPr`, else its style's (following `w:basedOn`). */
  private resolve(style: string | undefined, numId: string | undefined, ilvl: number | undefined) {
    let id = numId;
    let level = ilvl;
    const seen = new Set<string>();
    for (let s = style; s && !seen.has(s) && (id === undefined || level === undefined);) {
      seen.add(s);
      const def = this.numbering.styles.get(s);
      if (!def) break;
      if (id === undefined && def.numId !== undefined) {
        id = def.numId;
        if (level === undefined) level = def.ilvl ?? this.numbering.styleLevels.get(s);
      }
      s = def.basedOn;
    }
    return { numId: id, ilvl: level ?? 0 };
  }

  /** A paragraph style's name (`toc 1`, `heading 1`), following nothing. */
  styleName(style: string | undefined): string {
    return (style && this.numbering.styles.get(style)?.name) || '';
  }

  /**
   * A paragraph style's outline level (0 for 标题 1 / heading 1), following `w:basedOn`; undefined for
   * body text (level 9 is body text too).
   */
  outlineOf(style: string | undefined): number | undefined {
    const seen = new Set<string>();
    for (let s = style; s && !seen.has(s); s = this.numbering.styles.get(s)?.basedOn) {
      seen.add(s);
      const def = this.numbering.styles.get(s);
      if (!def) break;
      const level = def.outline ?? /^heading ([1-9])$/i.exec(def.name ?? '')?.[1];
      if (level !== undefined) {
        const n = typeof level === 'number' ? level : Number(level) - 1;
        return n >= 0 && n < 9 ? n : undefined;
      }
    }
    return undefined;
  }

  /** The label of a paragraph (`一、`, `1.`), or '' when it is not numbered or is a bullet. */
  label(style: string | undefined, numIdIn: string | undefined, ilvlIn: number | undefined): string {
    const { numId, ilvl } = this.resolve(style, numIdIn, ilvlIn);
    if (!numId || numId === '0') return '';
    const num = this.numbering.nums.get(numId);
    const abstract = num && this.numbering.abstracts.get(num.abstractId);
    const levels = abstract && num ? new Map([...abstract, ...num.levels]) : undefined;
    const def = levels?.get(ilvl);
    if (!num || !levels || !def) return '';
    // An instance that redefines its levels whole counts on its own; others share their definition's.
    const key = num.levels.size > 0 ? `#${numId}` : num.abstractId;
    let counts = this.counts.get(key);
    if (!counts) this.counts.set(key, (counts = []));
    if (!this.startedNums.has(numId)) {
      this.startedNums.add(numId);
      for (const [lvl, start] of num.overrides) counts[lvl] = start - 1;
      for (const [lvl, d] of num.levels) if (!num.overrides.has(lvl)) counts[lvl] = d.start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (def.start || 1) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = levels.get(deeper);
      if (d?.restart === 0) continue;
      if (d?.restart !== undefined && d.restart - 1 < ilvl) continue;
      counts[deeper] = undefined;
    }
    if (def.format === 'bullet') return '';
    return def.text.replace(/%([1-9])/g, (_, k: string) => {
      const lvl = Number(k) - 1;
      const ld = levels.get(lvl);
      const n = counts[lvl] ?? ld?.start ?? 1;
      return formatNumber(n, def.legal ? 'decimal' : (ld?.format ?? 'decimal'));
    });
  }
}
