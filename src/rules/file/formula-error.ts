import { defineRule } from '../types.js';

/**
 * Only cells a rule reads (mapped columns of a table) are checked: a `#REF!` in a
 * scratch column nobody uses is not the team's problem today.
 */
export default defineRule({
  meta: {
    id: 'file/formula-error',
    severity: 'error',
    kinds: 'all',
    description: {
      en: 'A cell that is read holds a formula error (#REF!, #N/A, #VALUE! …) or a formula with no saved result.',
      id: 'Sel yang dibaca berisi error rumus (#REF!, #N/A, #VALUE! …) atau rumus tanpa hasil tersimpan.',
    },
    messageIds: ['error', 'no-result'],
  },
  create(ctx) {
    return {
      row(row, table) {
        for (const index of table.columns.values()) {
          const v = row.values[index];
          if (!v) continue;
          const header = table.headers[index] ?? '';
          if (v.type === 'error') {
            ctx.report({ table, row: row.rowNumber, column: index, messageId: 'error', args: { code: v.code, header } });
          } else if (v.type === 'no-result') {
            ctx.report({ table, row: row.rowNumber, column: index, messageId: 'no-result', severity: 'warning', args: { header, formula: v.formula } });
          }
        }
      },
    };
  },
});
