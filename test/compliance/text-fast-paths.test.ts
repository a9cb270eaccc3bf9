/**
 * The caption text functions' fast paths (issue 17) against the general readings they
 * skip: folding ASCII by lower-casing, and not running a phrase's pattern over a text
 * that lacks one of its words (counting characters: test/parsers/graphemes.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/compliance/claims.js';
import { findPhrase, fold, foldWithMap, isWordChar } from '../../src/compliance/text.js';
import { DEFAULT_FORBIDDEN_CLAIMS } from '../../src/config/defaults.js';

/** The fold as first written, per code point: each folded unit maps back to the code point it came from. */
function foldEveryCodePoint(source: string) {
  const points = [...source];
  const offsets = points.map((_, k) => points.slice(0, k).join('').length);
  const units = points.flatMap((ch, k) => [...fold(ch)].flatMap((f) => f.split('')).map((unit) => ({ unit, from: offsets[k]!, to: offsets[k]! + ch.length })));
  // A mark folded away widens the unit before it: `cafe\u0301` quotes whole.
  points.forEach((ch, k) => {
    if (fold(ch) !== '' || !/\p{M}/u.test(ch)) return;
    const before = units.filter((u) => u.from < offsets[k]!).at(-1);
    if (before) before.to = offsets[k]! + ch.length;
  });
  return { text: units.map((u) => u.unit).join(''), start: units.map((u) => u.from), end: units.map((u) => u.to) };
}

/** The phrase's pattern run over any text, as before the word test. */
function everyMatch(text: string, phrase: string): { from: number; to: number }[] {
  const words = fold(phrase).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const last = words.at(-1)!;
  const re = new RegExp(
    `${isWordChar(words[0]!.charAt(0)) ? '(?<![\\p{L}\\p{N}_])' : ''}${words.map(esc).join('\\s+')}${isWordChar(last.charAt(last.length - 1)) ? '(?![\\p{L}\\p{N}_])' : ''}`,
    'gu',
  );
  return [...text.matchAll(re)].filter((m) => m[0].length > 0).map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

/** Captions of ASCII, Latin-1, accents written apart, emoji and CRLF, mixed with claim words. */
const pieces = ['a', 'Z', ' ', '\r\n', '\r', '\n', '\t', '#iklan', '#ad', '@toko.top', 'https://x.id/top', 'café', 'cafe\u0301',
  'ÀÉÎ', '\u00ad', '\u200b', '👍🏽', '👨‍👩‍👧', 'ｔｏｐ', 'ß', 'İ', 'paling', 'ampuh', 'PALING  AMPUH', 'top', 'laptop', 'no.1', '100%',
  'aman', 'keamanan', 'kata\ndokter', '\u0301', 'ﬁ', '½', 'x\u0300', '日本'];
const caption = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('foldWithMap', () => {
  it('folds ASCII and mixed captions exactly as folding every code point does', () => {
    fc.assert(fc.property(caption, (text) => {
      const fast = foldWithMap(text);
      const slow = foldEveryCodePoint(text);
      expect(fast.text).toBe(slow.text);
      expect(fast.start.slice(0, slow.text.length)).toEqual(slow.start);
      expect(fast.end.slice(0, slow.text.length)).toEqual(slow.end);
    }), { numRuns: 3000 });
  });

  it('every ASCII character folds as `fold` folds it', () => {
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      expect(foldWithMap(`x${ch}y`).text).toBe(`x${fold(ch)}y`);
    }
  });

  it('a caption folded after another is its own (the last fold is reused only for the same text)', () => {
    expect(foldWithMap('TOP').text).toBe('top');
    expect(foldWithMap('Café').text).toBe('cafe');
    expect(foldWithMap('TOP').text).toBe('top');
  });
});

describe('findPhrase', () => {
  const phrases = Object.values(DEFAULT_FORBIDDEN_CLAIMS).flat().concat(['#iklan', '#ad', 'paid partnership', 'ﬁ', '']);

  it('finds what the phrase pattern finds over the whole text, for every default claim and tag', () => {
    fc.assert(fc.property(caption, fc.constantFrom(...phrases), (text, phrase) => {
      const folded = foldWithMap(text);
      expect(findPhrase(folded, phrase)).toEqual(everyMatch(folded.text, phrase));
    }), { numRuns: 5000 });
  });

  it('finds a phrase whose words the caption splits over lines and spaces', () => {
    expect(findClaims('Ini PALING \n AMPUH lho', DEFAULT_FORBIDDEN_CLAIMS).map((m) => m.matched)).toEqual(['PALING \n AMPUH']);
    expect(findClaims('paling enak, ampuh', DEFAULT_FORBIDDEN_CLAIMS).map((m) => m.matched)).toEqual(['ampuh']);
  });
});
