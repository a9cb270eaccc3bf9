import { parseStatus } from '../../parsers/status.js';
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
      'unknown': 'PR-pack status "{value}" is not in the status vocabulary, so this KOL is not counted as agreed, declined or unreachable; write a known phrase (YES (DONE), TIDAK BISA BARTER, TIDAK BISA DI CONTACT; blank while there is no answer yet), or add it to kolops.config.json under the status it means, e.g. "statuses": {"pending": ["{value}"]}',
      'did-you-mean': 'PR-pack status "{value}" is not in the status vocabulary; did you mean "{suggestion}"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "statuses": {"{status}": ["{value}"]}',
    },
  },
  create(ctx) {
    return {
      listingRow(row) {
        const s = row.status;
        if (!s || s.ok) return;
        // The status the suggested phrase stands for: the config line that makes this phrase mean it too.
        const meant = s.suggestion ? parseStatus(s.suggestion, ctx.config.statuses) : null;
        const status = meant?.ok ? meant.status : null;
        ctx.report({ ...atRow(row, 'prStatus'),
          messageId: s.suggestion && status ? 'did-you-mean' : 'unknown',
          args: { value: row.statusText ?? '', suggestion: s.suggestion ?? '', status: status ?? '' } });
      },
    };
  },
});
