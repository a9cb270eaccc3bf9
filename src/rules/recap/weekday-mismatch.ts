import type { DateResult } from '../../parsers/date.js';
import type { Report } from '../types.js';
import { defineRule } from '../types.js';


function mismatch(d: DateResult | null): { written: number; actual: number; iso: string } | null {
  if (!d?.ok || d.weekdayWritten === null || d.weekdayWritten === d.weekdayActual) return null;
  return { written: d.weekdayWritten, actual: d.weekdayActual, iso: d.iso };
}

/**
 * `Selasa, 21 Agustus 2024` — but 21 August 2024 was a Wednesday. Either the day or the
 * weekday is wrong, and a deadline check would trust the wrong one without this.
 */
export default defineRule({
  meta: {
    id: 'recap/weekday-mismatch',
    severity: 'warning',
    kinds: ['posting-recap', 'kol-listing'],
    description: 'The weekday written with a posting date does not match the date (e.g. "Selasa, 21 Agustus 2024" — a Wednesday).',
    messages: {
      'mismatch': '"{value}": {date, day} was a {actual, weekday}, not a {written, weekday}; correct the weekday or the date, whichever is wrong',
    },
  },
  create(ctx) {
    const report = (base: Omit<Report, 'messageId' | 'args'>, value: string, m: { written: number; actual: number; iso: string }) =>
      ctx.report({ ...base, messageId: 'mismatch', args: { value, date: m.iso, actual: m.actual, written: m.written } });
    return {
      recapEntry(entry) {
        const m = entry.post.kind === 'posted' ? mismatch(entry.post.date) : null;
        if (!m || entry.dateColumn === null) return;
        report({ table: entry.table, row: entry.rowNumber, column: entry.dateColumn, kol: entry.kol || null, brand: entry.brand, month: entry.month }, entry.postText, m);
      },
      listingRow(row) {
        const m = mismatch(row.postDate);
        if (!m) return;
        const index = row.table.columns.get('postDate')!;
        const cell = row.raw.values[index];
        report({ table: row.table, row: row.rowNumber, column: index, kol: row.kol || null, month: row.month }, cell?.type === 'string' ? cell.text.trim() : m.iso, m);
      },
    };
  },
});
