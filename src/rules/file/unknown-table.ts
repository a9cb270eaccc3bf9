import { defineRule } from '../types.js';

/** Data the tool would silently skip is worth saying out loud: maybe a header was renamed. */
export default defineRule({
  meta: {
    id: 'file/unknown-table',
    severity: 'warning',
    kinds: 'all',
    description: {
      en: 'A sheet holds data, but no KOL listing, posting recap or affiliate header was recognised in it.',
      id: 'Sheet berisi data, tetapi tidak ada header list KOL, recap posting, atau affiliate yang dikenali.',
    },
    messageIds: ['unknown'],
  },
  create(ctx) {
    return {
      sheetWithoutTable(file, sheet) {
        ctx.report({ file, sheet, messageId: 'unknown' });
      },
    };
  },
});
