/**
 * The ASCII fast paths of header words and month tokens (issue 17: start-up) give what the
 * Unicode patterns they skip give: over every phrase of the vocabulary, the sheet names
 * of the examples' kind, and random printable ASCII with the whitespace around it.
 */
import { describe, expect, it } from 'vitest';
import { tokens, UNICODE_CLASSES } from '../../src/parsers/month.js';
import { normalizePhrase, normalizePhraseByUnicode } from '../../src/parsers/phrases.js';
import { COLUMN_TERMS } from '../../src/tables/columns.js';
import { headerWords, headerWordsByUnicode } from '../../src/tables/headers.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

/** Printable ASCII weighted towards letters, digits and spaces, with tabs, newlines and control characters now and then. */
function randomAscii(count: number, seed: number): string[] {
  const rnd = prng(seed);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789     ';
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    const length = Math.floor(rnd() * 32);
    for (let i = 0; i < length; i++) {
      const r = rnd();
      s += r < 0.7 ? alphabet[Math.floor(rnd() * alphabet.length)] : r < 0.97 ? String.fromCharCode(0x20 + Math.floor(rnd() * 0x5f)) : String.fromCharCode(Math.floor(rnd() * 0x20));
    }
    out.push(s);
  }
  return out;
}

const phrases = Object.values(COLUMN_TERMS).flatMap((t) => [...t.phrases, ...(t.generic ?? []), ...Object.keys(t.words)]);
const sheetNames = ['KOL_September_2024', 'herbanaAgustus2024', 'Sep-24', "Okt'24", 'LISTING KOL - NOV 2024', 'Rekap Posting (Des)', 'TikTokShop Juli', 'Q3 2024', 'ABCdef 12ab'];

describe('headerWords on plain ASCII', () => {
  it('reads every phrase of the vocabulary as the Unicode folding does', () => {
    expect(phrases.length).toBeGreaterThan(100);
    for (const p of phrases) expect([p, headerWords(p)]).toEqual([p, headerWordsByUnicode(p)]);
  });

  it('reads random ASCII, punctuation, tabs and control characters as the Unicode folding does', () => {
    const differ = randomAscii(20000, 17).filter((s) => headerWords(s).join('|') !== headerWordsByUnicode(s).join('|'));
    expect(differ).toEqual([]);
  });

  it('still folds accents, no-break spaces and soft hyphens in other text', () => {
    expect(headerWords('Caf\u00e9 Tanggal\u00a0Posting')).toEqual(headerWordsByUnicode('Caf\u00e9 Tanggal\u00a0Posting'));
    expect(headerWords('Tanggal\u00a0Posting')).toEqual(headerWords('Tanggal Posting'));
    expect(headerWords('Fol\u00adlowers')).toEqual(headerWords('Followers'));
  });
});

describe('month tokens on ASCII', () => {
  it('cut sheet names and random ASCII as the Unicode classes do', () => {
    for (const s of [...sheetNames, ...randomAscii(20000, 29)]) expect([s, tokens(s)]).toEqual([s, tokens(s, UNICODE_CLASSES)]);
  });

  it('split camel case and digits', () => {
    expect(tokens('herbanaAgustus2024').map((t) => t.text)).toEqual(['herbana', 'Agustus', '2024']);
    expect(tokens('KOL_September_2024').map((t) => t.text)).toEqual(['KOL', 'September', '2024']);
  });
});

describe('normalizePhrase on ASCII', () => {
  it('reads random ASCII, control characters included, as the Unicode folding does', () => {
    const differ = randomAscii(20000, 41).filter((s) => normalizePhrase(s) !== normalizePhraseByUnicode(s));
    expect(differ).toEqual([]);
    expect(normalizePhrase('Tidak Bisa (Barter)!')).toBe('TIDAKBISABARTER');
  });

  it('still folds accents and full-width letters in other text', () => {
    expect(normalizePhrase('Sudah di-Upload \u00e9\uff21')).toBe(normalizePhraseByUnicode('Sudah di-Upload \u00e9\uff21'));
    expect(normalizePhrase('caf\u00e9')).toBe('CAFE');
  });
});
