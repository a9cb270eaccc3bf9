import type { TableInfo } from '../../model/table.js';
import { PendingByTable, tableAnchor } from '../support.js';
import { defineRule } from '../types.js';

interface Entry { key: string; brand: string | null; month: string | null }

/**
 * SOP: 20 KOLs listed a month. Counted over distinct accounts (blank rows and
 * duplicates do not count), per month — or per brand and month with
 * `listing.targetPerBrand` — across every table and file of that month.
 */
export default defineRule({
  meta: {
    id: 'listing/monthly-target',
    severity: 'warning',
    kinds: ['kol-listing'],
    description: 'Fewer distinct KOLs are listed in a month than the monthly target (default 20). A listing whose month cannot be told is table/month-unknown.',
    messages: {
      'under': '{month, month}: {listed, plural, one {# KOL} other {# KOLs}} listed, target is {target, number} ({missing, number} short)',
      'under-brand': '{month, month} ({brand}): {listed, plural, one {# KOL} other {# KOLs}} listed, target is {target, number} ({missing, number} short)',
    },
  },
  create(ctx) {
    const { monthlyTarget: target, targetPerBrand } = ctx.config.listing;
    const pending = new PendingByTable<Entry>();
    /**
     * group ("month" or "month|brand") → distinct account keys, until the group reaches
     * the target: from then on only "reached" matters, so a year of 100,000 rows keeps
     * at most `target` keys per group, not every account.
     */
    const groups = new Map<string, { month: string; brand: string | null; keys: Set<string> | null; anchor: TableInfo }>();
    return {
      listingRow(row) {
        if (!row.key) return;
        pending.add(row.table, { key: row.key, brand: row.brand?.ok ? row.brand.brand : row.brandText || null, month: row.month });
      },
      tableEnd(table) {
        const entries = pending.take(table);
        for (const e of entries) {
          if (e.resolvedMonth === null) continue;
          const brand = targetPerBrand ? e.brand : null;
          const id = `${e.resolvedMonth}|${brand ?? ''}`;
          let g = groups.get(id);
          if (!g) groups.set(id, (g = { month: e.resolvedMonth, brand, keys: new Set(), anchor: table }));
          if (!g.keys) continue;
          g.keys.add(e.key);
          if (g.keys.size >= target) g.keys = null;
        }
      },
      end() {
        for (const g of groups.values()) {
          if (!g.keys) continue; // reached
          const listed = g.keys.size;
          if (listed >= target) continue;
          const args = { month: g.month, listed, target, missing: target - listed, brand: g.brand ?? '' };
          ctx.report({ ...tableAnchor(g.anchor), messageId: g.brand ? 'under-brand' : 'under', args, brand: g.brand, month: g.month });
        }
      },
    };
  },
});
