import type { Config } from '../config/schema.js';
import { Interpreter, type ReadHandlers } from '../interpret/pipeline.js';
import { columnLetter } from '../model/cell.js';
import { rowBatches, type WorkbookSource } from '../model/source.js';
import type { TableInfo, TableKind, TableRow } from '../model/table.js';
import type { AffiliateRow } from '../rows/affiliate.js';
import type { ReadContext, RunOptions } from '../rows/context.js';
import type { ListingRow } from '../rows/listing.js';
import { isBlankCell, valueText } from './cells.js';
import { Fingerprint, headerSeedA, headerSeedB } from './fingerprint.js';

export type DiffKind = 'kol-listing' | 'affiliate-deals';

/** One data row of a listing or affiliate table, as the diff compares it. */
export interface KeyedRow {
  readonly sheet: string;
  readonly kind: DiffKind;
  /** Account identity (`instagram:rinabeauty`, `name:rina`, `account:herbana99`); rows without one get `row:<content>`. */
  readonly key: string;
  /** Month, platform and brand the row belongs to: pairs duplicates of one account first. */
  readonly scope: string;
  /** The KOL or affiliate account as a person names them. */
  readonly label: string;
  readonly rowNumber: number;
  /** Header (as written; column letter when blank; `Header (2)` when repeated) → value text, in column order. */
  readonly fields: ReadonlyMap<string, string>;
}

/**
 * A row as the streaming comparison sees it. The reader hands the same object for every
 * row (its values change), so a consumer keeps values, never the object; `fields()` and
 * `scope` are built only when asked, since most rows of two exports never need them.
 */
export interface DiffRow {
  readonly sheet: string;
  readonly kind: DiffKind;
  readonly key: string;
  readonly scope: string;
  /** The month part of `scope` (`''` when none): tables are paired by their months. */
  readonly month: string;
  readonly label: string;
  readonly rowNumber: number;
  /** The fields' fingerprint (fingerprint.ts), two 32-bit halves: equal when `fieldChanges` finds nothing. */
  readonly fpA: number;
  readonly fpB: number;
  fields(): ReadonlyMap<string, string>;
  /**
   * The fields as two lists, for keeping them compactly: `values()` (a new array) and the
   * headers they belong to, `headers[i]` for `values()[i]`. `headers` may be longer than the
   * values (a table's wider rows) and is shared by the rows of a table: keep it, not a copy.
   */
  readonly headers: readonly string[];
  values(): string[];
}

/** A table the diff found but does not compare (a posting recap, a content calendar). */
export interface TableRef {
  readonly sheet: string;
  readonly kind: TableKind;
}

const COMPARED: ReadonlySet<TableKind> = new Set<TableKind>(['kol-listing', 'affiliate-deals']);

/**
 * A table's field names by column, worked out once per table instead of once per row: the
 * `No` column left out (renumbering after a sort or a move is no change), a blank header
 * as its column letter, a repeated one as `Header (2)`. A column's name depends only on
 * the columns before it, so names grow with the widest row seen and stay the same.
 */
class FieldNames {
  readonly names: string[] = [];
  /** The names without the `No` column's place: a row's fields are `list[i]` → its i-th value. */
  readonly list: string[] = [];
  readonly seedsA: number[] = [];
  readonly seedsB: number[] = [];
  private readonly used = new Set<string>();

  constructor(readonly table: TableInfo, readonly no: number | undefined) {}

  ensure(width: number): void {
    for (let c = this.names.length; c < width; c++) {
      if (c === this.no) {
        this.names.push('');
        this.seedsA.push(0);
        this.seedsB.push(0);
        continue;
      }
      const header = (this.table.headers[c] ?? '').replace(/\s+/g, ' ').trim() || columnLetter(c);
      let name = header;
      for (let n = 2; this.used.has(name); n++) name = `${header} (${n})`;
      this.used.add(name);
      this.names.push(name);
      this.list.push(name);
      this.seedsA.push(headerSeedA(name));
      this.seedsB.push(headerSeedB(name));
    }
  }
}

/**
 * The reader's one row object (see DiffRow): set from each listing or affiliate row in
 * turn. The cells are turned into texts and a fingerprint only when asked: a second read
 * of the old side asks for a few rows only.
 */
class RowCursor implements DiffRow {
  sheet = '';
  kind: DiffKind = 'kol-listing';
  month = '';
  label = '';
  rowNumber = 0;
  private account: string | null = null;
  private byContent: string | null = null;
  private platform = '';
  private brand = '';
  private raw: TableRow | null = null;
  private table: TableInfo | null = null;
  private read = false;
  private names: FieldNames | null = null;
  private width = 0;
  /** The current row's value texts by column (`''` when blank); reused. */
  private readonly texts: string[] = [];
  private readonly fp = new Fingerprint();
  private readonly namesOf = new WeakMap<TableInfo, FieldNames>();

  get scope(): string {
    return `${this.month}|${this.platform}|${this.brand}`;
  }

  get key(): string {
    return this.account ?? (this.byContent ??= this.contentKey());
  }

  get fpA(): number {
    if (!this.read) this.cells();
    return this.fp.a;
  }

  get fpB(): number {
    if (!this.read) this.cells();
    return this.fp.b;
  }

  get headers(): readonly string[] {
    if (!this.read) this.cells();
    return this.names!.list;
  }

  values(): string[] {
    if (!this.read) this.cells();
    const out: string[] = [];
    for (let c = 0; c < this.width; c++) if (c !== this.names!.no) out.push(this.texts[c]!);
    return out;
  }

  fields(): Map<string, string> {
    if (!this.read) this.cells();
    const fields = new Map<string, string>();
    const names = this.names!;
    for (let c = 0; c < this.width; c++) if (c !== names.no) fields.set(names.names[c]!, this.texts[c]!);
    return fields;
  }

  listing(row: ListingRow): void {
    this.at(row.raw, row.table, 'kol-listing');
    this.month = row.month ?? '';
    this.platform = row.platform?.ok ? row.platform.platform ?? '' : '';
    this.brand = row.brand?.ok ? row.brand.brand ?? '' : row.brandText ?? '';
    this.label = row.kol || `#${row.rowNumber}`;
    this.account = row.key;
  }

  affiliate(row: AffiliateRow): void {
    this.at(row.raw, row.table, 'affiliate-deals');
    this.month = row.month ?? '';
    this.platform = row.platform ?? '';
    this.brand = row.brand ?? '';
    this.label = row.accountName || row.linkText || `#${row.rowNumber}`;
    this.account = row.key;
  }

  private at(raw: TableRow, table: TableInfo, kind: DiffKind): void {
    this.sheet = table.sheet;
    this.kind = kind;
    this.rowNumber = raw.rowNumber;
    this.raw = raw;
    this.table = table;
    this.read = false;
    this.byContent = null;
  }

  private cells(): void {
    const raw = this.raw!;
    const table = this.table!;
    const no = table.columns.get('no');
    // Rows come a table at a time: the last table's names, without a lookup per row.
    let names = this.names?.table === table ? this.names : this.namesOf.get(table);
    if (!names || names.no !== no) this.namesOf.set(table, names = new FieldNames(table, no));
    this.names = names;
    const width = Math.max(raw.values.length, table.headers.length);
    names.ensure(width);
    this.width = width;
    const fp = this.fp;
    fp.reset();
    for (let c = 0; c < width; c++) {
      if (c === no) continue;
      const v = raw.values[c];
      const text = isBlankCell(v, undefined) ? '' : valueText(v);
      this.texts[c] = text;
      if (text !== '') fp.add(names.seedsA[c]!, names.seedsB[c]!, text);
    }
    this.read = true;
  }

  /** A row without an account is known by its content. */
  private contentKey(): string {
    if (!this.read) this.cells();
    const parts: string[] = [];
    for (let c = 0; c < this.width; c++) if (c !== this.names!.no) parts.push(this.texts[c]!);
    return `row:${parts.join('\u0001')}`;
  }
}

/**
 * Every KOL-listing and affiliate-deal row of a workbook in order, found the way `kolops
 * check` finds them (the interpretation pipeline), handed to `visit` one at a time; `visit`
 * returns false to stop reading. Posting recaps and content calendars are found, not read:
 * the result names them. Throws UnreadableFileError like the readers.
 */
export async function readRows(
  workbook: WorkbookSource, config: Config, options: RunOptions, visit: (row: DiffRow) => boolean | void,
): Promise<{ notCompared: TableRef[] }> {
  const ctx: ReadContext = { config, options };
  const interpreter = new Interpreter(ctx, { read: (kind) => COMPARED.has(kind) });
  const cursor = new RowCursor();
  const notCompared: TableRef[] = [];
  let stop = false;
  const handlers: ReadHandlers = {
    tableStart(table) {
      if (!COMPARED.has(table.kind) && !notCompared.some((t) => t.sheet === table.sheet && t.kind === table.kind)) {
        notCompared.push({ sheet: table.sheet, kind: table.kind });
      }
    },
    listingRow(row) {
      if (stop) return;
      cursor.listing(row);
      if (visit(cursor) === false) stop = true;
    },
    affiliateRow(row) {
      if (stop) return;
      cursor.affiliate(row);
      if (visit(cursor) === false) stop = true;
    },
  };
  sheets: for await (const sheet of workbook.sheets) {
    const reader = interpreter.sheet(workbook.path, sheet, workbook.format, handlers);
    for await (const batch of rowBatches(sheet)) {
      for (const raw of batch) {
        reader.feed(raw);
        // Leaving the loops closes the file (the readers' generators end in `finally`).
        if (stop) break sheets;
      }
    }
    reader.finish();
    if (stop) break;
  }
  return { notCompared };
}

/** A row as the comparison keeps it: the fields copied out of the reader's row. */
export function keyedRow(row: DiffRow): KeyedRow {
  return { sheet: row.sheet, kind: row.kind, key: row.key, scope: row.scope, label: row.label, rowNumber: row.rowNumber, fields: row.fields() };
}

/**
 * Every KOL-listing and affiliate-deal row of a workbook, in memory (tests and small
 * workbooks; `kolops diff` streams with readRows). Throws UnreadableFileError like the readers.
 */
export async function collectRows(workbook: WorkbookSource, config: Config, options: RunOptions = {}): Promise<KeyedRow[]> {
  const out: KeyedRow[] = [];
  await readRows(workbook, config, options, (row) => { out.push(keyedRow(row)); });
  return out;
}
