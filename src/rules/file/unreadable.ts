import { defineRule } from '../types.js';

/** A file that cannot be opened at all; the run goes on with the other files. */
export default defineRule({
  meta: {
    id: 'file/unreadable',
    severity: 'error',
    kinds: 'all',
    description: {
      en: 'The file cannot be read: corrupt, encrypted, legacy .xls, empty, or not a spreadsheet.',
      id: 'File tidak bisa dibaca: rusak, terenkripsi, .xls lama, kosong, atau bukan spreadsheet.',
    },
    messageIds: ['ole-container', 'empty-file', 'not-a-spreadsheet', 'corrupt-zip', 'unsupported-extension', 'io-error'],
  },
  create(ctx) {
    return {
      fileUnreadable(file, error) {
        ctx.report({ file, messageId: error.reason, args: { detail: error.detail } });
      },
    };
  },
});
