/**
 * Fonts of the printed form. The official fonts (方正小标宋简体, 仿宋_GB2312) are often missing on
 * Excel on the web, Macs and Linux; the common profile names the fonts every Chinese Windows has. The
 * adapters mark every font GB2312 so a missing one is replaced by a Chinese font, never by boxes.
 */
import type { SheetFonts } from './spec';

export type FontProfile = 'common' | 'official';

/** Each role's fonts, best first: the official font, then fallbacks. */
export const FONT_STACKS = {
  title: ['方正小标宋简体', '宋体', 'SimSun', 'Noto Serif CJK SC'],
  text: ['仿宋_GB2312', '仿宋', 'FangSong', 'Noto Serif CJK SC'],
  header: ['黑体', 'SimHei', 'Microsoft YaHei', 'Noto Sans CJK SC'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'Noto Serif CJK SC'],
} as const;

export function sheetFonts(profile: FontProfile = 'common'): SheetFonts {
  const pick = (stack: readonly string[]) => (profile === 'official' ? stack[0]! : stack[1]!);
  return {
    title: { name: pick(FONT_STACKS.title), size: 18, bold: true },
    text: { name: pick(FONT_STACKS.text), size: 12 },
    header: { name: FONT_STACKS.header[0], size: 11, bold: true },
    body: { name: pick(FONT_STACKS.body), size: 11 },
  };
}

/** The profile a sheet was set in, from its title's font; undefined when it is neither's. */
export function profileOfFont(name: string | undefined): FontProfile | undefined {
  if (name === FONT_STACKS.title[0]) return 'official';
  if (name === FONT_STACKS.title[1]) return 'common';
  return undefined;
}
