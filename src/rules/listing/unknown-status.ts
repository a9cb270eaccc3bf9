import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** A status nobody can count: the monthly report would not know if the KOL agreed. Phrases live in config `statuses`. */
export default defineRule({
  meta: {
    id: 'listing/unknown-status',
    severity: 'warning',
    kinds: ['kol-listing'],
    description: 'The PR-pack / barter phrase is not in the status vocabulary (config `statuses`), with a did-you-mean suggestion.',
    messages: {
      'unknown': 'PR-pack status "{value}" is not in the vocabulary',
      'did-you-mean': 'PR-pack status "{value}" is not in the vocabulary; did you mean "{suggestion}"?',
    },
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
