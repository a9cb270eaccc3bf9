import { columnLetter } from '../../model/cell.js';
import type { TableInfo, TableRow } from '../../model/table.js';
import { textOf } from '../../rows/cells.js';
import { defineRule } from '../types.js';

/** Whom the row is about, as every row finding says it: the name, else the handle, account or link. */
function kolOf(row: TableRow, table: TableInfo): string | null {
  for (const c of ['name', 'handle', 'account', 'link'] as const) {
    const text = textOf(row, table, c);
    if (text) return text;
  }
  return null;
}

/**
 * Only cells a rule reads (mapped columns of a table) are checked: a `#REF!` in a
 * scratch column nobody uses is not the team's problem today.
 */
export default defineRule({
  meta: {
    id: 'file/formula-error',
    severity: 'error',
    kinds: 'all',
    description: 'A cell that is read holds a formula error (#REF!, #N/A, #VALUE! …) or a formula with no saved result.',
    messages: {
      'error': 'cell {cell} ({header}) shows the formula error {code} instead of a value; fix the formula, or overwrite the cell with the value itself (typed, or pasted with Paste Special → Values)',
      'no-result': 'the formula in cell {cell} ({header}) has no saved result (={formula}); open and save the file in Excel so its value is stored',
    },
  },
  create(ctx) {
    /** The mapped columns' indexes of the table being read, in the map's order, instead of iterating the map every row. */
    let columnsOf: ReadonlyMap<unknown, number> | null = null;
    let indexes: number[] = [];
    return {
      row(row, table) {
        if (table.columns !== columnsOf) {
          columnsOf = table.columns;
          indexes = [...table.columns.values()];
        }
        for (const index of indexes) {
          const v = row.values[index];
          if (!v) continue;
          if (v.type !== 'error' && v.type !== 'no-result') continue;
          const header = table.headers[index] ?? '';
          const cell = `${columnLetter(index)}${row.rowNumber}`;
          const about = { table, row: row.rowNumber, column: index, kol: kolOf(row, table), brand: textOf(row, table, 'brand') ?? table.brand };
          if (v.type === 'error') {
            ctx.report({ ...about, messageId: 'error', args: { code: v.code, header, cell } });
          } else {
            ctx.report({ ...about, messageId: 'no-result', severity: 'warning', args: { header, formula: v.formula, cell } });
          }
        }
      },
    };
  },
});
