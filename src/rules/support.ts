import { basename } from 'node:path';
import { KeyIndex } from '../collections/key-index.js';
import { type RecordReader, type RecordWriter, ScratchPartitions } from '../collections/scratch-records.js';
import type { Config } from '../config/schema.js';
import { isEmptyCell } from '../model/cell.js';
import type { MessageArgs } from '../model/finding.js';
import type { ColumnId, TableInfo, TableRow } from '../model/table.js';
import { calendarPlatformLabel, type Platform } from '../parsers/platform.js';
import type { Deadline } from '../posting/deadline.js';
import { readAffiliateMeta } from '../rows/affiliate.js';
import type { CalendarRow } from '../rows/calendar.js';
import type { ListingRow } from '../rows/listing.js';

/**
 * Per-table holding area for rules that need the table's final month, which is only
 * known at table end (post dates, `--month`). Entries are small records, not rows.
 */
export class PendingByTable<T extends { month: string | null }> {
  private readonly pending = new Map<TableInfo, T[]>();

  add(table: TableInfo, entry: T): void {
    let list = this.pending.get(table);
    if (!list) this.pending.set(table, (list = []));
    list.push(entry);
  }

  /**
   * The table's entries with their month resolved (row's own month, else the table's),
   * then forgotten. The entries are the rule's own records, so the month is set on them
   * rather than on copies: a 100,000-row table would otherwise be copied at its end.
   */
  take(table: TableInfo): (T & { resolvedMonth: string | null })[] {
    const list = (this.pending.get(table) ?? []) as (T & { resolvedMonth: string | null })[];
    this.pending.delete(table);
    for (const e of list) e.resolvedMonth = e.month ?? table.month;
    return list;
  }
}

/** Where a row was first seen. */
export interface SeenAt { readonly file: string; readonly sheet: string; readonly row: number }

/** A row whose key was seen before in its scope: where first, and what the rule kept of the row. */
export interface Repeat<P> { readonly first: SeenAt; readonly table: TableInfo; readonly row: number; readonly payload: P }

/** How a rule's payload for a row is written to scratch and read back (texts, in one order). */
export interface PayloadCodec<P> {
  write(payload: P, out: RecordWriter): void;
  read(from: RecordReader): P;
}

/**
 * A codec that writes the named fields of a payload in order and reads them back onto a
 * fresh one: `texts` as they are, `symbols` (fields of few values: a month, a brand) as
 * numbers. Every field it names must be a string or null.
 */
export function fieldsCodec<P>(texts: readonly (keyof P & string)[], symbols: readonly (keyof P & string)[], fresh: () => P): PayloadCodec<P> {
  return {
    write(payload, out) {
      for (const f of texts) out.text(payload[f] as string | null);
      for (const f of symbols) out.symbol(payload[f] as string | null);
    },
    read(from) {
      const payload = fresh() as Record<string, unknown>;
      for (const f of texts) payload[f] = from.text();
      for (const f of symbols) payload[f] = from.symbol();
      return payload as P;
    },
  };
}

/** Keys kept in memory before the rest go to scratch files: ~8 MB of index, more than any listing has KOLs. */
const KEYS_IN_MEMORY = 1 << 18;
/** Partitions: at the end one is in memory at a time, so more of them is a smaller peak (32 × 32 KiB of buffers while writing). */
export const SCRATCH_PARTITIONS = 32;

/**
 * The first row each key was seen on, for duplicate rules over exports of a million rows:
 * keys live in a compact `KeyIndex`, and the place is one number (sheet index × 2³² +
 * row) instead of an object per row.
 *
 * Memory stays flat in rows (issue 17): past `keysInMemory` keys the index goes to
 * scratch files (`ScratchPartitions`) and every later row after it, with its payload;
 * `finish()` finds the repeats among them — the same repeats, first places and payloads
 * as an index of every key gives (a test holds them equal). Repeats are told to
 * `onRepeat`, at once while the index is in memory, else at `finish()`.
 */
export class FirstSeen<P> {
  private index: KeyIndex | null = new KeyIndex();
  private readonly places: { file: string; sheet: string }[] = [];
  /** Per place, a table at it: a key handed from the index to scratch is tagged with it. */
  private readonly placeTables: number[] = [];
  private readonly placeIds = new Map<string, number>();
  /** Scopes (a month, a block) are few: each becomes a number, the key's space in the index. */
  private readonly scopeIds = new Map<string, { kinds: Map<string, number>; lastKind: string | null; lastId: number }>();
  private spaces = 0;
  private readonly keysInMemory: number;
  private scratch: ScratchPartitions | null = null;
  private scratchTried = false;
  private readonly tables: TableInfo[] = [];
  private readonly tableIds = new Map<TableInfo, number>();

  constructor(
    private readonly codec: PayloadCodec<P>,
    private readonly onRepeat: (repeat: Repeat<P>) => void,
    options: { keysInMemory?: number } = {},
  ) {
    this.keysInMemory = options.keysInMemory ?? KEYS_IN_MEMORY;
  }

  /**
   * Remembers `key` of `scope` at this row, or tells `onRepeat` where it was first seen.
   * A key's kind (`account:`, `name:`) goes into the scope's number rather than into the
   * index with every key: 8 bytes a row on a million-row export.
   */
  add(scope: string, key: string, table: TableInfo, row: number, payload: P): void {
    const colon = key.indexOf(':');
    const kindLength = colon > 0 && colon <= 16 ? colon + 1 : 0;
    const space = this.scopeId(scope, key, kindLength);
    const index = this.index;
    if (index !== null && (index.size < this.keysInMemory || !this.toScratch(index))) {
      const found = index.setIfAbsent(key, this.placeId(table) * 2 ** 32 + row, space, kindLength);
      if (found !== undefined) this.onRepeat({ first: this.placeAt(found), table, row, payload });
      return;
    }
    const scratch = this.scratch!;
    scratch.begin(space, key, kindLength, this.tableId(table), row);
    this.codec.write(payload, scratch);
    scratch.end();
  }

  /** Tells the repeats among the rows kept on scratch, and removes the scratch files. Call once, after the last `add`. */
  finish(): void {
    const scratch = this.scratch;
    if (!scratch) return;
    this.scratch = null;
    scratch.repeats((first, repeat) => {
      const at = this.tables[first.tag]!;
      this.onRepeat({
        first: { file: at.file, sheet: at.sheet, row: first.row },
        table: this.tables[repeat.tag]!, row: repeat.row, payload: this.codec.read(repeat.payload()),
      });
    });
  }

  /**
   * The index's keys to scratch, as the first rows of their keys, and the index dropped.
   * Tried once: when no scratch can be made the index keeps growing, as it always did.
   */
  private toScratch(index: KeyIndex): boolean {
    if (this.scratchTried) return false;
    this.scratchTried = true;
    const scratch = ScratchPartitions.open(SCRATCH_PARTITIONS);
    if (!scratch) return false;
    index.forEach((key, space, value) => {
      scratch.begin(space, key, 0, this.placeTables[Math.floor(value / 2 ** 32)]!, value % 2 ** 32);
      scratch.end();
    });
    this.index = null;
    this.scratch = scratch;
    return true;
  }

  private placeAt(found: number): SeenAt {
    const place = this.places[Math.floor(found / 2 ** 32)]!;
    return { file: place.file, sheet: place.sheet, row: found % 2 ** 32 };
  }

  private lastTagged: TableInfo | null = null;
  private lastTag = 0;

  private tableId(table: TableInfo): number {
    if (table === this.lastTagged) return this.lastTag;
    let id = this.tableIds.get(table);
    if (id === undefined) {
      this.tableIds.set(table, (id = this.tables.length));
      this.tables.push(table);
    }
    this.lastTagged = table;
    return (this.lastTag = id);
  }

  /** The last scope and kind asked for: rows in a row mostly share both, so no string is cut or looked up for them. */
  private lastScope: string | null = null;
  private lastKind = '';
  private lastScopeId = 0;

  private scopeId(scope: string, key: string, kindLength: number): number {
    if (scope === this.lastScope && this.lastKind.length === kindLength && key.startsWith(this.lastKind)) return this.lastScopeId;
    let byKind = this.scopeIds.get(scope);
    if (!byKind) this.scopeIds.set(scope, (byKind = { kinds: new Map(), lastKind: null, lastId: 0 }));
    let scopeId: number;
    let kind: string;
    if (byKind.lastKind !== null && byKind.lastKind.length === kindLength && key.startsWith(byKind.lastKind)) {
      // A scope's keys are mostly of one kind: its last kind is compared, not cut out and looked up.
      kind = byKind.lastKind;
      scopeId = byKind.lastId;
    } else {
      kind = kindLength ? key.slice(0, kindLength) : '';
      let id = byKind.kinds.get(kind);
      if (id === undefined) byKind.kinds.set(kind, (id = this.spaces++));
      scopeId = id;
      byKind.lastKind = kind;
      byKind.lastId = scopeId;
    }
    this.lastScope = scope;
    this.lastKind = kind;
    this.lastScopeId = scopeId;
    return scopeId;
  }

  private lastTable: TableInfo | null = null;
  private lastPlace = 0;

  private placeId(table: TableInfo): number {
    if (table === this.lastTable) return this.lastPlace;
    this.lastTable = table;
    return (this.lastPlace = this.placeIdOf(table));
  }

  private placeIdOf(table: TableInfo): number {
    const name = `${table.file}\u0000${table.sheet}`;
    let id = this.placeIds.get(name);
    if (id === undefined) {
      id = this.places.length;
      this.places.push({ file: table.file, sheet: table.sheet });
      this.placeTables.push(this.tableId(table));
      this.placeIds.set(name, id);
    }
    return id;
  }
}

/**
 * How far an earlier place differs from the table a finding is in, so its message names
 * as much as a reader needs to find it: the row; the sheet too; the file (its base name)
 * too. Rules give each case its own message (`duplicate`, `duplicate-sheet`, `duplicate-file`).
 */
export function placeOf(earlier: SeenAt, table: TableInfo): { where: 'row' | 'sheet' | 'file'; row: number; sheet: string; file: string } {
  const where = earlier.file !== table.file ? 'file' : earlier.sheet !== table.sheet ? 'sheet' : 'row';
  return { where, row: earlier.row, sheet: earlier.sheet, file: basename(earlier.file) };
}

/**
 * A deal block's title as the team wrote it (`SHOPEE HERBANA YANG DEAL AGUSTUS`): the title
 * row nearest the header that is not a meta row (`Yang sudah deal: 10`); null when none.
 */
export function blockTitle(table: TableInfo): string | null {
  for (let i = table.titleRows.length - 1; i >= 0; i--) {
    const text = table.titleRows[i]!.trim();
    if (text && !readAffiliateMeta(text)) return text;
  }
  return null;
}

/**
 * What a deadline's source message (`from-day-of-month` …) says besides the source: the
 * configured day, or the days after the PR pack went out and when it did (ISO).
 */
export function deadlineSourceArgs(deadline: Deadline, shipDate: string | null, rule: Config['posting']['deadline']): MessageArgs {
  if (deadline.source === 'day-of-month' && rule && 'dayOfMonth' in rule) return { day: rule.dayOfMonth };
  if (deadline.source === 'days-after-shipment' && rule && 'daysAfterShipment' in rule) return { days: rule.daysAfterShipment, shipDate: shipDate ?? '' };
  return {};
}

/** Where a finding about a whole table (or month) points: its header row. */
export function tableAnchor(table: TableInfo): { table: TableInfo; row: number } {
  return { table, row: table.headerRow };
}

/** Where a finding about one listing row points, with the KOL, brand and month it is about. */
export function atRow(row: ListingRow, column: ColumnId) {
  return {
    table: row.table,
    row: row.rowNumber,
    column,
    kol: row.kol || null,
    brand: row.brand?.ok ? row.brand.brand : row.brandText || null,
    month: row.month,
  };
}

/**
 * The column of a meta row's one cell when it stands below the header (the row the
 * `row` hook just saw); null above the header, where only the header's row is known.
 */
export function metaColumn(table: TableInfo, last: TableRow | null, rowNumber: number): number | null {
  if (rowNumber === table.headerRow || last?.rowNumber !== rowNumber) return null;
  const i = last.values.findIndex((v) => !isEmptyCell(v));
  return i < 0 ? null : i;
}

/** Where a content-calendar finding points: the row, a column, the post's brand and month. */
export function atCalendarRow(row: CalendarRow, column: ColumnId | null) {
  return {
    table: row.table,
    row: row.rowNumber,
    column,
    brand: (row.brand?.ok ? row.brand.brand : row.brandText) ?? null,
    month: row.month,
  };
}

/** How a post is named in a message: its theme or title, else the start of its caption, else its row. */
export function postLabel(row: CalendarRow): string {
  const text = row.title ?? row.caption ?? '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/** A cancelled post will not go out: checks of what goes out (caption, dates, rhythm) leave it alone. */
export function isCancelled(row: CalendarRow): boolean {
  return row.status?.ok === true && row.status.status === 'cancelled';
}

/**
 * A platform as calendar messages name it: X by the name it has carried since 2023
 * (`PLATFORM_LABELS` keeps "Twitter", which listings and block titles still write).
 */
export function calendarPlatformName(platform: Platform): string {
  return calendarPlatformLabel(platform);
}
