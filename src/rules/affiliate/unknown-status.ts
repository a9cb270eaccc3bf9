import { defineRule } from '../types.js';

/**
 * A deal status nobody can count: the report would not know whether the deal is done.
 * Same vocabulary as the KOL listing (config `statuses` adds the team's phrases).
 */
export default defineRule({
  meta: {
    id: 'affiliate/unknown-status',
    severity: 'warning',
    kinds: ['affiliate-deals'],
    description: 'A deal\'s status phrase is not in the status vocabulary (config `statuses`), with a did-you-mean suggestion.',
    messages: {
      'unknown': 'deal status "{value}" is not in the vocabulary',
      'did-you-mean': 'deal status "{value}" is not in the vocabulary; did you mean "{suggestion}"?',
    },
  },
  create(ctx) {
    return {
      affiliateRow(row) {
        const s = row.status;
        if (!s || s.ok) return;
        ctx.report({ table: row.table, row: row.rowNumber, column: 'status', kol: row.accountName || null, brand: row.brand, month: row.month,
          messageId: s.suggestion ? 'did-you-mean' : 'unknown', args: { value: row.statusText ?? '', suggestion: s.suggestion ?? '' } });
      },
    };
  },
});
