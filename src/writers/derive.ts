import type { Config } from '../config/schema.js';
import { accountKey } from '../parsers/account.js';
import type { Platform } from '../parsers/platform.js';
import { DEFAULT_TIERS, tierOf } from '../parsers/tier.js';
import type { ListingRow } from '../rows/listing.js';

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

const LABELS = new Set(DERIVED_HEADERS.map((h) => h.toLowerCase()));

/** Is this cell text one of the derived headers (as kolops writes it, any case)? */
export function isDerivedHeader(text: string): boolean {
  return LABELS.has(text.trim().toLowerCase());
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
