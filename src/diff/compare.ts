import { TextArena } from '../collections/text-arena.js';
import { Fingerprint, fingerprintOf, KeyHash } from './fingerprint.js';
import { type DiffKind, type DiffRow, type KeyedRow, type TableRef } from './rows.js';

export interface FieldChange {
  readonly header: string;
  readonly old: string;
  readonly new: string;
}

export interface RowRef {
  readonly key: string;
  readonly label: string;
  readonly row: number;
}

export interface RowChange {
  readonly key: string;
  /** The label in the new version (a rename shows as a change of the Name field). */
  readonly label: string;
  readonly oldRow: number;
  readonly newRow: number;
  readonly fields: readonly FieldChange[];
}

/** The differences in one table kind of one sheet. */
export interface SheetDiff {
  readonly sheet: string;
  /** The old version's name of the sheet, when it was compared under another name (a renamed sheet, a CSV export under another file name). */
  readonly oldSheet?: string;
  readonly kind: DiffKind;
  readonly added: readonly RowRef[];
  readonly removed: readonly RowRef[];
  readonly changed: readonly RowChange[];
}

export interface WorkbookDiff {
  readonly sheets: readonly SheetDiff[];
  readonly summary: { added: number; removed: number; changed: number };
}

function sameContent(a: KeyedRow, b: KeyedRow): boolean {
  return fieldChanges(a, b).length === 0;
}

/** Changed fields by header, so a moved column is no change; in the new version's column order, then old-only headers. */
export function fieldChanges(a: KeyedRow, b: KeyedRow): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [header, value] of b.fields) {
    const old = a.fields.get(header) ?? '';
    if (old !== value) out.push({ header, old, new: value });
  }
  for (const [header, old] of a.fields) {
    if (!b.fields.has(header) && old !== '') out.push({ header, old, new: '' });
  }
  return out;
}

/**
 * Pair the old and the new rows of one account: first rows that did not change at all
 * (a row moved up or down is no change), then rows of the same month/platform/brand, then
 * the rest in row order. Deterministic for duplicate accounts; the unpaired are added or removed.
 *
 * The streaming comparison below takes the first step itself, row by row: since "no change"
 * is an equivalence, this greedy pairs the i-th old row of one content with the i-th new
 * row of that content, and that is what a count in read order gives. What reaches `pair`
 * then has no unchanged pair left, and the other two steps see the rows in the same order.
 */
function pair(olds: KeyedRow[], news: KeyedRow[]): { pairs: [KeyedRow, KeyedRow][]; removed: KeyedRow[]; added: KeyedRow[] } {
  const pairs: [KeyedRow, KeyedRow][] = [];
  const o = [...olds];
  const n = [...news];
  const pass = (match: (a: KeyedRow, b: KeyedRow) => boolean) => {
    for (let i = 0; i < o.length;) {
      const j = n.findIndex((b) => match(o[i]!, b));
      if (j < 0) { i++; continue; }
      pairs.push([o[i]!, n[j]!]);
      o.splice(i, 1);
      n.splice(j, 1);
    }
  };
  pass(sameContent);
  pass((a, b) => a.scope === b.scope);
  pass(() => true);
  return { pairs, removed: o, added: n };
}

/** A table (one kind, one sheet) of one side, and the months its rows name. */
interface TableSide {
  readonly sheet: string;
  readonly kind: DiffKind;
  readonly months: Set<string>;
}

/**
 * Tables are matched by kind and meaning, not by sheet name: a CSV's one table is named
 * after its file, so two exports of one listing (`kol-2024-09.csv`, `kol-export (1).csv`)
 * would otherwise compare as every row removed and every row added. A table is compared
 * with the other side's table of its kind and sheet name; of the tables of one kind found
 * on one side only, an old and a new one are paired when they hold the same months; else,
 * when each side has exactly one such table, those two. Returns old table → new table.
 */
function pairTables(olds: readonly TableSide[], news: readonly TableSide[]): Map<number, number> {
  const name = (t: TableSide) => `${t.sheet}\u0000${t.kind}`;
  const newByName = new Map(news.map((t, i) => [name(t), i]));
  const oldNames = new Set(olds.map(name));
  const pairs = new Map<number, number>();
  const onlyOld: number[] = [];
  olds.forEach((t, i) => {
    const same = newByName.get(name(t));
    if (same === undefined) onlyOld.push(i);
    else pairs.set(i, same);
  });
  const onlyNew = news.map((_, i) => i).filter((i) => !oldNames.has(name(news[i]!)));
  const sameMonths = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((m) => b.has(m));
  for (const kind of new Set(onlyOld.map((i) => olds[i]!.kind))) {
    const o = onlyOld.filter((i) => olds[i]!.kind === kind);
    const n = onlyNew.filter((i) => news[i]!.kind === kind);
    for (const a of [...o]) {
      const matches = n.filter((b) => sameMonths(olds[a]!.months, news[b]!.months));
      if (matches.length !== 1 || o.filter((x) => sameMonths(olds[x]!.months, news[matches[0]!]!.months)).length !== 1) continue;
      pairs.set(a, matches[0]!);
      o.splice(o.indexOf(a), 1);
      n.splice(n.indexOf(matches[0]!), 1);
    }
    if (o.length === 1 && n.length === 1) pairs.set(o[0]!, n[0]!);
  }
  return pairs;
}

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;

/** A growing column of 32-bit integers in fixed blocks: no per-row object, no copy on growth. */
class IntColumn {
  private readonly blocks: Int32Array[] = [];
  length = 0;

  push(v: number): void {
    if ((this.length & (BLOCK - 1)) === 0) this.blocks.push(new Int32Array(BLOCK));
    this.blocks[this.length >>> BLOCK_BITS]![this.length & (BLOCK - 1)] = v;
    this.length++;
  }

  get(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]![i & (BLOCK - 1)]!;
  }

  set(i: number, v: number): void {
    this.blocks[i >>> BLOCK_BITS]![i & (BLOCK - 1)] = v;
  }
}

/** One bit per old row. */
class Bits {
  readonly words: Uint32Array;
  constructor(readonly size: number) { this.words = new Uint32Array((size + 31) >>> 5); }
  has(i: number): boolean { return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0; }
  set(i: number): void { this.words[i >>> 5]! |= 1 << (i & 31); }
}

/**
 * The old side: per row its account's KeyHash (account and table), its fingerprint and
 * the row before it of the same account, 20 bytes a row in typed blocks; a hash table
 * from account to its last row. No key texts and no object per row: the duplicate rules'
 * KeyIndex keeps the key bytes too (about 70 bytes a row with the rest), which at a
 * million rows is 40 MB more than the comparison needs.
 */
class OldIndex {
  readonly keyA = new IntColumn();
  readonly keyB = new IntColumn();
  readonly fpA = new IntColumn();
  readonly fpB = new IntColumn();
  /** The account's previous row, -1 for its first. */
  readonly prev = new IntColumn();
  /** Per slot: the account's last row + 1, or 0 when empty. At most half the slots are used. */
  private slots = new Int32Array(1024);
  private accounts = 0;

  get size(): number {
    return this.keyA.length;
  }

  add(key: KeyHash, fpA: number, fpB: number): void {
    const i = this.keyA.length;
    this.keyA.push(key.a);
    this.keyB.push(key.b);
    this.fpA.push(fpA);
    this.fpB.push(fpB);
    let slot = this.find(key.a, key.b);
    const last = this.slots[slot]! - 1;
    this.prev.push(last);
    if (last < 0 && ++this.accounts * 2 > this.slots.length) {
      this.grow();
      slot = this.find(key.a, key.b);
    }
    this.slots[slot] = i + 1;
  }

  /** The account's last row, or -1 when the old side has none. */
  last(key: KeyHash): number {
    return this.slots[this.find(key.a, key.b)]! - 1;
  }

  private find(a: number, b: number): number {
    const mask = this.slots.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const row = this.slots[slot]! - 1;
      if (row < 0 || (this.keyA.get(row) === a && this.keyB.get(row) === b)) return slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = this.keyA.get(entry - 1) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}

interface NewTable extends TableSide {
  /**
   * The old tables this one may be compared with: its namesake, else (a renamed sheet, a CSV
   * under another name) every old table of its kind, since which one pairs is only known
   * once the whole new side is read.
   */
  readonly candidates: readonly number[];
  /** Per candidate: the old rows a row of this table matched unchanged. */
  readonly matched: (Bits | null)[];
  /** Rows not kept because they matched unchanged under every candidate. */
  dropped: number;
}

/**
 * A row kept for the result. Its texts are in the comparison's TextArena (key, label,
 * scope, then `count` values), not in strings and a Map: when every row changed (a column
 * filled in), a Map per row was most of the memory.
 */
interface Stored {
  readonly rowNumber: number;
  readonly at: number;
  readonly count: number;
  /** The headers of the values (shared by a table's rows); null when no values are kept. */
  readonly headers: readonly string[] | null;
}

/** A new row that did not match unchanged under some candidate. */
interface KeptRow extends Stored {
  readonly table: number;
  /** The candidates (by position) it did match unchanged under; null: none. */
  readonly matchedUnder: number[] | null;
}

/** One table of the result: the new table and the old one compared with it, or a table of one side only. */
interface OutTable {
  readonly sheet: string;
  readonly oldSheet?: string;
  readonly kind: DiffKind;
  readonly added: RowRef[];
  readonly removed: RowRef[];
  /** Accounts with rows left on the new side that an old row may still pair with. */
  readonly buckets: Map<string, { old: Stored[]; new: Stored[] }>;
}

function popcount(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

const refOf = (r: { key: string; label: string; rowNumber: number }): RowRef => ({ key: r.key, label: r.label, row: r.rowNumber });

/**
 * Row-level differences between two versions of a workbook, keeping no text of the rows
 * that stayed the same. The old side is read into an OldIndex (20 bytes a row, no texts).
 * The new side is streamed against it: a row that matches an old row of its account
 * unchanged costs a bit; only the rest are kept (in a TextArena). Then the old rows left
 * over are read again (`addOldAgain`, the same rows in the same order), which is when
 * their fields are needed; that read stops after the last of them, and is skipped when
 * every old row matched.
 *
 * The result is the one `pair` and `pairTables` define: the same as comparing every row
 * with every row in memory.
 */
export class StreamingDiff {
  private phase: 'old' | 'new' | 'again' = 'old';
  /** New tables left without an old one although rows of theirs matched every candidate: read again, all added. */
  private newAgain: Set<number> | null = null;
  private readonly oldTables: TableSide[] = [];
  private readonly oldTableIds = new Map<string, number>();
  private readonly newTables: NewTable[] = [];
  private readonly newTableIds = new Map<string, number>();
  private last: { side: 'old' | 'new'; sheet: string; kind: DiffKind; id: number } | null = null;

  private readonly index = new OldIndex();
  private readonly hash = new KeyHash();

  private kept: KeptRow[] = [];
  private readonly texts = new TextArena();
  private out: OutTable[] = [];
  private outOfOld: number[] = [];
  private needed: Bits | null = null;
  private neededCount = 0;
  private againAt = 0;
  private collected = 0;
  private newAgainRead = false;

  private tableOf(side: 'old' | 'new', row: DiffRow): number {
    const l = this.last;
    // Rows come a table at a time: the last table answers without building a key string.
    if (l && l.side === side && l.sheet === row.sheet && l.kind === row.kind) return l.id;
    const name = `${row.sheet}\u0000${row.kind}`;
    const ids = side === 'old' ? this.oldTableIds : this.newTableIds;
    let id = ids.get(name);
    if (id === undefined) {
      if (side === 'old') {
        id = this.oldTables.push({ sheet: row.sheet, kind: row.kind, months: new Set() }) - 1;
      } else {
        const same = this.oldTableIds.get(name);
        const candidates = same !== undefined ? [same]
          : this.oldTables.map((t, i) => i).filter((i) => this.oldTables[i]!.kind === row.kind && !this.newTableIds.has(`${this.oldTables[i]!.sheet}\u0000${row.kind}`));
        id = this.newTables.push({ sheet: row.sheet, kind: row.kind, months: new Set(), candidates, matched: candidates.map(() => null), dropped: 0 }) - 1;
      }
      ids.set(name, id);
    }
    this.last = { side, sheet: row.sheet, kind: row.kind, id };
    return id;
  }

  /** The old side's rows, in reading order. */
  addOld(row: DiffRow): void {
    if (this.phase !== 'old') throw new Error('StreamingDiff: old rows come first');
    const table = this.tableOf('old', row);
    this.oldTables[table]!.months.add(row.month);
    // One account is one key within its table.
    this.index.add(this.hash.of(row.key, table), row.fpA, row.fpB);
  }

  /** The new side's rows, in reading order, after every old row. */
  addNew(row: DiffRow): void {
    if (this.phase === 'old') this.phase = 'new';
    if (this.phase !== 'new') throw new Error('StreamingDiff: new rows come after the old, before finishNew');
    const id = this.tableOf('new', row);
    const table = this.newTables[id]!;
    table.months.add(row.month);
    let matchedAll = true;
    let maybeChanged = false;
    let matchedUnder: number[] | null = null;
    const index = this.index;
    for (let j = 0; j < table.candidates.length; j++) {
      const last = index.last(this.hash.of(row.key, table.candidates[j]!));
      if (last < 0) {
        matchedAll = false;
        continue;
      }
      const bits = table.matched[j] ??= new Bits(index.size);
      // The first old row of the account with the same content not yet taken (i-th with
      // i-th); the chain runs from the last row back, so the last one found is the first.
      let first = -1;
      for (let r = last; r >= 0; r = index.prev.get(r)) {
        if (index.fpA.get(r) === row.fpA && index.fpB.get(r) === row.fpB && !bits.has(r)) first = r;
      }
      if (first >= 0) {
        bits.set(first);
        (matchedUnder ??= []).push(j);
      } else {
        matchedAll = false;
        maybeChanged = true;
      }
    }
    if (matchedAll && table.candidates.length > 0) {
      table.dropped++;
      return;
    }
    // Fields only when an old row of its account is left to pair with: else it can only be added.
    this.kept.push({ ...this.store(row, maybeChanged), table: id, matchedUnder });
  }

  private store(row: DiffRow, withFields: boolean): Stored {
    const record = [row.key, row.label, row.scope];
    if (withFields) for (const v of row.values()) record.push(v);
    return { rowNumber: row.rowNumber, at: this.texts.add(record), count: record.length - 3, headers: withFields ? row.headers : null };
  }

  private ref(s: Stored): RowRef {
    const [key, label] = this.texts.read(s.at, 2) as string[];
    return { key: key!, label: label!, row: s.rowNumber };
  }

  private keyed(t: { sheet: string; kind: DiffKind }, s: Stored): KeyedRow {
    const texts = this.texts.read(s.at, 3 + s.count) as string[];
    const fields = new Map<string, string>();
    for (let i = 0; i < s.count; i++) fields.set(s.headers![i]!, texts[3 + i]!);
    return { sheet: t.sheet, kind: t.kind, key: texts[0]!, scope: texts[2]!, label: texts[1]!, rowNumber: s.rowNumber, fields };
  }

  /**
   * The new side is read: tables are paired, and the old rows that did not match are
   * known. Returns how many there are; when more than 0, read the old side again into
   * `addOldAgain`.
   */
  finishNew(): number {
    if (this.phase === 'again') return this.neededCount;
    this.phase = 'again';
    const pairs = pairTables(this.oldTables, this.newTables);
    const partnerOfNew = new Map<number, number>();
    for (const [o, n] of pairs) partnerOfNew.set(n, o);

    this.out = this.newTables.map((t, n) => {
      const o = partnerOfNew.get(n);
      const oldSheet = o !== undefined && this.oldTables[o]!.sheet !== t.sheet ? this.oldTables[o]!.sheet : undefined;
      return { sheet: t.sheet, ...(oldSheet !== undefined ? { oldSheet } : {}), kind: t.kind, added: [], removed: [], buckets: new Map() };
    });
    this.outOfOld = this.oldTables.map((t, o) => {
      const n = pairs.get(o);
      if (n !== undefined) return n;
      return this.out.push({ sheet: t.sheet, kind: t.kind, added: [], removed: [], buckets: new Map() }) - 1;
    });

    // The old rows matched under the pairs made: a pair's bits are rows of its old table only.
    const needed = new Bits(this.index.size);
    needed.words.fill(0xffffffff);
    for (const [o, n] of pairs) {
      const t = this.newTables[n]!;
      const bits = t.matched[t.candidates.indexOf(o)];
      if (bits) for (let w = 0; w < bits.words.length; w++) needed.words[w]! &= ~bits.words[w]!;
    }
    for (let i = needed.size; i < needed.words.length * 32; i++) needed.words[i >>> 5]! &= ~(1 << (i & 31));
    for (const w of needed.words) this.neededCount += popcount(w);
    this.needed = needed;

    // A renamed table's rows that matched every old table it might be compared with were
    // not kept; when in the end it is compared with none (its candidate kept its own name
    // after all), they are added, and the new side is read again for them.
    this.newAgain = new Set(this.newTables.flatMap((t, n) => (t.dropped > 0 && !partnerOfNew.has(n) ? [n] : [])));
    for (const k of this.kept) {
      if (this.newAgain.has(k.table)) continue;
      const o = partnerOfNew.get(k.table);
      const out = this.out[k.table]!;
      if (o !== undefined && k.matchedUnder?.includes(this.newTables[k.table]!.candidates.indexOf(o))) continue;
      if (o === undefined || k.headers === null) {
        out.added.push(this.ref(k));
        continue;
      }
      const key = this.texts.read(k.at, 1)[0]!;
      let b = out.buckets.get(key);
      if (!b) out.buckets.set(key, b = { old: [], new: [] });
      b.new.push(k);
    }
    this.kept = [];
    return this.neededCount;
  }

  /** The old side read again, from the start in the same order. Returns false once every row needed is in: stop reading. */
  addOldAgain(row: DiffRow): boolean {
    if (this.phase !== 'again') throw new Error('StreamingDiff: finishNew comes before the second read');
    const i = this.againAt++;
    if (this.collected >= this.neededCount) return false;
    if (i >= this.index.size) throw new OldSideChangedError('more rows');
    if (!this.needed!.has(i)) return true;
    const table = this.oldTableIds.get(`${row.sheet}\u0000${row.kind}`);
    if (table === undefined || row.fpA !== this.index.fpA.get(i) || row.fpB !== this.index.fpB.get(i)) {
      throw new OldSideChangedError('a row differs');
    }
    const out = this.out[this.outOfOld[table]!]!;
    const b = out.buckets.get(row.key);
    if (b) b.old.push(this.store(row, true));
    else out.removed.push(refOf(row));
    return ++this.collected < this.neededCount;
  }

  /** After finishNew: whether the new side must be read again (into `addNewAgain`); rare, see there. */
  get newSideAgain(): boolean {
    this.finishNew();
    return this.newAgain!.size > 0;
  }

  /** The new side read again, when `newSideAgain`: every row of the tables it is read for is added. */
  addNewAgain(row: DiffRow): void {
    if (this.phase !== 'again') throw new Error('StreamingDiff: finishNew comes before the second read');
    const table = this.newTableIds.get(`${row.sheet}\u0000${row.kind}`);
    if (table !== undefined && this.newAgain!.has(table)) this.out[table]!.added.push(refOf(row));
    this.newAgainRead = true;
  }

  /** Sheets in the new version's order, then tables only the old version has; rows within a sheet by row number. */
  result(): WorkbookDiff {
    this.finishNew();
    if (this.collected < this.neededCount) throw new OldSideChangedError('fewer rows');
    if (this.newAgain!.size > 0 && !this.newAgainRead) throw new Error('StreamingDiff: the new side was not read again');
    const sheets: SheetDiff[] = [];
    const summary = { added: 0, removed: 0, changed: 0 };
    for (const t of this.out) {
      const added = [...t.added];
      const removed = [...t.removed];
      const changed: RowChange[] = [];
      for (const [key, b] of t.buckets) {
        // An account's rows as KeyedRows one account at a time: only the changes outlive it.
        const p = pair(b.old.map((r) => this.keyed(t, r)), b.new.map((r) => this.keyed(t, r)));
        for (const r of p.added) added.push(refOf(r));
        for (const r of p.removed) removed.push(refOf(r));
        for (const [a, c] of p.pairs) {
          const fields = fieldChanges(a, c);
          if (fields.length) changed.push({ key, label: c.label, oldRow: a.rowNumber, newRow: c.rowNumber, fields });
        }
      }
      if (!added.length && !removed.length && !changed.length) continue;
      added.sort((a, b) => a.row - b.row);
      removed.sort((a, b) => a.row - b.row);
      changed.sort((a, b) => a.newRow - b.newRow || a.oldRow - b.oldRow);
      summary.added += added.length;
      summary.removed += removed.length;
      summary.changed += changed.length;
      sheets.push({ sheet: t.sheet, ...(t.oldSheet !== undefined ? { oldSheet: t.oldSheet } : {}), kind: t.kind, added, removed, changed });
    }
    return { sheets, summary };
  }
}

/** A row held in memory as the streaming comparison reads it (`fp` reused from row to row). */
export function asDiffRow(r: KeyedRow, fp = new Fingerprint()): DiffRow {
  fingerprintOf(r.fields, fp);
  return {
    sheet: r.sheet, kind: r.kind, key: r.key, scope: r.scope, month: r.scope.split('|')[0] ?? '', label: r.label,
    rowNumber: r.rowNumber, fpA: fp.a, fpB: fp.b, fields: () => r.fields, headers: [...r.fields.keys()], values: () => [...r.fields.values()],
  };
}

/**
 * Row-level differences between two versions of a workbook held in memory, per sheet and
 * table kind, rows matched by account key: StreamingDiff over two arrays. Sheets come in
 * the new version's order, then sheets only the old version has; rows within a sheet by row number.
 */
export function diffRows(oldRows: readonly KeyedRow[], newRows: readonly KeyedRow[]): WorkbookDiff {
  const d = new StreamingDiff();
  const fp = new Fingerprint();
  for (const r of oldRows) d.addOld(asDiffRow(r, fp));
  for (const r of newRows) d.addNew(asDiffRow(r, fp));
  if (d.finishNew() > 0) for (const r of oldRows) if (!d.addOldAgain(asDiffRow(r, fp))) break;
  if (d.newSideAgain) for (const r of newRows) d.addNewAgain(asDiffRow(r, fp));
  return d.result();
}

/** One side of a comparison, readable more than once: each call reads it from the start (`visit` returns false to stop). */
export type ReadSide = (visit: (row: DiffRow) => boolean | void) => Promise<{ notCompared: readonly TableRef[] }>;

/**
 * The old side read the second time is not what it was the first time (the file was
 * saved, or a revision's copy replaced, while diff ran). Said to the user by the CLI
 * naming the file; never a comparison of two different versions as if they were one.
 */
export class OldSideChangedError extends Error {
  constructor(readonly detail: 'more rows' | 'fewer rows' | 'a row differs') {
    super(`the old workbook changed while it was compared (${detail})`);
  }
}

/**
 * Two workbooks compared as streams: the old side read into the index, the new side
 * against it, then the old side again when some old row did not match unchanged (a side
 * that is absent, null, has no rows). Also the tables neither side compared: the new
 * side's, then those only the old side has.
 */
export async function diffSides(readOld: ReadSide | null, readNew: ReadSide | null): Promise<{ diff: WorkbookDiff; notCompared: TableRef[] }> {
  const d = new StreamingDiff();
  const old = readOld ? await readOld((row) => { d.addOld(row); }) : { notCompared: [] };
  const now = readNew ? await readNew((row) => { d.addNew(row); }) : { notCompared: [] };
  if (readOld && d.finishNew() > 0) await readOld((row) => d.addOldAgain(row));
  if (readNew && d.newSideAgain) await readNew((row) => { d.addNewAgain(row); });
  const notCompared = [...now.notCompared];
  for (const t of old.notCompared) if (!notCompared.some((x) => x.sheet === t.sheet && x.kind === t.kind)) notCompared.push(t);
  return { diff: d.result(), notCompared };
}
