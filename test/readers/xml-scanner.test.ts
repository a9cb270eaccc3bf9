/**
 * The sheet scanner on its own: the same events however the document is cut into pieces
 * (push) or ranges (pushRange), the same as a reading of the whole text at once; and a
 * damaged document is an XmlError, never a misread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RawXmlScanner, XmlError, type AttrPositions, type RawXmlHandler } from '../../src/readers/xml/scanner.js';

/** Every event as text, text pieces joined (a consumer may get text in any number of pieces). */
class Recorder implements RawXmlHandler {
  events: string[] = [];
  private text = '';
  private flush(): void {
    if (this.text !== '') this.events.push(`text ${this.text}`);
    this.text = '';
  }
  openTag(s: string, name: string, _a: number, _b: number, selfClosing: boolean, attrs: AttrPositions): void {
    this.flush();
    const list: string[] = [];
    for (let k = 0; k < attrs.count * 4; k += 4) list.push(`${s.slice(attrs.pos[k], attrs.pos[k + 1])}=${s.slice(attrs.pos[k + 2], attrs.pos[k + 3])}`);
    this.events.push(`open ${name} [${list.join(' ')}]${selfClosing ? ' /' : ''}`);
  }
  closeTag(name: string): void {
    this.flush();
    this.events.push(`close ${name}`);
  }
  wantsText(): boolean {
    return true;
  }
  textAt(s: string, start: number, end: number): void {
    this.text += s.slice(start, end);
  }
  textRaw(raw: string): void {
    this.text += raw;
  }
  done(): string[] {
    this.flush();
    return this.events;
  }
}

const NAMES = ['row', 'c', 'v', 'is', 't'];

function whole(xml: string): string[] {
  const r = new Recorder();
  const s = new RawXmlScanner(r, NAMES);
  s.push(xml);
  s.end();
  return r.done();
}

function inPieces(xml: string, cuts: number[]): string[] {
  const r = new Recorder();
  const s = new RawXmlScanner(r, NAMES);
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < xml.length)].sort((a, b) => a - b).concat(xml.length)) {
    s.push(xml.slice(at, cut));
    at = cut;
  }
  s.end();
  return r.done();
}

function inRanges(xml: string, step: number): string[] {
  const r = new Recorder();
  const s = new RawXmlScanner(r, NAMES);
  for (let at = 0; at < xml.length;) at = s.pushRange(xml, at, Math.min(at + step, xml.length));
  s.end();
  return r.done();
}

const name = fc.constantFrom('row', 'c', 'v', 'x:c', 'x:row', 'is', 't', 'sheetData', 'ext');
const attrValue = fc.stringMatching(/^[A-Za-z0-9 <>/=:&;#.]{0,8}$/).map((v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
const attribute = fc.tuple(fc.constantFrom('r', 's', 't', 'x:id', 'customHeight', 'ht'), attrValue, fc.constantFrom('"', "'"), fc.constantFrom('', ' '))
  .map(([n, v, q, sp]) => ` ${n}${sp}=${sp}${q}${v.replace(q === '"' ? /"/g : /'/g, '')}${q}`);
const text = fc.stringMatching(/^[A-Za-z0-9 é☕\n]{0,10}$/);
const element: fc.Arbitrary<string> = fc.letrec<{ el: string }>((tie) => ({
  el: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(name, fc.array(attribute, { maxLength: 3 })).map(([n, a]) => `<${n}${a.join('')}/>`),
    text,
    text.map((t) => `<![CDATA[${t}<&]]>`),
    fc.constant('<!-- a comment > with a bracket -->'),
    fc.tuple(name, fc.array(attribute, { maxLength: 3 }), fc.array(tie('el'), { maxLength: 4 }), fc.constantFrom('', ' '))
      .map(([n, a, kids, sp]) => `<${n}${a.join('')}>${kids.join('')}</${n}${sp}>`),
  ),
})).el;
const documentXml = fc.array(element, { maxLength: 4 }).map((kids) => `<?xml version="1.0"?><worksheet>${kids.join('')}</worksheet>`);

describe('RawXmlScanner', () => {
  it('gives the same events whether the document comes whole, in pieces or in ranges', () => {
    fc.assert(fc.property(documentXml, fc.array(fc.nat(400), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (xml, cuts, step) => {
      const expected = whole(xml);
      expect(inPieces(xml, cuts)).toEqual(expected);
      expect(inRanges(xml, step)).toEqual(expected);
    }), { numRuns: 400 });
  });

  it('reads attributes by local name, quotes and a > inside a value respected', () => {
    expect(whole(`<x:c r="A1" t='s' data="a>b"><x:v>3</x:v></x:c>`)).toEqual([
      'open c [r=A1 t=s data=a>b]', 'open v []', 'text 3', 'close v', 'close c',
    ]);
  });

  it.each([
    ['a close tag that does not match', '<row><c></row></c>', /<c> closed by <\/row>/],
    ['a document cut inside a tag', '<row><c r="A1"', /ends inside a tag/],
    ['a document cut with elements open', '<row><c>', /still open/],
    ['a stray slash', '<c r="A1" / s="1">', /stray/],
    ['an attribute without a value', '<c r>', /without a value/],
    ['an unquoted value', '<c r=A1>', /unquoted/],
  ])('%s is an XmlError, whole or in ranges', (_what, xml, message) => {
    expect(() => whole(xml)).toThrow(message);
    expect(() => inRanges(xml, 3)).toThrow(XmlError);
  });
});
