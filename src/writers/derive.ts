import type { Config } from '../config/schema.js';
import { accountKey } from '../parsers/account.js';
import type { Platform } from '../parsers/platform.js';
import { DEFAULT_TIERS, tierOf } from '../parsers/tier.js';
import { columnLetter } from '../model/cell.js';
import type { AffiliateRow } from '../rows/affiliate.js';
import type { ListingRow } from '../rows/listing.js';
import type { RecapEntry, RecapLayout } from '../rows/recap.js';

/**
 * The derived columns `kolops normalize` writes beside a KOL listing, in order. The
 * `kolops:` prefix keeps them apart from the team's own columns: the header matcher
 * needs a header to equal or *start with* an alias (`followers`, `tier`, `status` …),
 * and `kolops followers` does neither, so these never pass for the listing's columns.
 */
export const DERIVED_HEADERS = [
  'kolops: Followers',
  'kolops: Tier',
  'kolops: Account',
  'kolops: Status',
  'kolops: Post date',
  'kolops: Month',
] as const;

export type DerivedValue = string | number | null;

const FIXED_LABELS = [
  ...DERIVED_HEADERS,
  'kolops: Brand', 'kolops: Posted', 'kolops: Platform', 'kolops: Commission %',
];
const LABELS = new Set(FIXED_LABELS.map((h) => h.toLowerCase()));

/** Is this cell text one of the derived headers (as kolops writes it, any case)? */
export function isDerivedHeader(text: string): boolean {
  const t = text.trim().toLowerCase();
  // `kolops: Post date Herbana`, `kolops: Post date D`, `kolops: Post date Herbana (D)`: a wide recap's per-brand dates.
  return LABELS.has(t) || /^kolops: post date \S/.test(t);
}

/**
 * One listing row's derived values, in DERIVED_HEADERS order; null where the row does
 * not say (no followers column, an unreadable count, no account link …). `month` is the
 * row's settled month (its own month column, else the table's).
 */
export function deriveListingValues(row: ListingRow, month: string | null, config: Config): DerivedValue[] {
  const followers = row.followers?.ok ? row.followers.value : null;
  const tier = followers === null ? null : tierOf(followers, config.tiers ?? DEFAULT_TIERS);
  const platformHint: Platform | null = row.platform?.ok ? row.platform.platform : null;
  const account = row.account?.ok ? accountKey(row.account, platformHint) : null;
  // A blank status cell is pending by omission (parseStatus); an unknown phrase stays blank.
  const status = row.status?.ok ? (row.status.status ?? 'pending') : null;
  const postDate = row.postDate?.ok ? row.postDate.iso : null;
  return [followers, tier, account, status, postDate, month];
}

// ── posting recaps ────────────────────────────────────────────────────────────

/**
 * A wide recap (one posting-date column per brand) gets one `kolops: Post date <brand>`
 * column per date column; everything else is one column per row. `kolops post date …`
 * (as the header matcher normalises it) starts with none of the `post date` aliases, so
 * these never pass for the recap's own date columns either.
 */
export const RECAP_ACCOUNT = 'kolops: Account';
export const RECAP_BRAND = 'kolops: Brand';
export const RECAP_POST_DATE = 'kolops: Post date';
export const RECAP_POSTED = 'kolops: Posted';
export const RECAP_MONTH = 'kolops: Month';

/** The derived headers of one recap table, in order. */
export function recapHeaders(layout: Pick<RecapLayout, 'wide' | 'dateColumns'>): string[] {
  const dates = layout.wide
    ? layout.dateColumns.map((d) => `${RECAP_POST_DATE} ${d.brand ?? columnLetter(d.column)}`)
    : [RECAP_POST_DATE];
  // Two date columns for one brand (or none named): the column letter keeps the headers apart.
  const seen = new Map<string, number>();
  for (const h of dates) seen.set(h.toLowerCase(), (seen.get(h.toLowerCase()) ?? 0) + 1);
  const unique = layout.wide
    ? dates.map((h, k) => ((seen.get(h.toLowerCase()) ?? 0) > 1 ? `${h} (${columnLetter(layout.dateColumns[k]!.column)})` : h))
    : dates;
  return [RECAP_ACCOUNT, RECAP_BRAND, ...unique, RECAP_POSTED, RECAP_MONTH];
}

/**
 * One recap row's derived values, in recapHeaders order, from the entries readRecapRow
 * gave for it (one per brand column that says something in the wide layout). Brand: the
 * brands that posted, joined by `, `, else the brand(s) the entries name. Posted: `yes`
 * when any entry is a readable post date, `no` when every entry says not posted, blank
 * when a date cell cannot be read.
 */
export function deriveRecapValues(entries: readonly RecapEntry[], layout: Pick<RecapLayout, 'wide' | 'dateColumns'>, month: string | null): DerivedValue[] {
  const first = entries[0];
  const posted = entries.filter((e) => e.post.kind === 'posted');
  const brandsOf = (list: readonly RecapEntry[]) => [...new Set(list.map((e) => e.brand).filter((b): b is string => !!b))];
  const brands = brandsOf(posted.length ? posted : entries);
  const isoOf = (e: RecapEntry | undefined) => (e?.post.kind === 'posted' ? e.post.date.iso : null);
  const dates = layout.wide
    ? layout.dateColumns.map((d) => isoOf(entries.find((e) => e.dateColumn === d.column)))
    : [isoOf(posted[0])];
  const postedText = posted.length ? 'yes' : entries.length && entries.every((e) => e.post.kind === 'not-posted') ? 'no' : null;
  return [first?.key ?? null, brands.length ? brands.join(', ') : null, ...dates, postedText, first?.month ?? month];
}

// ── affiliate deals ───────────────────────────────────────────────────────────

export const AFFILIATE_HEADERS = ['kolops: Account', 'kolops: Platform', 'kolops: Brand', 'kolops: Status', 'kolops: Month'] as const;
export const AFFILIATE_COMMISSION = 'kolops: Commission %';

/** The derived headers of one affiliate table: Commission % only where the table has a commission column (the long layout). */
export function affiliateHeaders(hasCommission: boolean): string[] {
  return hasCommission ? [...AFFILIATE_HEADERS, AFFILIATE_COMMISSION] : [...AFFILIATE_HEADERS];
}

/** One deal row's derived values, in affiliateHeaders order. `month` is the table's settled month. */
export function deriveAffiliateValues(row: AffiliateRow, month: string | null, hasCommission: boolean): DerivedValue[] {
  const status = row.status?.ok ? (row.status.status ?? 'pending') : null;
  const values: DerivedValue[] = [row.key, row.platform, row.brand, status, row.month ?? month];
  if (hasCommission) values.push(row.commission);
  return values;
}
