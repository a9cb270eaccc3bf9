import type { Config } from '../config/schema.js';
import type { Platform } from '../parsers/account.js';
import type { Status } from '../parsers/status.js';
import { AGREED_STATUSES, type ListingRow } from '../rows/listing.js';
import type { RecapEntry } from '../rows/recap.js';
import { deadlineFor, type Deadline } from './deadline.js';
import { OneOrMany } from '../collections/one-or-many.js';
import { ListingStore, type ListingRef, type SharedFacts } from './listing-store.js';

export type { ListingRef } from './listing-store.js';

/**
 * What the join and the posting rules read of a recap entry. The book keeps one for every
 * entry to the end of the run, so it leaves out what only the row's own rules read as the
 * row goes by — caption, post link, counts (issue 17: ~200 bytes an entry, a third of it).
 */
export type RecapRef = Pick<RecapEntry, 'table' | 'rowNumber' | 'dateColumn' | 'nameColumn' | 'kol' | 'account' | 'key' | 'nameKey'
  | 'brand' | 'platform' | 'month' | 'post' | 'deadline' | 'shipDate' | 'contactPerson' | 'periodEnd'>;

/** One KOL × brand × month: what was agreed, when it was due, whether and when it was posted. */
export interface PostingRecord {
  readonly kol: string;
  readonly brand: string | null;
  readonly platform: Platform | null;
  readonly link: string | null;
  readonly month: string | null;
  readonly status: Status | null;
  readonly listing: ListingRef | null;
  /** The listing row's place in the book (`listingFacts`, `listingRow`), null for a recap entry joined to none. */
  readonly listingIndex: number | null;
  /** The recap entry that says posted / not posted, if any. */
  readonly recap: RecapRef | null;
  readonly posted: { iso: string; from: 'listing' | 'recap' } | null;
  readonly deadline: Deadline | null;
  readonly shipDate: string | null;
  readonly contactPerson: string | null;
}

export interface JoinIssue {
  readonly entry: RecapRef;
  readonly kind: 'missing' | 'ambiguous';
  readonly month: string | null;
  readonly candidates: readonly ListingRef[];
}

export interface Join {
  /**
   * One record per agreed listing row or joined row, then per recap entry joined to no
   * listing: made afresh on each pass, in the same order, and not kept (issue 17) — a
   * pass that needs them again, or by identity, keeps what it needs: by `listingIndex`,
   * not by its `listing` object, which is made for the pass.
   */
  records: Iterable<PostingRecord>;
  issues: JoinIssue[];
}

const brandKey = (b: string | null) => (b ?? '').trim().toLowerCase();
const monthOf = (ref: Pick<ListingRef, 'rowMonth' | 'table'>) => ref.rowMonth ?? ref.table.month;

/**
 * Collects listing rows and recap entries as the engine reads them, and joins them once
 * every table's month is settled: each recap entry to the listing of its brand and month,
 * by account when there is one, else by normalised name. A join that is missing or
 * ambiguous is an issue for `recap/unknown-kol`, never a guess.
 */
export class PostingBook {
  private readonly listing = new ListingStore();
  private readonly recaps: RecapRef[] = [];
  private joined: Join | null = null;

  constructor(private readonly config: Config) {}

  addListing(row: ListingRow): void {
    this.joined = null;
    this.listing.add({
      table: row.table,
      rowNumber: row.rowNumber,
      kol: row.kol,
      key: row.key,
      nameKey: row.nameKey,
      brand: row.brand?.ok ? row.brand.brand : row.brandText || null,
      platform: (row.platform?.ok ? row.platform.platform : null) ?? (row.account?.ok ? row.account.platform : null),
      link: row.account?.ok ? (row.account.url ?? row.linkText) : row.linkText,
      status: row.status?.ok ? row.status.status : null,
      statusText: row.statusText ?? '',
      postDate: row.postDate?.ok ? row.postDate.iso : null,
      shipDate: row.shipDate,
      deadlineCell: row.deadline,
      contactPerson: row.contactPerson,
      rowMonth: row.table.columns.has('month') ? row.month : null,
      followers: row.followers?.ok ? row.followers.value : null,
      address: row.addressText || null,
    });
  }

  addRecap(e: RecapEntry): void {
    this.joined = null;
    this.recaps.push({
      table: e.table, rowNumber: e.rowNumber, dateColumn: e.dateColumn, nameColumn: e.nameColumn, kol: e.kol, account: e.account,
      key: e.key, nameKey: e.nameKey, brand: e.brand, platform: e.platform, month: e.month, post: e.post, deadline: e.deadline,
      shipDate: e.shipDate, contactPerson: e.contactPerson, periodEnd: e.periodEnd,
    });
  }

  /** Listing rows of this brand whose own Post Date is `iso`: who an unnamed recap date may belong to. */
  listingPostedOn(iso: string, brand: string | null): ListingRef[] {
    const out: ListingRef[] = [];
    for (let i = 0; i < this.listing.size; i++) {
      const f = this.listing.shared(i);
      if (f.postDate === iso && (!brand || brandKey(f.brand) === brandKey(brand))) out.push(this.listing.ref(i));
    }
    return out;
  }

  /** Whether any recap entry names this brand: then an empty listing Post Date may just mean "see the recap". */
  hasRecapFor(brand: string | null): boolean {
    return this.recaps.some((e) => !e.brand || !brand || brandKey(e.brand) === brandKey(brand));
  }

  /** Listing rows read: `listingFacts`, `listingKey` and `listingRow` take 0 to this less one. */
  get listingSize(): number {
    return this.listing.size;
  }

  /** Listing row `i`'s brand, status, dates and table, without making its object. */
  listingFacts(i: number): SharedFacts {
    return this.listing.shared(i);
  }

  /** Listing row `i`'s month, as settled at table end. */
  listingMonth(i: number): string | null {
    return monthOf(this.listing.shared(i));
  }

  /** Listing row `i`'s account key (null: the row names no account). */
  listingKey(i: number): string | null {
    return this.listing.keys(i).key;
  }

  /**
   * Listing row `i` as an object made for the caller, not kept by the book: a report over
   * 100,000 rows of one month holds its lines, not every row's object beside them (issue 17).
   */
  listingRow(i: number): ListingRef {
    return this.listing.view(i);
  }

  get hasListing(): boolean {
    return this.listing.size > 0;
  }

  join(): Join {
    if (!this.joined) this.joined = this.computeJoin();
    return this.joined;
  }

  /**
   * Listing rows by `brand|identity` and `*|identity`, for the identities recap entries
   * ask about only: a year of listings joined to one month's recap indexes that month's
   * KOLs, not 100,000 rows (and a run without a recap indexes nothing).
   */
  private listingIndex(): { byIdentity: OneOrMany<string, number>; listedMonths: Set<string> } {
    const byIdentity = new OneOrMany<string, number>();
    const listedMonths = new Set<string>();
    const wanted = new Set<string>();
    /** The identities alone: a row whose key no entry names is passed without a string made for it. */
    const wantedIds = new Set<string>();
    for (const entry of this.recaps) {
      if (!entry.key) continue;
      const b = entry.brand ? brandKey(entry.brand) : '*';
      for (const id of [entry.key, entry.nameKey]) {
        if (!id) continue;
        wanted.add(`${b}|${id}`);
        wantedIds.add(id);
      }
    }
    if (wanted.size === 0) return { byIdentity, listedMonths };
    // Brand and month are facts rows share: each shared fact is read once, not once a row (issue 17).
    const brands = new Map<SharedFacts, string>();
    for (const f of this.listing.sharedFacts()) {
      const b = brandKey(f.brand);
      const month = monthOf(f) ?? '';
      brands.set(f, b);
      listedMonths.add(`${b}|${month}`);
      listedMonths.add(`*|${month}`);
    }
    for (let i = 0; i < this.listing.size; i++) {
      const { key, nameKey } = this.listing.keys(i);
      const keyWanted = key !== null && wantedIds.has(key);
      const nameWanted = nameKey !== null && nameKey !== key && wantedIds.has(nameKey);
      if (!keyWanted && !nameWanted) continue;
      const b = brands.get(this.listing.shared(i))!;
      for (const id of [keyWanted ? key : null, nameWanted ? nameKey : null]) {
        if (!id) continue;
        for (const k of [`${b}|${id}`, `*|${id}`]) {
          if (!wanted.has(k)) continue;
          byIdentity.add(k, i);
        }
      }
    }
    return { byIdentity, listedMonths };
  }

  private computeJoin(): Join {
    const { byIdentity, listedMonths } = this.listingIndex();

    const issues: JoinIssue[] = [];
    const joinedTo = new OneOrMany<number, RecapRef>();
    const unmatched: RecapRef[] = [];
    for (const entry of this.recaps) {
      if (!entry.key) continue;
      const b = entry.brand ? brandKey(entry.brand) : '*';
      const month = entry.month ?? (entry.post.kind === 'posted' ? entry.post.date.iso.slice(0, 7) : null);
      const found = [entry.key, entry.nameKey]
        .filter((id): id is string => Boolean(id))
        .map((id) => byIdentity.get(`${b}|${id}`))
        .find((list) => list.length > 0) ?? [];
      const picked = pickMonth(found, month, (i) => monthOf(this.listing.shared(i)));
      // Rows are told apart by their keys; objects are made for an ambiguous entry's rows only, which its finding names.
      const accounts = new Set(picked.map((i) => this.listing.keys(i).key));
      if (accounts.size > 1) {
        issues.push({ entry, kind: 'ambiguous', month, candidates: picked.map((i) => this.listing.ref(i)) });
        unmatched.push(entry);
      } else if (picked.length === 0) {
        // Only a listing of that brand and month can say a KOL is missing from it.
        // A recap row with neither month nor date (the wide layout's all-'-' rows) has no listing to be missing from.
        const comparable = month !== null && listedMonths.has(`${b}|${month}`);
        if (comparable) issues.push({ entry, kind: 'missing', month, candidates: [] });
        unmatched.push(entry);
      } else {
        const ref = picked[0]!;
        joinedTo.add(ref, entry);
      }
    }

    return { records: { [Symbol.iterator]: () => this.records(joinedTo, unmatched) }, issues };
  }

  private *records(joinedTo: OneOrMany<number, RecapRef>, unmatched: readonly RecapRef[]): Generator<PostingRecord> {
    const rule = this.config.posting.deadline;
    for (let i = 0; i < this.listing.size; i++) {
      const entries = joinedTo.get(i);
      const status = this.listing.shared(i).status;
      const agreed = status !== null && AGREED_STATUSES.has(status);
      if (!agreed && entries.length === 0) continue;
      const ref = this.listing.view(i);
      const postedEntry = entries
        .filter((e) => e.post.kind === 'posted')
        .sort((x, y) => postIso(x).localeCompare(postIso(y)))[0] ?? null;
      const recap = postedEntry ?? entries[0] ?? null;
      const month = monthOf(ref);
      const posted = ref.postDate ? { iso: ref.postDate, from: 'listing' as const }
        : postedEntry ? { iso: postIso(postedEntry), from: 'recap' as const } : null;
      yield {
        kol: ref.kol, brand: ref.brand, platform: ref.platform, link: ref.link, month, status: ref.status,
        listing: ref, listingIndex: i, recap, posted,
        deadline: deadlineFor({ deadlineCell: ref.deadlineCell ?? recap?.deadline ?? null, shipDate: ref.shipDate ?? recap?.shipDate ?? null, month }, rule),
        shipDate: ref.shipDate ?? recap?.shipDate ?? null,
        contactPerson: ref.contactPerson ?? recap?.contactPerson ?? null,
      };
    }
    for (const entry of unmatched) {
      const posted = entry.post.kind === 'posted' ? { iso: postIso(entry), from: 'recap' as const } : null;
      yield {
        kol: entry.kol, brand: entry.brand, platform: entry.platform ?? (entry.account?.ok ? entry.account.platform : null),
        link: entry.account?.ok ? entry.account.url : null, month: entry.month, status: null,
        listing: null, listingIndex: null, recap: entry, posted,
        deadline: deadlineFor({ deadlineCell: entry.deadline, shipDate: entry.shipDate, month: entry.month, periodEnd: entry.periodEnd }, rule),
        shipDate: entry.shipDate, contactPerson: entry.contactPerson,
      };
    }
  }
}

function postIso(e: RecapRef): string {
  return e.post.kind === 'posted' ? e.post.date.iso : '';
}

/** Listing rows of the entry's month; else of the latest earlier month (listed last month, posted this one). */
function pickMonth<T>(found: readonly T[], month: string | null, monthOf: (row: T) => string | null): T[] {
  if (!month) {
    const latest = found.map(monthOf).filter((m): m is string => Boolean(m)).sort().at(-1);
    return latest ? found.filter((r) => monthOf(r) === latest) : [...found];
  }
  const same = found.filter((r) => monthOf(r) === month);
  if (same.length) return same;
  const earlier = found.map(monthOf).filter((m): m is string => Boolean(m) && m! < month).sort().at(-1);
  return earlier ? found.filter((r) => monthOf(r) === earlier) : [];
}
