import type { Config } from '../config/schema.js';
import type { MessageArgs, Severity } from '../model/finding.js';
import type { ReadNotice, UnreadableFileError } from '../model/source.js';
import type { ColumnId, TableInfo, TableKind, TableRow } from '../model/table.js';
import type { PostingBook } from '../posting/book.js';
import type { RunOptions } from '../rows/context.js';
import type { AffiliateMeta, AffiliateRow } from '../rows/affiliate.js';
import type { CalendarRow } from '../rows/calendar.js';
import type { ListingRow } from '../rows/listing.js';
import type { RecapEntry } from '../rows/recap.js';
import type { NearMiss } from '../tables/headers.js';

export interface RuleMeta {
  /** Stable id, e.g. `listing/duplicate-kol`; checks outside the project match on it. */
  readonly id: string;
  readonly severity: Severity;
  /** Which tables the rule's table hooks see; file-level hooks always run. */
  readonly kinds: readonly TableKind[] | 'all';
  /** One line, in English; translations are keyed `description:<id>` in each locale file. */
  readonly description: string;
  /**
   * Every message the rule reports, by id, in English (ESLint's `meta.messages`). A locale
   * translates each as `<rule id>:<message id>`; a rule can report no other id (typed).
   */
  readonly messages: Readonly<Record<string, string>>;
}

/** What a rule reports: no words, just where, which message and its arguments. */
export interface Report<MessageId extends string = string> {
  table?: TableInfo | null;
  file?: string;
  sheet?: string | null;
  row?: number | null;
  /** A canonical column of the table, or a 0-based column index. */
  column?: ColumnId | number | null;
  messageId: MessageId;
  args?: MessageArgs;
  kol?: string | null;
  brand?: string | null;
  month?: string | null;
  /** For rules whose severity depends on the case (a deadline ahead vs passed). */
  severity?: Severity;
}

export interface RuleContext<MessageId extends string = string> {
  readonly config: Config;
  readonly options: RunOptions;
  /** Today for deadline rules: `--as-of`, else the run date (ISO). */
  readonly asOf: string;
  /** Listing rows and recap entries of the whole run, joined on demand; complete by `end()`. */
  readonly postings: PostingBook;
  report(report: Report<MessageId>): void;
}

/**
 * Hooks over one pass of a run (frictionless-py's validate_start/row/end shape): a rule
 * keeps whatever state it needs between them, and never reads files itself.
 */
export interface RuleVisitor {
  fileUnreadable?(file: string, error: UnreadableFileError): void;
  readNotice?(file: string, notice: ReadNotice): void;
  /** A sheet with data but no table; `nearMiss` is the row that came closest to a header, and what it lacked. */
  sheetWithoutTable?(file: string, sheet: string, nearMiss: NearMiss | null): void;
  hiddenSheet?(file: string, sheet: string, state: 'hidden' | 'veryHidden'): void;
  tableStart?(table: TableInfo): void;
  row?(row: TableRow, table: TableInfo): void;
  listingRow?(row: ListingRow): void;
  /** One KOL × brand posting record of a recap (the wide layout gives one per brand column). */
  recapEntry?(entry: RecapEntry): void;
  /** A deal row of an affiliate block. */
  affiliateRow?(row: AffiliateRow): void;
  /** A block's meta row (`Yang sudah deal: 10`), above or below its header; `rowNumber` is the header's when above. */
  affiliateMeta?(table: TableInfo, meta: AffiliateMeta, rowNumber: number): void;
  /** A content-calendar row: one planned or published post (issue 16). */
  calendarRow?(row: CalendarRow): void;
  blankRow?(table: TableInfo, rowNumber: number): void;
  /** Called after the table's month is final (post dates, `--month`). */
  tableEnd?(table: TableInfo): void;
  /**
   * A kind-only command (`list validate`) found no table of its kind in a file named on the
   * command line, or in all of a folder given: `found` counts the tables that are there.
   */
  kindNotFound?(where: KindNotFound): void;
  /** After every file: cross-file checks (monthly target, repeat KOLs). */
  end?(): void;
}

export interface KindNotFound {
  path: string;
  scope: 'file' | 'folder';
  wanted: readonly TableKind[];
  found: ReadonlyMap<TableKind, number>;
  /** Folders: how many workbooks were read in it. */
  files?: number;
}

export interface Rule {
  readonly meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}

/**
 * A rule, its id and message ids kept as literal types: the locale files are typed
 * against them, and `context.report` takes only the ids the rule declares.
 */
export function defineRule<const Id extends string, const Messages extends Readonly<Record<string, string>>>(rule: {
  readonly meta: RuleMeta & { readonly id: Id; readonly messages: Messages };
  create(context: RuleContext<Extract<keyof Messages, string>>): RuleVisitor;
}): Rule & { readonly meta: { readonly id: Id; readonly messages: Messages } } {
  return rule as Rule & { readonly meta: { readonly id: Id; readonly messages: Messages } };
}
