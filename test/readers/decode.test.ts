import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, utf8Validator } from '../../src/readers/decode.js';
import { encodeText } from '../helpers/fixtures.js';

const sample = 'No;KOL;Alamat\r\n1;Natasha Wilona;Jl. Kebon Jeruk, Jakarta\r\n';

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(Buffer.from('Kamis, 5 September – café'))).toEqual({ text: 'Kamis, 5 September – café', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    const { text, encoding } = decodeText(encodeText(sample, 'utf-8-bom'));
    expect(encoding).toBe('utf-8-bom');
    expect(text).toBe(sample);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("reads Excel's \"Unicode text\": UTF-16LE with BOM, tab-delimited", () => {
    const tsv = 'No\tKOL\tFollowers\r\n1\tDinda “Dee” Kirana\t85,3K\r\n';
    const { text, encoding } = decodeText(encodeText(tsv, 'utf-16le'));
    expect(encoding).toBe('utf-16le');
    expect(text).toBe(tsv);
  });

  it('reads UTF-16BE with BOM', () => {
    const body = Buffer.from('a\tb\r\né', 'utf16le').swap16();
    const { text, encoding } = decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), body]));
    expect(encoding).toBe('utf-16be');
    expect(text).toBe('a\tb\r\né');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // é is E9 and ’ is 92 in Windows-1252: neither is valid UTF-8 on its own.
    const bytes = encodeText('Caf\u00e9 Kopi\u2019s;25\u00b0', 'windows-1252');
    expect([...bytes]).toContain(0xe9);
    expect([...bytes]).toContain(0x92);
    expect(decodeText(bytes)).toEqual({ text: 'Café Kopi’s;25°', encoding: 'windows-1252' });
  });

  it('decodes every Windows-1252 character of 0x80–0x9F (not as Latin-1 controls)', () => {
    const specials = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
    const { text, encoding } = decodeText(encodeText(`x;${specials};é`, 'windows-1252'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(`x;${specials};é`);
  });

  it('calls pure ASCII UTF-8', () => {
    expect(decodeText(Buffer.from('a,b\n')).encoding).toBe('utf-8');
  });

  it('decodes an empty buffer to empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('utf8Validator', () => {
  const validate = (bytes: Uint8Array, cuts: number[]): boolean => {
    const v = utf8Validator();
    let ok = true;
    let from = 0;
    for (const cut of [...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length]) {
      ok = v.push(bytes.subarray(from, cut)) && ok;
      from = cut;
    }
    return v.end() && ok;
  };

  it('agrees with a one-piece check for any bytes and any chunking', () => {
    const bytes = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.uint8Array({ maxLength: 40 }),
      fc.uint8Array({ maxLength: 40, min: 0x80 }),
    );
    fc.assert(fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (b, cuts) => {
      expect(validate(b, cuts)).toBe(isUtf8(b));
    }), { numRuns: 2000 });
  });

  it('accepts a 4-byte character split at every position, and rejects a truncated one at the end', () => {
    const emoji = new Uint8Array(Buffer.from('a🌸b', 'utf8'));
    for (let cut = 0; cut <= emoji.length; cut++) expect(validate(emoji, [cut])).toBe(true);
    expect(validate(emoji.subarray(0, 3), [1])).toBe(false);
  });
});
