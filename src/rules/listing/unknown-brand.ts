import { listOf } from '../../i18n/index.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** Only when the config names the team's brands: without that list there is nothing to compare with. */
export default defineRule({
  meta: {
    id: 'listing/unknown-brand',
    severity: 'warning',
    kinds: ['kol-listing'],
    description: 'The brand is not one of the config\'s brands or aliases (with a did-you-mean suggestion).',
    messages: {
      'unknown': 'brand "{value}" is not one of the brands in kolops.config.json ({brands}); correct the cell, or add the brand under "brands": {"name": "{value}"}',
      'did-you-mean': 'brand "{value}" is not one of the brands in kolops.config.json; did you mean "{suggestion}"? Correct the cell, or, if the team writes {suggestion} this way too, add "{value}" to its "aliases" under "brands"',
    },
  },
  create(ctx) {
    const brands = listOf(ctx.config.brands.map((b) => b.name), 'and');
    return {
      listingRow(row) {
        const b = row.brand;
        if (!b || b.ok || !b.known) return;
        ctx.report({ ...atRow(row, 'brand'),
          messageId: b.suggestion ? 'did-you-mean' : 'unknown', args: { value: row.brandText ?? '', suggestion: b.suggestion ?? '', brands } });
      },
    };
  },
});
