import { cellText, isEmptyCell, type CellValue } from '../model/cell.js';
import type { TableInfo, TableRow } from '../model/table.js';
import { accountKey, parseAccount, parsePlatform, type AccountResult, type Platform } from '../parsers/account.js';
import { parseCount } from '../parsers/count.js';
import { lastDayOfMonth, parseDate, type DateResult } from '../parsers/date.js';
import { findMonthsInText, monthFromLabel } from '../parsers/month.js';
import { normalizeName } from '../parsers/text.js';
import type { BrandBook } from './brands.js';
import { defaultYear, type ReadContext } from './context.js';
import { cellOf, dateInput, isoOf, textOf } from './cells.js';

/** What the posting-date cell says. */
export type PostCell =
  | { kind: 'posted'; date: DateResult & { ok: true } }
  /** `-`, or an empty cell on a row that names a KOL: not posted (yet). */
  | { kind: 'not-posted' }
  | { kind: 'unparseable'; reason: 'unparseable' | 'needs-year' | 'invalid-date' };

/**
 * One KOL × brand posting record from a recap. The long layout gives one per row; the
 * seed's wide layout ("Gambar 3.3") gives one per brand column of a row.
 */
export interface RecapEntry {
  readonly table: TableInfo;
  readonly rowNumber: number;
  readonly layout: 'wide' | 'long';
  /** 0-based column of the posting-date cell (the wide layout's brand column). */
  readonly dateColumn: number | null;
  readonly postText: string;
  readonly post: PostCell;
  /** The KOL's name as written; '' when the row names nobody (the seed's dates below the table). */
  readonly kol: string;
  /** 0-based column holding the KOL's name (the wide layout's brand-named header), if any. */
  readonly nameColumn: number | null;
  readonly account: AccountResult | null;
  /** Identity for joining: platform + handle from a link, else `name:<normalised name>`, else null. */
  readonly key: string | null;
  readonly nameKey: string | null;
  readonly brand: string | null;
  readonly platform: Platform | null;
  /** The month column's month, else the table's context month; null when neither says. */
  readonly month: string | null;
  readonly shipDate: string | null;
  readonly deadline: string | null;
  readonly postLink: string | null;
  readonly caption: string | null;
  readonly views: number | null;
  readonly likes: number | null;
  readonly comments: number | null;
  readonly contactPerson: string | null;
  /** End of the period the recap's title names: the fallback deadline for a recap-only KOL. */
  readonly periodEnd: string | null;
}

/** Posting-date columns of a wide recap: two or more headers that each name a posting date. */
export function wideDateColumns(table: TableInfo): number[] {
  const cols = table.reading.dateColumns;
  return cols.length >= 2 ? [...cols] : [];
}

/**
 * The layout of a recap table, worked out once at table start: which column names the
 * KOL, and for a wide recap which brand each date column belongs to (from the group row
 * above the header, `TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER`).
 */
export interface RecapLayout {
  wide: boolean;
  nameColumn: number | null;
  dateColumns: { column: number; brand: string | null }[];
  /** Year for dates written without one: the group row's period, the sheet, `--year`, config. */
  year: number | null;
  /** Last day of the period the title or group row names (`JULI-SEPTEMBER` → its September's end), else null. */
  periodEnd: string | null;
}

export function recapLayout(table: TableInfo, ctx: ReadContext, brands: BrandBook): RecapLayout {
  const titleMonths = table.titleRows.flatMap((t) => findMonthsInText(t));
  const titleYear = titleMonths.find((m) => m.year)?.year ?? null;
  const year = titleYear ?? (table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear(ctx));
  const lastMonth = titleMonths.length ? Math.max(...titleMonths.map((m) => m.month)) : null;
  const periodEnd = table.contextMonth ? lastDayOfMonth(table.contextMonth.month)
    : lastMonth && year ? lastDayOfMonth(`${year}-${String(lastMonth).padStart(2, '0')}`) : null;
  const wideColumns = wideDateColumns(table);
  if (wideColumns.length === 0) {
    const col = table.columns.get('postDate');
    return { wide: false, nameColumn: table.columns.get('name') ?? null, dateColumns: col === undefined ? [] : [{ column: col, brand: null }], year, periodEnd };
  }
  // The group row is the nearest row above the header; a brand cell covers the columns to its right up to the next one.
  const group = [...table.titleCells].reverse().find((cells) => cells.some((c) => c.trim() !== '')) ?? [];
  const dateColumns = wideColumns.map((column) => {
    let brand: string | null = null;
    for (let i = column; i >= 0 && brand === null; i--) {
      const text = group[i] ?? '';
      if (text.trim()) {
        const word = brands.findIn(text) ?? brandWordAfterKol(text);
        brand = word === null ? null : brands.name(word);
      }
    }
    return { column, brand };
  });
  const noCol = table.columns.get('no');
  const nameColumn = table.columns.get('name')
    ?? table.headers.findIndex((h, i) => i !== noCol && h.trim() !== '' && !wideColumns.includes(i));
  return { wide: true, nameColumn: nameColumn >= 0 ? nameColumn : null, dateColumns, year, periodEnd };
}

/** Without a config naming the brands, `TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER` still names one: the word after KOL. */
function brandWordAfterKol(text: string): string | null {
  const m = /\bKOL\s+([A-Za-z][\w.&'-]*)/i.exec(text);
  if (!m) return null;
  const word = m[1]!;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function numberOf(v: CellValue | undefined): number | null {
  if (!v || isEmptyCell(v)) return null;
  const c = parseCount(v.type === 'number' ? v.value : cellText(v));
  return c.ok ? c.value : null;
}

const NOT_POSTED = /^\s*[-–—]+\s*$/;

export function readPostCell(v: CellValue | undefined, year: number | null): { text: string; post: PostCell } | null {
  const text = cellText(v).trim();
  if (v?.type !== 'date' && v?.type !== 'number' && (text === '' || NOT_POSTED.test(text))) {
    return text === '' ? null : { text, post: { kind: 'not-posted' } };
  }
  const d = parseDate(dateInput(v), { year });
  if (d.ok) return { text, post: { kind: 'posted', date: d } };
  return { text, post: { kind: 'unparseable', reason: d.reason === 'empty' ? 'unparseable' : d.reason } };
}

/** Read one recap row into its entries (one per brand column in the wide layout). */
type CommonFields = Omit<RecapEntry, 'dateColumn' | 'postText' | 'post' | 'brand'>;

/**
 * An entry as one object literal with every field, never `{ ...common, … }`: V8 gave each
 * spread copy a hidden class of its own (its map and descriptors, ~600 bytes an entry —
 * a 50,000-row recap held 68 MB, 32 MB of it shapes; issue 17).
 */
function entryOf(c: CommonFields, dateColumn: number | null, postText: string, post: PostCell, brand: string | null): RecapEntry {
  return {
    table: c.table, rowNumber: c.rowNumber, layout: c.layout, dateColumn, postText, post, kol: c.kol, nameColumn: c.nameColumn,
    account: c.account, key: c.key, nameKey: c.nameKey, brand, platform: c.platform, month: c.month, shipDate: c.shipDate,
    deadline: c.deadline, postLink: c.postLink, caption: c.caption, views: c.views, likes: c.likes, comments: c.comments,
    contactPerson: c.contactPerson, periodEnd: c.periodEnd,
  };
}

export function readRecapRow(raw: TableRow, table: TableInfo, layout: RecapLayout, ctx: ReadContext, brands: BrandBook): RecapEntry[] {
  const name = layout.nameColumn === null ? '' : cellText(raw.values[layout.nameColumn]).trim();
  const linkText = textOf(raw, table, 'link') || textOf(raw, table, 'handle');
  const account = linkText ? parseAccount(linkText) : null;
  const platformText = textOf(raw, table, 'platform');
  const platformParsed = platformText ? parsePlatform(platformText) : null;
  const platform = (platformParsed?.ok ? platformParsed.platform : null) ?? (account?.ok ? account.platform : null);
  const nameKey = name ? `name:${normalizeName(name)}` : null;
  const key = (account?.ok ? accountKey(account, platform) : null) ?? nameKey;
  const monthCell = cellOf(raw, table, 'month');
  const monthText = textOf(raw, table, 'month');
  const rowMonth = monthCell?.type === 'date' ? monthCell.iso.slice(0, 7) : monthText ? monthFromLabel(monthText, layout.year) : null;
  const brandText = textOf(raw, table, 'brand');
  const brandMatch = brandText ? brands.match(brandText) : null;
  const rowBrand = brandMatch?.ok ? brandMatch.brand : brandText || null;

  const common: CommonFields = {
    table, rowNumber: raw.rowNumber, layout: layout.wide ? 'wide' as const : 'long' as const,
    kol: name, nameColumn: layout.nameColumn, account, key, nameKey, platform,
    month: rowMonth ?? table.contextMonth?.month ?? null,
    shipDate: isoOf(cellOf(raw, table, 'shipDate'), layout.year),
    deadline: isoOf(cellOf(raw, table, 'deadline'), layout.year),
    postLink: textOf(raw, table, 'postLink') || null,
    caption: textOf(raw, table, 'caption') || null,
    views: numberOf(cellOf(raw, table, 'views')),
    likes: numberOf(cellOf(raw, table, 'likes')),
    comments: numberOf(cellOf(raw, table, 'comments')),
    contactPerson: textOf(raw, table, 'contactPerson') || null,
    periodEnd: layout.periodEnd,
  };
  const entries: RecapEntry[] = [];
  for (const { column, brand } of layout.dateColumns) {
    const cell = readPostCell(raw.values[column], layout.year);
    // An empty date on a row that names a KOL is "not posted" in the long layout; in the wide one a KOL has one column per brand and '-' says it.
    const post = cell ?? ((name || key) && !layout.wide ? { text: '', post: { kind: 'not-posted' } as PostCell } : null);
    if (!post) continue;
    entries.push(entryOf(common, column, post.text, post.post, rowBrand ?? brand ?? table.brand));
  }
  // Wide layout: a '-' beside a date in another brand's column only says "not for this brand".
  // A row whose every column says '-' is one KOL who has not posted at all.
  if (layout.wide && entries.length > 1) {
    const posted = entries.filter((e) => e.post.kind !== 'not-posted');
    if (posted.length > 0) return posted;
    const first = entries[0]!;
    return [entryOf(first, first.dateColumn, first.postText, first.post, rowBrand ?? table.brand)];
  }
  if (layout.dateColumns.length === 0 && (name || key)) {
    entries.push(entryOf(common, null, '', { kind: 'not-posted' }, rowBrand ?? table.brand));
  }
  return entries;
}
