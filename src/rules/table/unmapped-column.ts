import { columnRef, kindRef } from '../../i18n/index.js';
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
    description: 'A non-empty header matched no column kolops reads, so that column is not read; the finding names the column it most resembles.',
    messages: {
      'suggest': 'header "{header}" matched no column, so kolops does not read it; if it is the {column}, add to kolops.config.json: "columns": {"{kindId}": {"{header}": "{columnId}"}}',
      'other-kind': 'header "{header}" looks like {column}, which a {kind} does not have, so kolops does not read it',
      'none': 'header "{header}" matched no column, so kolops does not read it',
    },
  },
  create(ctx) {
    return {
      tableStart(table) {
        for (const u of table.reading.unmapped) {
          const args = { header: u.text.trim(), kind: kindRef(table.kind), kindId: table.kind };
          if (u.suggestion === null) {
            ctx.report({ table, row: table.headerRow, column: u.index, messageId: 'none', args });
          } else if (KIND_COLUMNS[table.kind].includes(u.suggestion)) {
            ctx.report({ table, row: table.headerRow, column: u.index, messageId: 'suggest', args: { ...args, column: columnRef(u.suggestion, table.kind), columnId: u.suggestion } });
          } else {
            ctx.report({ table, row: table.headerRow, column: u.index, messageId: 'other-kind', args: { ...args, column: columnRef(u.suggestion) } });
          }
        }
      },
    };
  },
});
