import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/collections/key-index.js';

describe('KeyIndex', () => {
  it('stores the first value of a key and reports it on the next', () => {
    const index = new KeyIndex();
    expect(index.setIfAbsent('account:herbana99', 7)).toBeUndefined();
    expect(index.setIfAbsent('account:herbana99', 9)).toBe(7);
    expect(index.get('account:herbana99')).toBe(7);
    expect(index.get('account:herbana9')).toBeUndefined();
    expect(index.size).toBe(1);
  });

  it('tells apart keys that share a prefix, differ in length, or are empty', () => {
    const index = new KeyIndex();
    for (const [k, v] of [['a', 1], ['ab', 2], ['', 3], ['a\u0000', 4], ['ba', 5]] as const) expect(index.setIfAbsent(k, v)).toBeUndefined();
    expect([index.get('a'), index.get('ab'), index.get(''), index.get('a\u0000'), index.get('ba')]).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps names beyond Latin-1 exact (they take the wide path)', () => {
    const index = new KeyIndex();
    expect(index.setIfAbsent('name:dewi 🌸', 1)).toBeUndefined();
    expect(index.setIfAbsent('name:dewi 🌼', 2)).toBeUndefined();
    expect(index.setIfAbsent('name:dewi 🌸', 3)).toBe(1);
    expect(index.setIfAbsent('name:séverine', 4)).toBeUndefined();
    expect(index.get('name:severine')).toBeUndefined();
    expect(index.size).toBe(3);
  });

  it('keeps values beyond 32 bits exactly (place × 2³² + row)', () => {
    const index = new KeyIndex();
    index.setIfAbsent('k', 5 * 2 ** 32 + 1_048_576);
    expect(index.get('k')).toBe(5 * 2 ** 32 + 1_048_576);
  });

  it('survives growth: 200,000 keys, each found with its own value', () => {
    const index = new KeyIndex();
    for (let i = 0; i < 200_000; i++) expect(index.setIfAbsent(`0|account:aff${i}`, i)).toBeUndefined();
    expect(index.size).toBe(200_000);
    let wrong = 0;
    for (let i = 0; i < 200_000; i++) if (index.get(`0|account:aff${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(index.get('0|account:aff200000')).toBeUndefined();
  });

  it('keeps one key apart in different spaces', () => {
    const index = new KeyIndex();
    expect(index.setIfAbsent('account:herbana99', 1, 0)).toBeUndefined();
    expect(index.setIfAbsent('account:herbana99', 2, 1)).toBeUndefined();
    expect(index.setIfAbsent('name:dewi 🌸', 3, 0)).toBeUndefined();
    expect(index.setIfAbsent('name:dewi 🌸', 4, 1)).toBeUndefined();
    expect([index.get('account:herbana99', 0), index.get('account:herbana99', 1), index.get('account:herbana99', 2)]).toEqual([1, 2, undefined]);
    expect([index.get('name:dewi 🌸', 0), index.get('name:dewi 🌸', 1)]).toEqual([3, 4]);
  });

  it('keeps spaces beyond 16 bits apart (they take the plain Map) and from the same key in a small space', () => {
    const index = new KeyIndex();
    expect(index.setIfAbsent('account:aff1', 1, 0x10001)).toBeUndefined();
    expect(index.setIfAbsent('account:aff1', 2, 1)).toBeUndefined(); // 0x10001 cut to 16 bits would be 1
    expect(index.setIfAbsent('account:aff1', 3, 0xffff)).toBeUndefined();
    expect([index.get('account:aff1', 0x10001), index.get('account:aff1', 1), index.get('account:aff1', 0xffff)]).toEqual([1, 2, 3]);
    expect(index.setIfAbsent('account:aff1', 4, 0x10001)).toBe(1);
    expect(index.size).toBe(3);
  });

  it('finds every key again across many doublings of its slots, in spaces and from an offset', () => {
    const index = new KeyIndex();
    const n = 120_000;
    for (let i = 0; i < n; i++) expect(index.setIfAbsent(`account:aff${i}`, i * 3, i % 7, 8)).toBeUndefined();
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      if (index.get(`account:aff${i}`, i % 7, 8) !== i * 3) wrong++;
      if (index.get(`xxxxxxx:aff${i}`, i % 7, 8) !== i * 3) wrong++; // the prefix before `from` is not part of the key
      if (index.get(`account:aff${i}`, (i + 1) % 7, 8) !== undefined) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('answers exactly as a Map of space|key does for any sequence of keys', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'ab', 'é', '日本'));
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.nat(), fc.nat({ max: 3 })), { maxLength: 3000 }), (ops) => {
      const index = new KeyIndex();
      const map = new Map<string, number>();
      for (const [key, value, space] of ops) {
        const expected = map.get(`${space}|${key}`);
        if (expected === undefined) map.set(`${space}|${key}`, value);
        expect(index.setIfAbsent(key, value, space)).toBe(expected);
      }
      expect(index.size).toBe(map.size);
      for (const [k, value] of map) {
        const bar = k.indexOf('|');
        expect(index.get(k.slice(bar + 1), Number(k.slice(0, bar)))).toBe(value);
      }
    }), { numRuns: 200 });
  });

  it('hands every key back with its space and value, wide keys and stored-from keys too', () => {
    const index = new KeyIndex();
    const expected = new Map<string, number>();
    for (let i = 0; i < 40_000; i++) {
      const key = i % 9 === 0 ? `dewi ${i} 🌸` : i % 7 === 0 ? `ñina${i}` : `aff${i}`;
      const space = i % 3 === 0 ? 70_000 : i % 5;
      index.setIfAbsent(`account:${key}`, i * 2 ** 32 + i, space, 'account:'.length);
      expected.set(`${space}|${key}`, i * 2 ** 32 + i);
    }
    const seen = new Map<string, number>();
    index.forEach((key, space, value) => seen.set(`${space}|${key}`, value));
    expect(seen.size).toBe(index.size);
    expect(seen).toEqual(expected);
  });
});
