import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** A status nobody can count: the monthly report would not know if the KOL agreed. Phrases live in config `statuses`. */
export default defineRule({
  meta: {
    id: 'listing/unknown-status',
    severity: 'warning',
    kinds: ['kol-listing'],
    description: {
      en: 'The PR-pack / barter phrase is not in the status vocabulary (config `statuses`), with a did-you-mean suggestion.',
      id: 'Frasa PR pack / barter tidak ada di daftar status (config `statuses`), dengan saran ejaan.',
    },
    messageIds: ['unknown', 'did-you-mean'],
  },
  create(ctx) {
    return {
      listingRow(row) {
        const s = row.status;
        if (!s || s.ok) return;
        ctx.report({ ...atRow(row, 'prStatus'),
          messageId: s.suggestion ? 'did-you-mean' : 'unknown', args: { value: row.statusText ?? '', suggestion: s.suggestion ?? '' } });
      },
    };
  },
});
