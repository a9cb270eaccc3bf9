import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, parseCount } from '../../src/parsers/count.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

/** Text from the characters this parser cares about, so properties reach its deep branches. */
const textFrom = (chars: string, maxLength = 24) => fc.string({ unit: fc.constantFrom(...Array.from(chars)), maxLength });

describe('parseCount', () => {
  // Every follower value in seed 002 "Gambar 3.1".
  it.each([
    ['354K', 354_000], ['157K', 157_000], ['173K', 173_000], ['255K', 255_000], ['170K', 170_000],
    ['417K', 417_000], ['365K', 365_000], ['385K', 385_000], ['163K', 163_000], ['160K', 160_000],
    ['155K', 155_000], ['129K', 129_000], ['85.3K', 85_300], ['362K', 362_000], ['167K', 167_000],
    ['8.301', 8_301], ['174K', 174_000], ['10.5K', 10_500], ['137K', 137_000], ['142.3K', 142_300],
    ['430K', 430_000], ['175K', 175_000], ['86.7K', 86_700], ['121K', 121_000], ['10K', 10_000],
    ['86K', 86_000], ['41K', 41_000],
  ])('seed value %s → %d', (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value });
  });

  it.each<[string | number, number]>([
    ['12,5K', 12_500], ['1.234.567', 1_234_567], ['1,234,567', 1_234_567], ['1,234', 1_234],
    ['1,2 jt', 1_200_000], ['1,2 juta', 1_200_000], ['1.2M', 1_200_000], ['2.5 m', 2_500_000],
    ['10rb', 10_000], ['10 ribu', 10_000], ['10rb.', 10_000], ['1.5B', 1_500_000_000], ['1,5 miliar', 1_500_000_000],
    ['1,5 milyar', 1_500_000_000], ['354 K', 354_000], ['354k', 354_000], ['  354K  ', 354_000],
    ['354\u00a0K', 354_000], ['41000', 41_000], ['0', 0], ['354.000', 354_000], ['41.000,00', 41_000],
    ['41000.00', 41_000], ['1.234,5K', 1_234_500], ['0.5K', 500], ['３５４Ｋ', 354_000],
    [41000, 41_000], [0, 0], [-0, 0], [8301, 8_301],
  ])('%j → %d', (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value });
  });

  it.each<[string | number, number[] | undefined]>([
    // English-locale Excel stores a typed `8.301` as the number 8.301.
    [8.301, [8_301]], [85.3, [85_300]],
    ['1.5', [1_500]], ['8,30', [8_300]], ['85,00', [85, 85_000]],
    ['1.234K', [1_234, 1_234_000]], ['1.2345K', [1_235]],
    ['1.234,56', undefined], ['1234.5', undefined], [1234.5, undefined], ['1.2345', undefined],
  ])('%j → ambiguous %j', (input, candidates) => {
    const r = parseCount(input);
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(r.ok ? null : r.candidates).toEqual(candidates);
  });

  it.each<[string | number | null | undefined, 'empty' | 'unparseable']>([
    ['', 'empty'], ['   ', 'empty'], [null, 'empty'], [undefined, 'empty'],
    ['-', 'unparseable'], ['N/A', 'unparseable'], ['abc', 'unparseable'], ['-354K', 'unparseable'],
    ['+354K', 'unparseable'], ['354X', 'unparseable'], ['1.2.3', 'unparseable'], ['1..2', 'unparseable'],
    ['.5K', 'unparseable'], ['1,23,456', 'unparseable'], ['1.234,567.8', 'unparseable'], ['354K followers', 'unparseable'],
    ['constructor', 'unparseable'], ['1 constructor', 'unparseable'], ['99999999999999999999', 'unparseable'],
    [-5, 'unparseable'], [Number.NaN, 'unparseable'], [Number.POSITIVE_INFINITY, 'unparseable'], [2 ** 60, 'unparseable'],
  ])('%j → %s', (input, reason) => {
    expect(parseCount(input)).toEqual({ ok: false, reason });
  });

  it('never throws, and every success is a non-negative safe integer', () => {
    const inputs = fc.oneof(anyText, textFrom('0123456789.,kKmMbjtr ib-+'), fc.double(), fc.integer());
    fc.assert(fc.property(inputs, (s) => {
      const r = parseCount(s);
      if (r.ok) expect(Number.isSafeInteger(r.value) && r.value >= 0).toBe(true);
      else for (const c of r.candidates ?? []) expect(Number.isSafeInteger(c) && c >= 0).toBe(true);
    }));
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'], [999, '999'], [1000, '1K'], [8301, '8.301'], [10_500, '10.5K'], [85_300, '85.3K'],
    [354_000, '354K'], [999_999, '999.999'], [1_000_000, '1M'], [1_200_000, '1.2M'], [1_234_567, '1.234.567'],
    [1_500_000_000, '1.5B'], [10_000_000_000, '10B'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it('round-trips every non-negative integer up to 1e10', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e10 }), (n) => {
      expect(parseCount(formatCount(n))).toEqual({ ok: true, value: n });
    }));
  });

  it('round-trips round numbers, where the compact form is used', () => {
    const round = fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(100, 1_000, 100_000, 1_000_000, 100_000_000));
    fc.assert(fc.property(round, ([a, b]) => {
      expect(parseCount(formatCount(a * b))).toEqual({ ok: true, value: a * b });
    }));
  });

  it('never throws, and a non-integer reads back as ambiguous rather than as a count', () => {
    fc.assert(fc.property(fc.double(), (n) => {
      const text = formatCount(n);
      expect(typeof text).toBe('string');
      if (Number.isFinite(n) && n >= 0 && !Number.isInteger(n) && n < 1e15) {
        const back = parseCount(text);
        if (back.ok) expect(Number.isInteger(n * 100) || back.value === Math.round(n)).toBe(true);
      }
    }));
  });
});
