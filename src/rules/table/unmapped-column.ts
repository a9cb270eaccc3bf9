import { columnLabel, kindLabel } from '../../i18n/index.js';
import { KIND_COLUMNS } from '../../tables/columns.js';
import { defineRule } from '../types.js';

/**
 * A header kolops does not know is a column it does not read: said, with the column it
 * most resembles, so a renamed header never drops its figures without a word.
 */
export default defineRule({
  meta: {
    id: 'table/unmapped-column',
    severity: 'info',
    kinds: 'all',
    description: {
      en: 'A non-empty header matched no column kolops reads, so that column is not read; the finding names the column it most resembles.',
      id: 'Header yang tidak kosong tidak cocok dengan kolom yang dibaca kolops, jadi kolom itu tidak dibaca; temuan ini menyebut kolom yang paling mirip.',
    },
    messageIds: ['suggest', 'other-kind', 'none'],
  },
  create(ctx) {
    return {
      tableStart(table) {
        for (const u of table.reading.unmapped) {
          const args = { header: u.text.trim(), kind: kindLabel(table.kind), kindId: table.kind };
          if (u.suggestion === null) {
            ctx.report({ table, row: table.headerRow, column: u.index, messageId: 'none', args });
          } else if (KIND_COLUMNS[table.kind].includes(u.suggestion)) {
            ctx.report({ table, row: table.headerRow, column: u.index, messageId: 'suggest', args: { ...args, column: columnLabel(u.suggestion), columnId: u.suggestion } });
          } else {
            ctx.report({ table, row: table.headerRow, column: u.index, messageId: 'other-kind', args: { ...args, column: columnLabel(u.suggestion) } });
          }
        }
      },
    };
  },
});
