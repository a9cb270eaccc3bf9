import { basename } from 'node:path';
import type { RecapEntry } from '../../rows/recap.js';
import { defineRule } from '../types.js';

/**
 * The seed recap has dates below its numbered rows with no KOL beside them: a post
 * nobody can credit. When the listing has a KOL whose own Post Date is that day, say so.
 */
export default defineRule({
  meta: {
    id: 'recap/date-without-kol',
    severity: 'warning',
    kinds: ['posting-recap'],
    description: 'A posting date stands on a row that names no KOL, so the post cannot be credited to anyone.',
    messages: {
      'no-kol': 'posting date "{value}" has no KOL on its row; write the KOL\'s name beside it, or delete the date if nobody posted that day',
      'no-kol-listing-match': 'posting date "{value}" has no KOL on its row; the listing has this post date for {kols}: write that KOL\'s name on this row',
    },
  },
  create(ctx) {
    const pending: RecapEntry[] = [];
    return {
      recapEntry(entry) {
        if (entry.key || entry.post.kind === 'not-posted' || entry.dateColumn === null) return;
        pending.push(entry);
      },
      end() {
        for (const entry of pending) {
          const base = { table: entry.table, row: entry.rowNumber, column: entry.dateColumn, brand: entry.brand, month: entry.month };
          const iso = entry.post.kind === 'posted' ? entry.post.date.iso : null;
          const matches = iso ? ctx.postings.listingPostedOn(iso, entry.brand) : [];
          if (matches.length > 0) {
            // Where each match is: the sheet and row, and the file when it is not the recap's.
            const who = matches.map((m) => `${m.kol} (${m.table.file !== entry.table.file ? `${basename(m.table.file)} ` : ''}${m.table.sheet}!${m.rowNumber})`).join(', ');
            ctx.report({ ...base, messageId: 'no-kol-listing-match', args: { value: entry.postText, kols: who } });
          } else {
            ctx.report({ ...base, messageId: 'no-kol', args: { value: entry.postText } });
          }
        }
      },
    };
  },
});
