/**
 * Every listing row's posting facts, kept compactly from the row's reading to the end of
 * the run (the posting join waits for every file: a recap may come after its listing).
 *
 * A row is four numbers: its row number, its follower count, a handle to its own texts
 * (name, account keys, link, contact, address) in a `TextArena`, and the index of the facts
 * it shares with other rows (table, brand, platform, status, dates), interned. A
 * `ListingRef` object is made only when asked for, once per row (so the same row is the
 * same object to every caller). Measured on the bench's 300,000-row listing: ~310 bytes a
 * row as objects of strings, ~100 as numbers and bytes in memory, ~20 now that the arena
 * keeps all but its newest blocks on scratch (the join's passes read rows in order).
 */
import { IntColumn } from '../collections/int-column.js';
import { TextArena } from '../collections/text-arena.js';
import type { TableInfo } from '../model/table.js';
import type { Platform } from '../parsers/account.js';
import type { Status } from '../parsers/status.js';

/** The few facts of a listing row the posting checks need, kept instead of the row. */
export interface ListingRef {
  readonly table: TableInfo;
  readonly rowNumber: number;
  readonly kol: string;
  readonly key: string | null;
  readonly nameKey: string | null;
  readonly brand: string | null;
  readonly platform: Platform | null;
  readonly link: string | null;
  readonly status: Status | null;
  readonly statusText: string;
  /** The listing's own Post Date, when it has one. */
  readonly postDate: string | null;
  readonly shipDate: string | null;
  readonly deadlineCell: string | null;
  readonly contactPerson: string | null;
  /** The row's own month column; the table's month is read at join time, when it is final. */
  readonly rowMonth: string | null;
  /** Follower count when it could be read, for the report's tier mix. */
  readonly followers: number | null;
  /** The address cell as written. Personal data: reports show it only with --include-contact. */
  readonly address: string | null;
}

/** What many rows of a table have in common: kept once. */
export type SharedFacts = Pick<ListingRef, 'table' | 'brand' | 'platform' | 'status' | 'statusText' | 'postDate' | 'shipDate' | 'deadlineCell' | 'rowMonth'>;

const NO_FOLLOWERS = 0xffffffff;
const ODD_FOLLOWERS = 0xfffffffe;

const TEXTS = 6; // kol, key, nameKey, link, contactPerson, address

export class ListingStore {
  private readonly texts = new TextArena();
  private readonly facts: SharedFacts[] = [];
  private readonly factIndex = new Map<string, number>();
  private readonly tableIds = new Map<TableInfo, number>();
  // Columns of fixed blocks, not arrays doubled as they fill: a doubled array is up to
  // twice the rows' size, and each doubling frees a copy glibc does not give back (issue 17).
  private readonly rowNumbers = new IntColumn();
  /**
   * Follower counts as whole numbers, as nearly all are; NO_FOLLOWERS for none, and a count
   * that is not a whole number below it (1.5 written as such, or past 4 billion) kept apart.
   */
  private readonly followers = new IntColumn();
  private readonly oddFollowers = new Map<number, number>();
  private readonly textHandles = new IntColumn();
  /** The row's shared facts' index × 2, + 1 where its name key is its account key (a row without an account): that text is stored once. */
  private readonly factAndSame = new IntColumn();
  private readonly made: (ListingRef | undefined)[] = [];
  size = 0;

  add(ref: ListingRef): void {
    this.size++;
    const same = ref.nameKey === ref.key;
    this.rowNumbers.push(ref.rowNumber);
    const n = ref.followers;
    if (n === null) this.followers.push(NO_FOLLOWERS);
    else if (Number.isInteger(n) && n >= 0 && n < ODD_FOLLOWERS) this.followers.push(n);
    else this.oddFollowers.set(this.followers.push(ODD_FOLLOWERS), n);
    this.textHandles.push(this.texts.add([ref.kol, ref.key, same ? null : ref.nameKey, ref.link, ref.contactPerson, ref.address]));
    this.factAndSame.push(this.factOf(ref) * 2 + (same ? 1 : 0));
  }

  private factOf(ref: ListingRef): number {
    let table = this.tableIds.get(ref.table);
    if (table === undefined) this.tableIds.set(ref.table, (table = this.tableIds.size));
    const key = [table, ref.brand, ref.platform, ref.status, ref.statusText, ref.postDate, ref.shipDate, ref.deadlineCell, ref.rowMonth]
      .map((v) => (v === null ? '\u0000' : String(v))).join('\u0001');
    let id = this.factIndex.get(key);
    if (id === undefined) {
      id = this.facts.length;
      this.factIndex.set(key, id);
      this.facts.push({
        table: ref.table, brand: ref.brand, platform: ref.platform, status: ref.status, statusText: ref.statusText,
        postDate: ref.postDate, shipDate: ref.shipDate, deadlineCell: ref.deadlineCell, rowMonth: ref.rowMonth,
      });
    }
    return id;
  }

  /** Every distinct set of shared facts, each kept by one row or more. */
  sharedFacts(): readonly SharedFacts[] {
    return this.facts;
  }

  /** The shared facts of row `i`: brand, status, dates, table — without making the row's object. */
  shared(i: number): SharedFacts {
    return this.facts[this.factAndSame.get(i) >>> 1]!;
  }

  private sameKey(i: number): boolean {
    return (this.factAndSame.get(i) & 1) === 1;
  }

  /** The account key and name key of row `i`. */
  keys(i: number): { key: string | null; nameKey: string | null } {
    const [, key, nameKey] = this.texts.read(this.textHandles.get(i), 3);
    return { key: key ?? null, nameKey: this.sameKey(i) ? key ?? null : nameKey ?? null };
  }

  /** Row `i` as an object; the same object on every call. */
  ref(i: number): ListingRef {
    const known = this.made[i];
    if (known) return known;
    const ref = this.make(i);
    this.made[i] = ref;
    return ref;
  }

  /**
   * Row `i` as an object, kept only if `ref` kept it: a pass over every row (the join's
   * records for the deadline rules) makes objects that can go when the pass is done,
   * instead of a third of a 300,000-row listing's rows held to the end (issue 17).
   */
  view(i: number): ListingRef {
    return this.made[i] ?? this.make(i);
  }

  private make(i: number): ListingRef {
    const [kol, key, nameKey, link, contactPerson, address] = this.texts.read(this.textHandles.get(i), TEXTS);
    const f = this.shared(i);
    const stored = this.followers.get(i);
    const followers = stored === NO_FOLLOWERS ? null : stored === ODD_FOLLOWERS ? this.oddFollowers.get(i)! : stored;
    return {
      table: f.table, rowNumber: this.rowNumbers.get(i), kol: kol ?? '', key: key ?? null,
      nameKey: this.sameKey(i) ? key ?? null : nameKey ?? null,
      brand: f.brand, platform: f.platform, link: link ?? null, status: f.status, statusText: f.statusText,
      postDate: f.postDate, shipDate: f.shipDate, deadlineCell: f.deadlineCell, contactPerson: contactPerson ?? null,
      rowMonth: f.rowMonth, followers, address: address ?? null,
    };
  }
}
