import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PADDING, widestCells, widestCellsOfEvery, type Column } from '../../src/report/render/xlsx-sheet.js';

type Row = { text: string; n: number | null; link: string };

/** The width a column is given from its longest cell (Sheet.measure). */
const widthOf = (column: Column<Row>, longest: number) => Math.min(longest + PADDING, column.maxWidth ?? 50);

describe('column widths of a report sheet', () => {
  const columns: Column<Row>[] = [
    { header: 'KOL', kind: 'text', get: (r) => r.text, maxWidth: 12 },
    { header: 'Followers', kind: 'count', get: (r) => r.n, stated: true },
    { header: 'Link', kind: 'link', get: (r) => r.link, maxWidth: 20 },
    { header: 'Note', kind: 'text', get: (r) => r.text },
  ];
  const row = fc.record({ text: fc.string({ maxLength: 60 }), n: fc.option(fc.integer({ min: 0, max: 2e9 })), link: fc.string({ maxLength: 30 }) });

  it('are what every cell would give, though capped columns stop being measured', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const fast = widestCells(columns, rows, 'not stated');
      const every = widestCellsOfEvery(columns, rows, 'not stated');
      expect(columns.map((c, i) => widthOf(c, fast[i]!))).toEqual(columns.map((c, i) => widthOf(c, every[i]!)));
    }), { numRuns: 2000 });
  });

  it('asks a capped column no more cells once one has reached its cap', () => {
    let asked = 0;
    const counted: Column<Row>[] = [{ header: 'Message', kind: 'text', get: (r) => { asked++; return r.text; }, maxWidth: 10 }];
    const rows = ['short', 'a text longer than ten', 'x', 'y', 'z'].map((text) => ({ text, n: null, link: '' }));
    expect(widestCells(counted, rows, 'not stated')).toEqual([22]);
    expect(asked).toBe(2);
  });
});
