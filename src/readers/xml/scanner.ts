/**
 * A small streaming XML scanner for the parts of a spreadsheet package: tags by local
 * name (whatever namespace prefix the writer used: `<x:c>` is `c`), attributes on demand,
 * character data raw (decoded by the consumer once it has all of an element's text), CDATA
 * passed through as text. Comments, processing instructions and the document type are
 * skipped; no entity but the five predefined and numeric ones is ever expanded, so a file
 * cannot make it grow (billion laughs).
 *
 * Why not a general SAX parser: the sheets kolops reads are millions of short tags, and a
 * scanner that finds tags with `indexOf` and reads only the attributes a caller asks for
 * runs at a few times the speed of one that builds an object per tag (bench: README).
 * Well-formedness is not checked beyond what reading needs; a part that ends inside a tag
 * is reported, since the sheet was cut short.
 */

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

/** The local name of a qualified name: `x:row` → `row`. */
function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Where a tag starting at `lt` (`<`) ends (its `>`), respecting quoted attribute values; -1 when not in `s`. */
function tagEnd(s: string, lt: number): number {
  const gt = s.indexOf('>', lt + 1);
  if (gt < 0) return -1;
  // Fast path: no quote, or quotes that pair up, cannot hide a `>`.
  let dq = 0;
  let sq = 0;
  for (let i = lt + 1; i < gt; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) dq++;
    else if (c === 0x27) sq++;
  }
  if (dq % 2 === 0 && sq % 2 === 0) return gt;
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

export class XmlScanner {
  private carry = '';
  private ended = false;
  /** Open elements, by qualified name: a close tag that does not match is a damaged part, said, not repaired. */
  private readonly stack: string[] = [];

  /** `fragment`: a piece cut from a document (a sheet's tail), whose open elements started before it. */
  constructor(private readonly h: XmlHandler, private readonly opts: { fragment?: boolean } = {}) {}

  /** Scan a piece of the document; what ends mid-tag waits for the next piece. */
  push(chunk: string): void {
    const s = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        this.h.text(s.slice(pos));
        return;
      }
      if (lt > pos) this.h.text(s.slice(pos, lt));
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) { this.carry = s.slice(lt); return; }
          pos = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) { this.carry = s.slice(lt); return; }
          // As text, escaped, so the consumer's one decoding step gives it back as written.
          this.h.text(s.slice(lt + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
          pos = end + 3;
        } else if (lt + 9 > n) {
          this.carry = s.slice(lt);
          return;
        } else {
          const end = tagEnd(s, lt);
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
      const end = tagEnd(s, lt);
      if (end < 0) { this.carry = s.slice(lt); return; }
      if (next === 0x2f /* / */) {
        const qname = s.slice(lt + 2, end).trim();
        const open = this.stack.pop();
        if (open !== qname && !(this.opts.fragment && open === undefined)) {
          throw new XmlError(open === undefined ? `a closing </${qname}> with nothing open` : `<${open}> closed by </${qname}>`);
        }
        this.h.close(localName(qname));
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 0x2f;
        const bodyEnd = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < bodyEnd) {
          const c = s.charCodeAt(nameEnd);
          if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
          nameEnd++;
        }
        const qname = s.slice(lt + 1, nameEnd);
        const name = localName(qname);
        this.h.open(name, nameEnd < bodyEnd ? s.slice(nameEnd, bodyEnd) : '', selfClosing);
        if (selfClosing) this.h.close(name);
        else this.stack.push(qname);
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
 * The value of the attribute whose local name is `name` (any prefix, or with `prefixed`
 * only a prefixed one: `r:id`, `relationships:id`), decoded; undefined when absent.
 */
export function attr(attrs: string, name: string, prefixed = false): string | undefined {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? ' ' : attrs[at - 1]!;
    const isPrefixed = before === ':';
    if (prefixed ? !isPrefixed : !(isPrefixed || before === ' ' || before === '\t' || before === '\n' || before === '\r')) continue;
    if (isPrefixed && !prefixed) {
      // `x:name` is name with a prefix: fine unless the prefix is xmlns (a declaration).
      const start = attrs.lastIndexOf(' ', at) + 1;
      if (attrs.slice(start, at - 1) === 'xmlns') continue;
    }
    let i = from;
    while (attrs[i] === ' ' || attrs[i] === '\t' || attrs[i] === '\n' || attrs[i] === '\r') i++;
    if (attrs[i] !== '=') continue;
    i++;
    while (attrs[i] === ' ' || attrs[i] === '\t' || attrs[i] === '\n' || attrs[i] === '\r') i++;
    const quote = attrs[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = attrs.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    return decodeXml(attrs.slice(i + 1, end));
  }
}

/** Every attribute of a tag (local names), for the few small parts where all are wanted. */
export function attrs(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const q = m[1]!;
    if (q === 'xmlns' || q.startsWith('xmlns:')) continue;
    out.set(localName(q), decodeXml(m[2] ?? m[3] ?? ''));
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
