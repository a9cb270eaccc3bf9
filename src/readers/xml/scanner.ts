/**
 * A small streaming XML scanner for the parts of a spreadsheet package: tags by local
 * name (whatever namespace prefix the writer used: `<x:c>` is `c`), attributes read in
 * place, character data raw (decoded by the consumer once it has all of an element's
 * text), CDATA passed through as text. Comments, processing instructions and the document
 * type are skipped; no entity but the five predefined and numeric ones is ever expanded, so
 * a file cannot make it grow (billion laughs). A close tag that does not match, or a part
 * that ends inside a tag or with elements open, is an error: the part is damaged.
 *
 * Why not a general SAX parser: a sheet is millions of short tags, and a scanner that
 * finds tags with `indexOf`, hands out positions instead of substrings and shares one
 * string per element name it was told about runs at a few times the speed of one that
 * builds an object per tag (README, Performance).
 */

/** The low-level handler the sheet scanner implements: positions in the current piece of text, no substrings. */
export interface RawXmlHandler {
  /** `name` is the local name (one of the scanner's `names` when listed, so compare with ===); attributes are `s[attrStart, attrEnd)`. */
  openTag(s: string, name: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  closeTag(name: string): void;
  /** Whether character data matters now; when not, none is cut out of the document. */
  wantsText(): boolean;
  /** Raw character data `s[start, end)`, entities still escaped. */
  textAt(s: string, start: number, end: number): void;
  /** Raw character data as a string (CDATA content, escaped so the consumer's decoding gives it back). */
  textRaw(raw: string): void;
}

/** The handler of the small parts: names, attribute text and character data as strings. */
export interface XmlHandler {
  /** `attrs` is the raw attribute text of the tag; read it with `attr`. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between tags, entities still escaped; may come in pieces. */
  text(raw: string): void;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/**
 * Where the next `"` and `'` are in the piece being scanned, remembered so that finding
 * them costs each character once per piece, not once per tag (a sheet with no `'` at all
 * would otherwise search to its end for every tag).
 */
class QuoteIndex {
  private dq = -1;
  private sq = -1;
  private s = '';

  reset(s: string): void {
    this.s = s;
    this.dq = -1;
    this.sq = -1;
  }

  /** The first `"` at or after `from`, or -1. */
  double(from: number): number {
    if (this.dq !== Infinity && this.dq < from) this.dq = this.s.indexOf('"', from);
    if (this.dq < 0) this.dq = Infinity;
    return this.dq === Infinity ? -1 : this.dq;
  }

  single(from: number): number {
    if (this.sq !== Infinity && this.sq < from) this.sq = this.s.indexOf("'", from);
    if (this.sq < 0) this.sq = Infinity;
    return this.sq === Infinity ? -1 : this.sq;
  }
}

/** Where a tag starting at `lt` (`<`) ends (its `>`), respecting quoted attribute values; -1 when not in `s`. */
function tagEnd(s: string, lt: number, quotes: QuoteIndex): number {
  const gt = s.indexOf('>', lt + 1);
  if (gt < 0) return -1;
  // Quotes that pair up before the first `>` cannot hide it: count them by jumps, not by characters.
  let dq = 0;
  for (let q = quotes.double(lt + 1); q >= 0 && q < gt; q = quotes.double(q + 1)) dq++;
  const sq = quotes.single(lt + 1);
  if (dq % 2 === 0 && (sq < 0 || sq > gt)) return gt;
  let quote = 0;
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

export class RawXmlScanner {
  private carry = '';
  private ended = false;
  /** Open elements by local name: a close tag that does not match is a damaged part, said, not repaired. */
  private readonly stack: string[] = [];
  /** Known names by length, so a tag's name is a shared string, not a new one per tag. */
  private readonly known: string[][] = [];
  private readonly quotes = new QuoteIndex();

  /** `fragment`: a piece cut from a document (a sheet's tail), whose open elements started before it. */
  constructor(private readonly h: RawXmlHandler, names: readonly string[] = [], private readonly opts: { fragment?: boolean } = {}) {
    for (const n of names) (this.known[n.length] ??= []).push(n);
  }

  private name(s: string, start: number, end: number): string {
    const list = this.known[end - start];
    if (list) for (const n of list) if (s.startsWith(n, start)) return n;
    return s.slice(start, end);
  }

  /** The local name of `s[start, end)`: after its prefix's `:`, if any. */
  private localName(s: string, start: number, end: number): string {
    for (let i = start; i < end; i++) {
      if (s.charCodeAt(i) === 0x3a) return this.name(s, i + 1, end);
    }
    return this.name(s, start, end);
  }

  /** Scan a piece of the document; what ends mid-tag waits for the next piece. */
  push(chunk: string): void {
    const s = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    const n = s.length;
    const h = this.h;
    this.quotes.reset(s);
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (h.wantsText()) h.textAt(s, pos, n);
        return;
      }
      if (lt > pos && h.wantsText()) h.textAt(s, pos, lt);
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) { this.carry = s.slice(lt); return; }
          pos = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) { this.carry = s.slice(lt); return; }
          if (h.wantsText()) h.textRaw(s.slice(lt + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
          pos = end + 3;
        } else if (lt + 9 > n) {
          this.carry = s.slice(lt);
          return;
        } else {
          const end = tagEnd(s, lt, this.quotes);
          if (end < 0) { this.carry = s.slice(lt); return; }
          pos = end + 1; // <!DOCTYPE …> and the like
        }
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) { this.carry = s.slice(lt); return; }
        pos = end + 2;
        continue;
      }
      if (lt + 1 >= n) { this.carry = s.slice(lt); return; }
      const end = tagEnd(s, lt, this.quotes);
      if (end < 0) { this.carry = s.slice(lt); return; }
      if (next === 0x2f /* / */) {
        let a = lt + 2;
        let b = end;
        while (a < b && isSpace(s.charCodeAt(a))) a++;
        while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
        const name = this.localName(s, a, b);
        const open = this.stack.pop();
        if (open !== name && !(this.opts.fragment && open === undefined)) {
          throw new XmlError(open === undefined ? `a closing </${name}> with nothing open` : `<${open}> closed by </${name}>`);
        }
        h.closeTag(name);
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 0x2f;
        const bodyEnd = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < bodyEnd && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
        const name = this.localName(s, lt + 1, nameEnd);
        h.openTag(s, name, nameEnd, bodyEnd, selfClosing);
        if (selfClosing) h.closeTag(name);
        else this.stack.push(name);
      }
      pos = end + 1;
    }
  }

  /** The document is complete: anything left unscanned means it was cut short. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.carry.trim() !== '') throw new XmlError('the XML ends inside a tag (the part is cut short)');
    if (this.stack.length > 0 && !this.opts.fragment) throw new XmlError(`the XML ends with <${this.stack.at(-1)}> still open (the part is cut short)`);
  }
}

/** The scanner for small parts: strings for names, attribute text and character data. */
export class XmlScanner {
  private readonly raw: RawXmlScanner;

  constructor(h: XmlHandler, opts: { fragment?: boolean } = {}) {
    this.raw = new RawXmlScanner({
      openTag: (s, name, a, b, selfClosing) => h.open(name, s.slice(a, b), selfClosing),
      closeTag: (name) => h.close(name),
      wantsText: () => true,
      textAt: (s, a, b) => h.text(s.slice(a, b)),
      textRaw: (raw) => h.text(raw),
    }, [], opts);
  }

  push(chunk: string): void {
    this.raw.push(chunk);
  }

  end(): void {
    this.raw.end();
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/** Character data or an attribute value with its entities expanded (only the predefined and numeric ones). */
export function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex !== undefined ? codePoint(parseInt(hex, 16)) : dec !== undefined ? codePoint(parseInt(dec, 10)) : NAMED[name!] ?? m);
}

/**
 * The value of the attribute whose local name is `name` in `s[start, end)` (any prefix,
 * or with `prefixed` only a prefixed one: `r:id`, `relationships:id`), decoded; undefined
 * when absent.
 */
export function attrAt(s: string, start: number, end: number, name: string, prefixed = false): string | undefined {
  let from = start;
  for (;;) {
    const at = s.indexOf(name, from);
    if (at < 0 || at + name.length > end) return undefined;
    from = at + name.length;
    const before = at === start ? 0x20 : s.charCodeAt(at - 1);
    const isPrefixed = before === 0x3a;
    if (prefixed ? !isPrefixed : !(isPrefixed || isSpace(before))) continue;
    if (isPrefixed && !prefixed) {
      // `x:name` is name with a prefix: fine unless the prefix is xmlns (a declaration).
      const gap = Math.max(s.lastIndexOf(' ', at), start - 1) + 1;
      if (s.slice(gap, at - 1) === 'xmlns') continue;
    }
    let i = from;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 0x3d /* = */) continue;
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = s.indexOf(quote, i + 1);
    if (close < 0 || close >= end) return undefined;
    return decodeXml(s.slice(i + 1, close));
  }
}

/** `attrAt` over a tag's whole attribute text. */
export function attr(attrs: string, name: string, prefixed = false): string | undefined {
  return attrAt(attrs, 0, attrs.length, name, prefixed);
}

/**
 * Each attribute of `s[start, end)` in one pass: `fn(nameStart, nameEnd, valueStart,
 * valueEnd)`, the name without its prefix, the value without its quotes and still escaped.
 */
export function eachAttr(s: string, start: number, end: number, fn: (ns: number, ne: number, vs: number, ve: number) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    let ns = i;
    while (i < end && s.charCodeAt(i) !== 0x3d && !isSpace(s.charCodeAt(i))) {
      if (s.charCodeAt(i) === 0x3a) ns = i + 1;
      i++;
    }
    const ne = i;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i >= end || s.charCodeAt(i) !== 0x3d) return;
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const q = s.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) return;
    const close = s.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (close < 0 || close > end) return;
    if (ne > ns) fn(ns, ne, i + 1, close);
    i = close + 1;
  }
}

/** Every attribute of a tag (local names), for the few small parts where all are wanted. */
export function attrs(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const q = m[1]!;
    if (q === 'xmlns' || q.startsWith('xmlns:')) continue;
    const colon = q.indexOf(':');
    out.set(colon < 0 ? q : q.slice(colon + 1), decodeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** XML text (a part's bytes) decoded: UTF-8, or UTF-16 when a byte-order mark says so. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Scan a whole document in one piece. */
export function scanXml(text: string, h: XmlHandler): void {
  const s = new XmlScanner(h);
  s.push(text);
  s.end();
}
