import { describe, expect, it } from 'vitest';
import { OneOrMany } from '../../src/collections/one-or-many.js';

describe('OneOrMany', () => {
  it('gives back every value of a key in the order added: none, one, several', () => {
    const m = new OneOrMany<string, number>();
    m.add('a', 1);
    m.add('b', 2);
    m.add('b', 3);
    m.add('b', 0);
    expect(m.get('x')).toEqual([]);
    expect(m.get('a')).toEqual([1]);
    expect(m.get('b')).toEqual([2, 3, 0]);
  });

  it('keeps object values apart by identity, as the join\'s recap entries are', () => {
    const m = new OneOrMany<number, { n: number }>();
    const one = { n: 1 };
    const two = { n: 2 };
    m.add(7, one);
    expect(m.get(7)[0]).toBe(one);
    m.add(7, two);
    expect(m.get(7)).toEqual([one, two]);
    expect(m.get(7)[1]).toBe(two);
  });
});
