import { defineRule } from '../types.js';

/** Hidden sheets are checked like any other; saying so avoids "where does this finding come from?". */
export default defineRule({
  meta: {
    id: 'file/hidden-sheet',
    severity: 'info',
    kinds: 'all',
    description: 'A hidden (or very hidden) sheet holds a table; it is checked like the others.',
    messages: {
      'hidden': 'this sheet is hidden, but its tables are checked like the others; to see the findings in it, unhide it (right-click a sheet tab → Unhide), or delete it if it is an old copy',
      'very-hidden': 'this sheet is very hidden: Excel\'s Unhide does not list it, only the VBA editor (Alt+F11) can show it; its tables are checked like the others. To see it, select it in the VBA editor and set Visible to xlSheetVisible, or delete it there if it is an old copy',
    },
  },
  create(ctx) {
    return {
      hiddenSheet(file, sheet, state) {
        // `state` stays in the args as Excel names it (a baseline matches on it); the words say what it means.
        ctx.report({ file, sheet, messageId: state === 'veryHidden' ? 'very-hidden' : 'hidden', args: { state } });
      },
    };
  },
});
