import { missingBrandTag } from '../../compliance/caption-checks.js';
import { oncePerRow } from '../../compliance/once.js';
import { defineRule } from '../types.js';

/** The post should tag the brand's own account; only brands whose `handles` the config lists are checked. */
export default defineRule({
  meta: {
    id: 'recap/missing-brand-tag',
    severity: 'warning',
    kinds: ['posting-recap'],
    description: 'The caption does not tag any of the brand\'s accounts (the config\'s brands[].handles).',
    messages: {
      'missing': 'the caption does not tag {brand} ({handles}); ask the KOL to add the tag to the caption',
    },
  },
  create(ctx) {
    const first = oncePerRow();
    return {
      recapEntry(entry) {
        const missing = missingBrandTag(entry.caption, entry.brand, ctx.config);
        if (!missing || !first(entry.table, entry.rowNumber, missing.brand)) return;
        ctx.report({ table: entry.table, row: entry.rowNumber, column: 'caption', kol: entry.kol || null, brand: entry.brand, month: entry.month,
          messageId: 'missing', args: { brand: missing.brand, handles: missing.handles } });
      },
    };
  },
});
