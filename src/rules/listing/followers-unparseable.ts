import { parseCount } from '../../parsers/count.js';
import type { ListingRow } from '../../rows/listing.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/**
 * The reading of the cell as a decimal number (`8.301` → 8 and "301", `85.3456K` → 85345
 * and "6"): the one a follower count cannot have, shown beside the whole-number reading so
 * the user sees why the cell is in doubt. Whole part and decimal digits apart, so each
 * language writes its own decimal mark between them (8.301 / 8,301) with every digit kept.
 * Null when the cell is not one number with one separator.
 */
function decimalReading(row: ListingRow): { whole: number; fraction: string } | null {
  const index = row.table.columns.get('followers');
  const cell = index === undefined ? undefined : row.raw.values[index];
  const text = cell?.type === 'number' ? String(cell.value) : (row.followersText ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const m = /^(\d+)[.,](\d+)(?: ?([a-z]+)\.?)?$/.exec(text);
  if (!m) return null;
  const [, int = '', frac = '', suffix] = m;
  // A K / rb / jt … moves the decimal point right by its zeros: 85.3456K → 85345.6.
  const unit = suffix ? parseCount(`1${suffix}`) : { ok: true as const, value: 1 };
  if (!unit.ok || !/^10*$/.test(String(unit.value))) return null;
  const shift = String(unit.value).length - 1;
  const digits = int + frac.padEnd(shift, '0');
  const point = int.length + shift;
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? { whole: Number(digits.slice(0, point)), fraction } : null;
}

/** `8.30` or a typed `8.301` that Excel turned into 8.301: never guess a follower count. */
export default defineRule({
  meta: {
    id: 'listing/followers-unparseable',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'The follower count cannot be read as a number, or could mean two different numbers.',
    messages: {
      'unparseable': 'follower count "{value}" cannot be read as a number; write the count in digits (8301) or with K / M (85.3K, 1.2M)',
      'ambiguous-number': 'the cell holds the decimal number {whole, number}.{fraction}, and no follower count has decimals: Excel stores a typed "{value}" that way when it takes the dot for a decimal point. If the KOL has {count, number} followers, type {digits} (digits only), or set the column to Text before typing it',
      'ambiguous': 'follower count "{value}" can be read two ways: {count, number} followers, or the decimal number {whole, number}.{fraction}, which no follower count can be; write the count in digits only ({digits}), or with K / M (85.3K)',
      'ambiguous-two': 'follower count "{value}" can be read two ways: {first, number} or {second, number} followers; write the count in digits only ({firstDigits} or {secondDigits}) so it cannot be misread',
    },
  },
  create(ctx) {
    return {
      listingRow(row) {
        const f = row.followers;
        if (!f || f.ok || f.reason === 'empty') return;
        const base = atRow(row, 'followers');
        const value = row.followersText ?? '';
        const [first, second] = f.reason === 'ambiguous' ? f.candidates ?? [] : [];
        const decimal = first !== undefined && second === undefined ? decimalReading(row) : null;
        if (first !== undefined && second !== undefined) {
          ctx.report({ ...base, messageId: 'ambiguous-two',
            args: { value, first, second, firstDigits: String(first), secondDigits: String(second) } });
        } else if (first !== undefined && decimal !== null) {
          const number = row.raw.values[row.table.columns.get('followers')!]?.type === 'number';
          ctx.report({ ...base, messageId: number ? 'ambiguous-number' : 'ambiguous',
            args: { value, count: first, whole: decimal.whole, fraction: decimal.fraction, digits: String(first) } });
        } else {
          ctx.report({ ...base, messageId: 'unparseable', args: { value } });
        }
      },
    };
  },
});
