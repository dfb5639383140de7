/**
 * A small streaming reader of the XML inside Office files: start tags with their attributes, end
 * tags and text, in document order. Word's parts are machine-written and well-formed, so this needs
 * no DTDs, CDATA or processing instructions beyond skipping them.
 */
export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function* xmlEvents(xml: string): Generator<XmlEvent> {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: 'text', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      yield { type: 'text', text: xml.slice(lt + 9, end < 0 ? n : end) };
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return;
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag[0] === '?' || tag[0] === '!') continue;
    if (tag[0] === '/') {
      yield { type: 'close', name: tag.slice(1).trim() };
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const space = body.search(/\s/);
    const name = space < 0 ? body : body.slice(0, space);
    const attrs: Record<string, string> = {};
    if (space >= 0) {
      ATTR.lastIndex = 0;
      const rest = body.slice(space);
      for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
    }
    yield { type: 'open', name, attrs, selfClosing };
    if (selfClosing) yield { type: 'close', name };
  }
}
