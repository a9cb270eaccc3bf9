import { columnLabel, kindLabel } from '../../i18n/index.js';
import type { LocalizedArg } from '../../model/finding.js';
import type { ColumnId } from '../../model/table.js';
import { defineRule } from '../types.js';

/** "followers, brand" / "followers, merek": a list of column names in both languages. */
function columnsArg(ids: readonly ColumnId[], join: { en: string; id: string }): LocalizedArg {
  const labels = ids.map(columnLabel);
  return { en: labels.map((l) => l.en).join(join.en), id: labels.map((l) => l.id).join(join.id) };
}

/**
 * Data the tool would silently skip is worth saying out loud: maybe a header was renamed.
 * When a row came close to a header, the finding says what it had and what was missing,
 * rather than guessing a kind.
 */
export default defineRule({
  meta: {
    id: 'file/unknown-table',
    severity: 'warning',
    kinds: 'all',
    description: {
      en: 'A sheet holds data, but no KOL listing, posting recap or affiliate header was recognised in it; the finding says what the closest row lacked.',
      id: 'Sheet berisi data, tetapi tidak ada header listing KOL, recap posting, atau daftar deal affiliate yang dikenali; temuan ini menyebut apa yang kurang dari baris yang paling mendekati.',
    },
    messageIds: ['unknown', 'near-miss', 'no-subject'],
  },
  create(ctx) {
    return {
      sheetWithoutTable(file, sheet, miss) {
        if (!miss) {
          ctx.report({ file, sheet, messageId: 'unknown' });
          return;
        }
        const args = {
          kind: kindLabel(miss.kind),
          found: columnsArg(miss.found, { en: ', ', id: ', ' }),
          missing: columnsArg(miss.missingSignature.length ? miss.missingSignature : miss.missingSubject, { en: ' or ', id: ' atau ' }),
        };
        ctx.report({ file, sheet, messageId: miss.missingSignature.length ? 'near-miss' : 'no-subject', args });
      },
    };
  },
});
