/**
 * The chase list: which agreed KOLs to follow up today, computed from the joined
 * listing/recap records. Pure — no I/O, no clock: `asOf` is given.
 *
 * The cadence (PRODUCT.md §6): follow up on day 7, 10 and 14 after the PR pack was
 * shipped (`posting.followUpDays`), then call the KOL ghosted.
 */
import type { Platform } from '../parsers/account.js';
import { addDays, daysBetween } from '../parsers/date.js';
import type { Status } from '../parsers/status.js';
import type { PostingRecord } from './book.js';

/** Where the KOL's row is: the listing row when there is one, else the recap row. */
export interface ChaseSource {
  file: string;
  sheet: string;
  row: number;
}

export interface ChaseItem {
  kol: string;
  brand: string | null;
  platform: Platform | null;
  /** The KOL's profile link (never a post link, never an address). */
  link: string | null;
  /** The listing month the agreement belongs to. */
  month: string | null;
  /** Posting deadline (ISO), or null when nothing says one. */
  deadline: string | null;
  /** Days past the deadline: positive = late, 0 = due today, negative = days left; null without a deadline. */
  daysLate: number | null;
  /** The first follow-up mark on or after `asOf` (shipment date + `day`); null without a shipment date or once ghosted. */
  nextFollowUp: { date: string; day: number } | null;
  /** Every follow-up mark has passed with no post. */
  ghosted: boolean;
  contactPerson: string | null;
  shipDate: string | null;
  source: ChaseSource;
}

export interface ChaseOptions {
  /** Today, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** Days ahead: deadlines and follow-ups up to `asOf + within` are listed. */
  within: number;
  /** Follow-up marks, in days after shipment (config `posting.followUpDays`). */
  followUpDays: readonly number[];
  /**
   * Which records are the run's to list (`--context` files are read for the join only): a
   * record is listed when this says so of it. All records still count as joined data.
   */
  include?: (record: PostingRecord) => boolean;
}

const AGREED: ReadonlySet<Status> = new Set<Status>(['agreed', 'shipped', 'done']);
const brandKey = (b: string | null) => (b ?? '').trim().toLowerCase();

/**
 * The KOLs to chase as of `opts.asOf`, most urgent first.
 *
 * A record is a candidate when the KOL agreed (listing status agreed / shipped / done),
 * or a recap row says "not posted", and there is no post dated on or before `asOf`
 * (a post dated later had not happened yet on that day, so replaying an old date gives
 * the list of that day). It is listed when its deadline is at most `within` days ahead
 * (or past), when its next follow-up mark is at most `within` days ahead, or when it is
 * ghosted. A listing row whose table has no Post Date column, with no recap of its brand,
 * cannot show a post at all and is left out (as `recap/not-posted` does).
 *
 * Order: most days late first (no deadline last); then ghosted before not; then the
 * earliest next follow-up (none last); then KOL name, brand, month, source.
 */
export function chaseList(records: readonly PostingRecord[], opts: ChaseOptions): ChaseItem[] {
  const { asOf } = opts;
  const within = Math.max(0, Math.floor(opts.within));
  const days = [...new Set(opts.followUpDays)].filter((d) => Number.isSafeInteger(d) && d > 0).sort((a, b) => a - b);
  const recapBrands = records.filter((r) => r.recap !== null).map((r) => r.brand);
  const hasRecapFor = (brand: string | null) => recapBrands.some((b) => !b || !brand || brandKey(b) === brandKey(brand));

  const items: ChaseItem[] = [];
  for (const r of records) {
    if (opts.include && !opts.include(r)) continue;
    const postedByAsOf = r.posted !== null && r.posted.iso <= asOf;
    if (postedByAsOf) continue;
    const agreed = r.status !== null && AGREED.has(r.status);
    const candidate = agreed || r.recap?.post.kind === 'not-posted' || r.posted !== null;
    if (!candidate) continue;
    if (!r.recap && r.listing && !r.listing.table.columns.has('postDate') && !hasRecapFor(r.brand)) continue;
    const source = sourceOf(r);
    if (!source) continue;

    const late = r.deadline ? daysBetween(r.deadline.iso, asOf) : NaN;
    const daysLate = Number.isFinite(late) ? late : null;
    const marks = r.shipDate && days.length
      ? days.map((day) => ({ date: addDays(r.shipDate!, day), day })).filter((m) => m.date !== '')
      : [];
    const nextFollowUp = marks.find((m) => m.date >= asOf) ?? null;
    const ghosted = marks.length > 0 && nextFollowUp === null;

    const deadlineSoon = daysLate !== null && daysLate >= -within;
    const followUpSoon = nextFollowUp !== null && daysBetween(asOf, nextFollowUp.date) <= within;
    if (!deadlineSoon && !followUpSoon && !ghosted) continue;

    items.push({
      kol: r.kol,
      brand: r.brand,
      platform: r.platform,
      link: r.link,
      month: r.month,
      deadline: daysLate === null ? null : r.deadline!.iso,
      daysLate,
      nextFollowUp,
      ghosted,
      contactPerson: r.contactPerson,
      shipDate: r.shipDate,
      source,
    });
  }
  return items.sort(compareItems);
}

function sourceOf(r: PostingRecord): ChaseSource | null {
  if (r.listing) return { file: r.listing.table.file, sheet: r.listing.table.sheet, row: r.listing.rowNumber };
  if (r.recap) return { file: r.recap.table.file, sheet: r.recap.table.sheet, row: r.recap.rowNumber };
  return null;
}

/** Plain code-unit order (case-folded first): the same on every machine, unlike ICU collation. */
function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullsLast<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return cmp(a, b);
}

export function compareItems(a: ChaseItem, b: ChaseItem): number {
  return (
    compareNullsLast(a.daysLate, b.daysLate, (x, y) => y - x) ||
    Number(b.ghosted) - Number(a.ghosted) ||
    compareNullsLast(a.nextFollowUp, b.nextFollowUp, (x, y) => compareText(x.date, y.date)) ||
    compareText(a.kol, b.kol) ||
    compareText(a.brand ?? '', b.brand ?? '') ||
    compareText(a.month ?? '', b.month ?? '') ||
    compareText(a.source.file, b.source.file) ||
    compareText(a.source.sheet, b.source.sheet) ||
    a.source.row - b.source.row
  );
}
