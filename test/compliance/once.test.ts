import { describe, expect, it } from 'vitest';
import { oncePerRow } from '../../src/compliance/once.js';
import type { TableInfo } from '../../src/model/table.js';

const table = (sheet: string) => ({ file: 'recap.xlsx', sheet, index: 0 }) as unknown as TableInfo;

describe('oncePerRow', () => {
  it('speaks once for a row and key, however many entries the row gives, and again for the next row', () => {
    const first = oncePerRow();
    const a = table('A');
    expect([first(a, 2), first(a, 2), first(a, 2, 'Herbana'), first(a, 2, 'Herbana'), first(a, 2, 'Herbamojo'), first(a, 2)])
      .toEqual([true, false, true, false, true, false]);
    expect([first(a, 3), first(a, 3), first(a, 3, 'Herbana')]).toEqual([true, false, true]);
  });

  it('tells a row of another table apart from the same row number', () => {
    const first = oncePerRow();
    const a = table('A');
    const b = table('B');
    expect([first(a, 2), first(b, 2), first(b, 2), first(a, 5)]).toEqual([true, true, false, true]);
  });

  it('tells each row of a 100,000-row wide recap once per brand', () => {
    const first = oncePerRow();
    const a = table('A');
    let told = 0;
    for (let row = 2; row < 100_002; row++) for (const brand of ['Herbana', 'Herbamojo', 'Herbana']) if (first(a, row, brand)) told++;
    expect(told).toBe(200_000);
  });
});
