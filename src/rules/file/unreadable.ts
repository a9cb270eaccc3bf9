import { defineRule } from '../types.js';

/** A file that cannot be opened at all, or a folder or link the walk could not follow; the run goes on with the rest. */
export default defineRule({
  meta: {
    id: 'file/unreadable',
    severity: 'error',
    kinds: 'all',
    description: {
      en: 'A file or folder cannot be read: corrupt, encrypted, legacy .xls, a spreadsheet format kolops does not read (.numbers, .xlsb), empty, not a spreadsheet, no permission, or a broken or looping link.',
      id: 'File atau folder tidak bisa dibaca: rusak, terenkripsi, .xls lama, format spreadsheet yang tidak dibaca kolops (.numbers, .xlsb), kosong, bukan spreadsheet, tanpa izin akses, atau link (symlink) yang rusak atau berputar.',
    },
    messageIds: ['ole-container', 'encrypted', 'empty-file', 'not-a-spreadsheet', 'corrupt-zip', 'unsupported-extension',
      'unsupported-spreadsheet', 'permission-denied', 'folder-unreadable', 'symlink-loop', 'broken-link', 'too-large', 'io-error'],
  },
  create(ctx) {
    return {
      fileUnreadable(file, error) {
        ctx.report({ file, messageId: error.reason, args: { detail: error.detail } });
      },
    };
  },
});
