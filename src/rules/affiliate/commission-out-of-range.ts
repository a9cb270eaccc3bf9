import { defineRule } from '../types.js';

/**
 * PRODUCT.md §1: deals are approached "with commission %". When the team sets the range it
 * offers (`affiliate.commission: {min, max}`), a deal outside it is a typo or a deal
 * someone should approve. Off without that config key.
 */
export default defineRule({
  meta: {
    id: 'affiliate/commission-out-of-range',
    severity: 'warning',
    kinds: ['affiliate-deals'],
    description: 'A deal\'s commission % is outside the range set in the config (affiliate.commission min–max); off when no range is set.',
    messages: {
      'below': '{kol}: commission {commission, percent} is below the range {min, number}–{max, percent} set in kolops.config.json (affiliate.commission); correct the cell if it is a typo, or have the deal approved',
      'above': '{kol}: commission {commission, percent} is above the range {min, number}–{max, percent} set in kolops.config.json (affiliate.commission); correct the cell if it is a typo, or have the deal approved',
    },
  },
  create(ctx) {
    const range = ctx.config.affiliate.commission;
    return {
      affiliateRow(row) {
        if (!range || row.commission === null) return;
        const below = row.commission < range.min;
        if (!below && row.commission <= range.max) return;
        ctx.report({ table: row.table, row: row.rowNumber, column: 'commission', kol: row.accountName || null, brand: row.brand, month: row.month,
          messageId: below ? 'below' : 'above',
          args: { kol: row.accountName || row.linkText || '?', commission: row.commission, min: range.min, max: range.max } });
      },
    };
  },
});
