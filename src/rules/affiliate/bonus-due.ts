import { defineRule } from '../types.js';

/**
 * PRODUCT.md §1: the cash bonus is paid when the sales target is reached. Where a deal
 * has both Sales and Target, reaching the target is an info finding, so the payment is
 * not forgotten in the month-end rush.
 */
export default defineRule({
  meta: {
    id: 'affiliate/bonus-due',
    severity: 'info',
    kinds: ['affiliate-deals'],
    description: 'A deal\'s sales reached its sales target: the cash bonus is due.',
    messages: {
      'due': '{kol} reached the sales target ({sales, currency} of {target, currency}): cash bonus due',
    },
  },
  create(ctx) {
    return {
      affiliateRow(row) {
        if (row.sales === null || row.target === null || row.target <= 0 || row.sales < row.target) return;
        ctx.report({ table: row.table, row: row.rowNumber, column: 'sales', kol: row.accountName || null, brand: row.brand, month: row.month,
          messageId: 'due', args: { kol: row.accountName || row.linkText || '?', sales: row.sales, target: row.target } });
      },
    };
  },
});
