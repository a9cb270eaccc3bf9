import { defineRule } from '../types.js';

/** Hidden sheets are checked like any other; saying so avoids "where does this finding come from?". */
export default defineRule({
  meta: {
    id: 'file/hidden-sheet',
    severity: 'info',
    kinds: 'all',
    description: 'A hidden (or very hidden) sheet holds a table; it is checked like the others.',
    messages: {
      'hidden': 'sheet is {state}; its tables are checked too',
    },
  },
  create(ctx) {
    return {
      hiddenSheet(file, sheet, state) {
        ctx.report({ file, sheet, messageId: 'hidden', args: { state } });
      },
    };
  },
});
