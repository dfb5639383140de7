/** Full-width digits to ASCII: `１３` → `13`. Chinese texts use both. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
