import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasHandle } from '../../src/compliance/handles.js';

describe('hasHandle', () => {
  it.each([
    ['Rutin minum Herbana Temulawak tiap pagi, badan jadi fit! #iklan @herbana.id', '@herbana.id'],
    ['Makasih @Herbana.ID!', '@herbana.id'],
    ['Makasih @herbana.id.', 'herbana.id'],
    ['(@herbana.id) jamu enak', '@herbana.id'],
    ['cc:@herbana.id', '@herbana.id'],
    ['Jamu dari @herbana.id\ncek bio', 'https://www.instagram.com/herbana.id/'],
  ])('finds the mention in %j (%s)', (caption, handle) => {
    expect(hasHandle(caption, handle)).toBe(true);
  });

  it.each([
    ['Makasih @herbana.idx', '@herbana.id'],
    ['Makasih @herbana.id_official', '@herbana.id'],
    ['Makasih @herbana.id.official', '@herbana.id'],
    ['Email cs@herbana.id untuk order', '@herbana.id'],
    ['Herbana.id jamu enak', '@herbana.id'],
    ['@herbana.id', ''],
    ['@herbana.id', '@'],
    ['', '@herbana.id'],
  ])('does not find it in %j (%s)', (caption, handle) => {
    expect(hasHandle(caption, handle)).toBe(false);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), fc.string(), (c, h) => {
      expect(typeof hasHandle(c, h)).toBe('boolean');
    }));
  });
  it('always finds a handle written as a mention between spaces', () => {
    const handle = fc.stringMatching(/^[a-z0-9_]{1,10}(\.[a-z0-9_]{1,5})?$/);
    fc.assert(fc.property(handle, fc.string(), fc.string(), (h, a, b) => {
      expect(hasHandle(`${a} @${h.toUpperCase()} ${b}`, h)).toBe(true);
    }));
  });
});
