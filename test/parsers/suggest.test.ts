import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { didYouMean, editDistance } from '../../src/parsers/suggest.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['', '', 0], ['abc', '', 3], ['', 'abc', 3], ['kitten', 'sitting', 3], ['Instagarm', 'Instagram', 1],
    ['ca', 'abc', 3], // OSA, not unrestricted Damerau (which gives 2)
    ['TIDAK BISA DI CONTACT', 'TIDAK BISA DICONTACT', 1], ['😀a', 'a😀', 1], ['DONE', 'DONE', 0],
  ])('%j ↔ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('is a symmetric, bounded distance that is zero only for equal strings', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      const d = editDistance(a, b);
      expect(d).toBe(editDistance(b, a));
      expect(d === 0).toBe(a === b);
      expect(d).toBeLessThanOrEqual(Math.max(Array.from(a).length, Array.from(b).length));
      expect(d).toBeGreaterThanOrEqual(Math.abs(Array.from(a).length - Array.from(b).length));
    }));
  });
});

describe('didYouMean', () => {
  const statuses = ['YES (DONE)', 'TIDAK BISA BARTER', 'TIDAK BISA DI CONTACT'];
  it.each<[string, readonly string[], string | null]>([
    ['Instagarm', ['Instagram', 'TikTok'], 'Instagram'],
    ['instagram', ['Instagram', 'TikTok'], 'Instagram'],
    ['Tiktokk', ['Instagram', 'TikTok'], 'TikTok'],
    ['TIDAK BISA BARTR', statuses, 'TIDAK BISA BARTER'],
    ['TIDAK BISA DI KONTAK', statuses, 'TIDAK BISA DI CONTACT'],
    ['banana', ['Instagram', 'TikTok'], null],
    ['', ['Instagram'], null],
    ['ab', ['ac', 'ad'], 'ac'], // tie → first
    ['x', [], null],
  ])('%j → %j', (input, candidates, out) => {
    expect(didYouMean(input, candidates)).toBe(out);
  });

  it('uses the given normaliser and returns the candidate as written', () => {
    const squash = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '');
    expect(didYouMean('yes(done)', statuses, squash)).toBe('YES (DONE)');
  });

  it('never throws, and any answer is one of the candidates', () => {
    fc.assert(fc.property(anyText, fc.array(anyText, { maxLength: 5 }), (input, cands) => {
      const r = didYouMean(input, cands);
      if (r !== null) expect(cands).toContain(r);
    }));
  });
});
