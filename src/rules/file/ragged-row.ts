import { defineRule } from '../types.js';

/** A CSV record with more or fewer fields than its header is usually a stray delimiter in a cell. */
export default defineRule({
  meta: {
    id: 'file/ragged-row',
    severity: 'warning',
    kinds: 'all',
    description: 'A CSV record has a different number of fields than the header (often an unquoted delimiter inside a cell).',
    messages: {
      'too-many': 'this line of the CSV has {found, number} values where the header has {expected, number}: a cell holding a comma or semicolon (as in "Jl. Melati 7, Depok") without double quotes around it is split in two, and every value after it moves one column to the right. Put that cell in double quotes, or save the file from Excel again as CSV',
      'too-few': 'this line of the CSV has {found, number} values where the header has {expected, number}: values are missing, or a line break inside a cell without double quotes around it split the record over two lines. Fill in the missing values, or save the file from Excel again as CSV',
    },
  },
  create(ctx) {
    return {
      readNotice(file, notice) {
        if (notice.code !== 'ragged-row') return;
        const more = Number(notice.args.found) > Number(notice.args.expected);
        ctx.report({ file, sheet: notice.sheet, row: notice.rowNumber, messageId: more ? 'too-many' : 'too-few', args: notice.args });
      },
    };
  },
});
