import { describe, expect, it } from 'vitest';
import { IntColumn, Interned } from '../../src/collections/int-column.js';

describe('IntColumn', () => {
  it('keeps every value across blocks, and takes them back by index', () => {
    const column = new IntColumn();
    for (let i = 0; i < 40_000; i++) expect(column.push(i * 7)).toBe(i);
    expect(column.length).toBe(40_000);
    column.set(16_384, 1);
    let wrong = 0;
    for (let i = 0; i < 40_000; i++) if (column.get(i) !== (i === 16_384 ? 1 : i * 7)) wrong++;
    expect(wrong).toBe(0);
  });
  it('holds unsigned 32-bit values exactly', () => {
    const column = new IntColumn();
    column.push(2 ** 32 - 1);
    expect(column.get(0)).toBe(2 ** 32 - 1);
  });
});

describe('Interned', () => {
  it('numbers values from 1 in the order first seen, with 0 for null', () => {
    const months = new Interned();
    expect([months.id('2024-09'), months.id('2024-10'), months.id('2024-09'), months.id(null)]).toEqual([1, 2, 1, 0]);
    expect([months.value(1), months.value(2), months.value(0)]).toEqual(['2024-09', '2024-10', null]);
  });
});
