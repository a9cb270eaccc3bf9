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
import type { MessageArgs, MessageRef } from '../../model/finding.js';
import { plainText } from '../../model/message-text.js';
import type { ReaderMessageKey } from '../detail.js';
import { readerMessages } from '../messages.js';

/**
 * A tag's attributes as positions in the text being scanned, found while looking for the
 * tag's end (so they are read once): attribute k's local name is `s[pos[4k], pos[4k+1])`,
 * its value, still escaped, `s[pos[4k+2], pos[4k+3])`. One object, reused for every tag.
 */
export interface AttrPositions {
  count: number;
  pos: Int32Array;
}

/** The low-level handler the sheet scanner implements: positions in the current piece of text, no substrings. */
export interface RawXmlHandler {
  /**
   * `name` is the local name (one of the scanner's `names` when listed, so compare with
   * ===); the attribute text is `s[attrStart, attrEnd)`, its attributes `attrs` (valid
   * during the call only).
   */
  openTag(s: string, name: string, attrStart: number, attrEnd: number, selfClosing: boolean, attrs: AttrPositions): void;
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

/**
 * Markup that is not well-formed. `detail` says how, as a message of readers/messages.ts
 * (`{tag}` the element's name as the file spells it); `message` is its English, for logs.
 */
export class XmlError extends Error {
  readonly detail: MessageRef;

  constructor(key: ReaderMessageKey, args?: MessageArgs) {
    const detail: MessageRef = args ? { key, args } : { key };
    super(plainText(detail, readerMessages));
    this.detail = detail;
    this.name = 'XmlError';
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Where a markup declaration (`<!DOCTYPE …>`) starting at `lt` ends, quotes respected; -1 when not in `s`. */
function declarationEnd(s: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 2; i < s.length; i++) {
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

/** The tag continues past the end of the piece: the scanner waits for the next. */
const INCOMPLETE = -1;

export class RawXmlScanner {
  private carry = '';
  private ended = false;
  /** Open elements by local name: a close tag that does not match is a damaged part, said, not repaired. */
  private readonly stack: string[] = [];
  /** Known names by length, so a tag's name is a shared string, not a new one per tag. */
  private readonly known: string[][] = [];
  /** Known one-letter names by character code (`c`, `v`: most tags of a sheet). */
  private readonly known1: (string | undefined)[] = [];
  private readonly attrs: AttrPositions = { count: 0, pos: new Int32Array(64) };

  /** `fragment`: a piece cut from a document (a sheet's tail), whose open elements started before it. */
  constructor(private readonly h: RawXmlHandler, names: readonly string[] = [], private readonly opts: { fragment?: boolean } = {}) {
    for (const n of names) {
      if (n.length === 1) this.known1[n.charCodeAt(0)] = n;
      else (this.known[n.length] ??= []).push(n);
    }
  }

  /** The name `s[start, end)`, as the shared string when it is a known one. */
  private name(s: string, start: number, end: number): string {
    if (end - start === 1) return this.known1[s.charCodeAt(start)] ?? s.slice(start, end);
    const list = this.known[end - start];
    if (list) for (const n of list) if (s.startsWith(n, start)) return n;
    return s.slice(start, end);
  }

  /**
   * An open tag at `lt`: its name, then each attribute, tokenized up to the tag's `>`
   * (a `>` inside a quoted value is not the end). Returns the position after the tag, or
   * INCOMPLETE.
   */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    let local = i;
    let c = 0;
    // Name characters are nearly all letters, above every character that ends a name
    // (space, /, :, =, >), so one comparison passes them.
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c > 0x3e) continue;
      if (c === 0x3e || c === 0x2f || isSpace(c)) break;
      if (c === 0x3a) local = i + 1;
    }
    if (i >= n) return INCOMPLETE;
    const name = this.name(s, local, i);
    const attrStart = i;
    const a = this.attrs;
    a.count = 0;
    for (;;) {
      while (i < n && isSpace(c = s.charCodeAt(i))) i++;
      if (i >= n) return INCOMPLETE;
      if (c === 0x3e) {
        this.h.openTag(s, name, attrStart, i, false, a);
        this.stack.push(name);
        return i + 1;
      }
      if (c === 0x2f) {
        if (i + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(i + 1) === 0x3e) {
          this.h.openTag(s, name, attrStart, i, true, a);
          this.h.closeTag(name);
          return i + 2;
        }
        throw new XmlError('reader:xml-stray-slash', { tag: name });
      }
      // An attribute: name, optional spaces, '=', optional spaces, a quoted value.
      let ns = i;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c > 0x3e) continue;
        if (c === 0x3d || isSpace(c) || c === 0x3e || c === 0x2f) break;
        if (c === 0x3a) ns = i + 1;
      }
      const ne = i;
      while (i < n && isSpace(c = s.charCodeAt(i))) i++;
      if (i >= n) return INCOMPLETE;
      if (c !== 0x3d) throw new XmlError('reader:xml-no-value', { tag: name });
      i++;
      while (i < n && isSpace(c = s.charCodeAt(i))) i++;
      if (i >= n) return INCOMPLETE;
      if (c !== 0x22 && c !== 0x27) throw new XmlError('reader:xml-unquoted', { tag: name });
      const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return INCOMPLETE;
      const k = a.count * 4;
      if (k + 4 > a.pos.length) {
        const grown = new Int32Array(a.pos.length * 2);
        grown.set(a.pos);
        a.pos = grown;
      }
      a.pos[k] = ns;
      a.pos[k + 1] = ne;
      a.pos[k + 2] = i + 1;
      a.pos[k + 3] = close;
      a.count++;
      i = close + 1;
    }
  }

  /** Scan a piece of the document; what ends mid-tag waits for the next piece. */
  push(chunk: string): void {
    const s = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    this.scan(s, 0, s.length);
  }

  /**
   * Scan the markup of a whole document `s` that starts in `[from, to)` (a tag begun
   * there is read to its end), and return where the next range starts. The reader of a
   * sheet held in memory goes through it a megabyte at a time this way, handing rows on
   * between ranges, without cutting the text into pieces (V8 reads a flat string faster
   * than a slice of one, and nothing is carried over).
   */
  pushRange(s: string, from: number, to: number): number {
    return this.scan(s, from, to);
  }

  private scan(s: string, from: number, stop: number): number {
    const n = s.length;
    const h = this.h;
    let pos = from;
    while (pos < stop) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (h.wantsText()) h.textAt(s, pos, n);
        return n;
      }
      if (lt > pos && h.wantsText()) h.textAt(s, pos, lt);
      if (lt + 1 >= n) { this.carry = s.slice(lt); return n; }
      const next = s.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        // Most close tags close the element just opened, written as it was named: `</v>`.
        const top = this.stack[this.stack.length - 1];
        if (top !== undefined && s.charCodeAt(lt + 2 + top.length) === 0x3e && s.startsWith(top, lt + 2)) {
          this.stack.pop();
          h.closeTag(top);
          pos = lt + 3 + top.length;
          continue;
        }
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) { this.carry = s.slice(lt); return n; }
        let a = lt + 2;
        let b = gt;
        while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
        for (let i = a; i < b; i++) if (s.charCodeAt(i) === 0x3a) a = i + 1;
        const name = this.name(s, a, b);
        const open = this.stack.pop();
        if (open !== name && !(this.opts.fragment && open === undefined)) {
          throw open === undefined ? new XmlError('reader:xml-close-unopened', { tag: name }) : new XmlError('reader:xml-close-mismatch', { open, tag: name });
        }
        h.closeTag(name);
        pos = gt + 1;
      } else if (next === 0x21 /* ! */) {
        let end: number;
        if (s.startsWith('<!--', lt)) {
          end = s.indexOf('-->', lt + 4);
          if (end >= 0) end += 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          end = s.indexOf(']]>', lt + 9);
          if (end >= 0) {
            if (h.wantsText()) h.textRaw(s.slice(lt + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
            end += 3;
          }
        } else if (lt + 9 > n) {
          end = -1; // too little of it to tell a comment from CDATA from a declaration
        } else {
          end = declarationEnd(s, lt);
          if (end >= 0) end += 1; // <!DOCTYPE …> and the like
        }
        if (end < 0) { this.carry = s.slice(lt); return n; }
        pos = end;
      } else if (next === 0x3f /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) { this.carry = s.slice(lt); return n; }
        pos = end + 2;
      } else {
        const end = this.openTag(s, lt);
        if (end === INCOMPLETE) { this.carry = s.slice(lt); return n; }
        pos = end;
      }
    }
    return pos;
  }

  /** The document is complete: anything left unscanned means it was cut short. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.carry.trim() !== '') throw new XmlError('reader:xml-ends-in-tag');
    if (this.stack.length > 0 && !this.opts.fragment) throw new XmlError('reader:xml-ends-open', { tag: this.stack.at(-1)! });
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
