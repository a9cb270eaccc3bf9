import { parseStatus } from '../../parsers/status.js';
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
      'unknown': 'deal status "{value}" is not in the status vocabulary, so this deal is not counted as done; write a known phrase (DONE, ON PROCESS, CANCEL), or add it to kolops.config.json under the status it means, e.g. "statuses": {"pending": ["{value}"]}',
      'did-you-mean': 'deal status "{value}" is not in the status vocabulary; did you mean "{suggestion}"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "statuses": {"{status}": ["{value}"]}',
    },
  },
  create(ctx) {
    return {
      affiliateRow(row) {
        const s = row.status;
        if (!s || s.ok) return;
        // The status the suggested phrase stands for: the config line that makes this phrase mean it too.
        const meant = s.suggestion ? parseStatus(s.suggestion, ctx.config.statuses) : null;
        const status = meant?.ok ? meant.status : null;
        ctx.report({ table: row.table, row: row.rowNumber, column: 'status', kol: row.accountName || null, brand: row.brand, month: row.month,
          messageId: s.suggestion && status ? 'did-you-mean' : 'unknown',
          args: { value: row.statusText ?? '', suggestion: s.suggestion ?? '', status: status ?? '' } });
      },
    };
  },
});
