import { defineRule } from '../types.js';

/** A recap row that matches no listed KOL of its brand and month, or more than one: never a silent guess. */
export default defineRule({
  meta: {
    id: 'recap/unknown-kol',
    severity: 'warning',
    kinds: ['posting-recap'],
    description: 'A KOL in the recap is absent from the listing of that brand and month, or matches more than one listed account.',
    messages: {
      'missing': '{kol} is not in the {brand} listing for {month, month}; check the name against the listing, add the KOL\'s profile link to the recap, or add the KOL to the listing',
      'ambiguous': '{kol} matches more than one listed account for {brand} in {month, month} (rows {rows}); add the profile link to the recap',
    },
  },
  create(ctx) {
    return {
      end() {
        for (const issue of ctx.postings.join().issues) {
          const e = issue.entry;
          const base = { table: e.table, row: e.rowNumber, column: e.nameColumn, kol: e.kol || null, brand: e.brand, month: issue.month ?? e.month };
          const args = { kol: e.kol || (e.account?.ok ? e.account.handle ?? '' : ''), brand: e.brand ?? '?', month: issue.month ?? '?' };
          if (issue.kind === 'missing') {
            ctx.report({ ...base, messageId: 'missing', args });
          } else {
            const rows = issue.candidates.map((c) => `${c.table.sheet}!${c.rowNumber}`).join(', ');
            ctx.report({ ...base, messageId: 'ambiguous', args: { ...args, rows } });
          }
        }
      },
    };
  },
});
