/**
 * One content-calendar row (issue 16), every value read once by the value parsers so no
 * rule parses a cell again. A field is `null` when the table has no such column; a
 * `…Text` field keeps the cell as written, for the finding that quotes it.
 */
import { cellText, isEmptyCell, type CellValue } from '../model/cell.js';
import type { ColumnId, TableInfo, TableRow } from '../model/table.js';
import { parseCalendarStatus, type CalendarStatusResult } from '../parsers/calendar-status.js';
import { parseContentType, type ContentTypeResult } from '../parsers/content-type.js';
import { parseCount } from '../parsers/count.js';
import { parseDate, type DateResult } from '../parsers/date.js';
import { hashtagsIn, hashtagsOfColumn, tagKey } from '../parsers/hashtags.js';
import { monthFromLabel } from '../parsers/month.js';
import { parsePlatform, type Platform } from '../parsers/platform.js';
import { parseTime, type TimeResult, type TimeZoneId } from '../parsers/time.js';
import { weekdayNumber } from '../parsers/weekday.js';
import type { BrandBook, BrandMatch } from './brands.js';
import { cellOf, dateInput, textOf } from './cells.js';
import { defaultYear, type ReadContext } from './context.js';

export type CalendarPlatformResult = ReturnType<typeof parsePlatform>;

export interface CalendarMetrics {
  readonly reach: number | null;
  readonly impressions: number | null;
  readonly likes: number | null;
  readonly comments: number | null;
  readonly shares: number | null;
  readonly saves: number | null;
}

export interface CalendarRow {
  readonly table: TableInfo;
  readonly rowNumber: number;
  readonly raw: TableRow;
  /** The publishing date as written, and read (`Kamis, 9 Oktober 2025`, a date cell). Null: no such column. */
  readonly dateText: string | null;
  readonly date: DateResult | null;
  /** A separate weekday column (`Hari`): the weekday it names (0 = Sunday), null when blank or absent. */
  readonly weekdayText: string | null;
  readonly weekdayWritten: number | null;
  /** The time as written — its own column, else the time part of the date cell — and read; null when neither says one. */
  readonly timeText: string | null;
  readonly time: TimeResult | null;
  /** The zone the time is in: the one it names, else `calendar.timeZone`. */
  readonly timeZone: TimeZoneId;
  readonly platformText: string | null;
  readonly platform: CalendarPlatformResult | null;
  readonly typeText: string | null;
  readonly contentType: ContentTypeResult | null;
  readonly title: string | null;
  readonly caption: string | null;
  /** Tags of the hashtag column and of the caption, once each (case aside). */
  readonly hashtags: readonly string[];
  /** Tags the hashtag column adds to the caption: they go out with it, so they count toward its length. */
  readonly hashtagsBeyondCaption: readonly string[];
  readonly statusText: string | null;
  readonly status: CalendarStatusResult | null;
  readonly approvedBy: string | null;
  readonly approvalDateText: string | null;
  readonly approvalDate: DateResult | null;
  readonly createdDateText: string | null;
  readonly createdDate: DateResult | null;
  readonly postLink: string | null;
  readonly pic: string | null;
  readonly campaign: string | null;
  readonly brandText: string | null;
  readonly brand: BrandMatch | null;
  /** The row's month: its month column, else its publishing date's, else the table's context month. */
  readonly month: string | null;
  readonly metrics: CalendarMetrics;
}

function numberOf(v: CellValue | undefined): number | null {
  if (!v || isEmptyCell(v)) return null;
  if (v.type === 'number') return v.value;
  const r = parseCount(cellText(v));
  return r.ok ? r.value : null;
}

/** The time part of a date cell: a date-time, a serial with a fraction, or text ending in one (`Kamis, 9 Oktober 2025 19.00 WIB`). */
function timeInDateCell(v: CellValue | undefined): { text: string; time: TimeResult } | null {
  if (!v) return null;
  if (v.type === 'date' && v.time) return { text: v.time, time: parseTime(v.time) };
  if (v.type === 'number' && v.value % 1 !== 0) { const t = parseTime(v.value); return t.ok ? { text: cellText(v), time: t } : null; }
  const text = v.type === 'string' ? v.text.trim() : '';
  const m = /(?:^|[\s,])(?:pukul\s+|jam\s+)?(\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit))?)$/iu.exec(text);
  return m ? { text: m[1]!, time: parseTime(m[1]!) } : null;
}

/** The date cell without a time written after it, for the date parser. */
function dateCellInput(v: CellValue | undefined): string | number | null {
  if (v?.type === 'number') return Math.floor(v.value);
  if (v?.type === 'string') return v.text.trim().replace(/[\s,]+(?:pukul\s+|jam\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit))?$/iu, '');
  return dateInput(v);
}

function timeInput(v: CellValue | undefined): string | number | null {
  if (!v || isEmptyCell(v)) return null;
  if (v.type === 'time') return v.seconds / 86400;
  if (v.type === 'number') return v.value;
  if (v.type === 'date') return v.time ?? null;
  return cellText(v);
}

export function readCalendarRow(raw: TableRow, table: TableInfo, ctx: ReadContext, brands: BrandBook): CalendarRow {
  const has = (c: ColumnId) => table.columns.has(c);
  const text = (c: ColumnId) => { const t = textOf(raw, table, c); return t === null || t === '' ? null : t; };
  const year = table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear(ctx);
  const dateCell = cellOf(raw, table, 'publishDate');
  const dateText = has('publishDate') ? cellText(dateCell).trim() : null;
  const date = has('publishDate') ? parseDate(dateCellInput(dateCell), { year }) : null;
  const timeCell = cellOf(raw, table, 'publishTime');
  const ownTime = has('publishTime') && !isEmptyCell(timeCell)
    ? { text: cellText(timeCell).trim(), time: parseTime(timeInput(timeCell)) } : null;
  const timed = ownTime ?? timeInDateCell(dateCell);
  const zone = timed?.time.ok && timed.time.zone ? timed.time.zone : ctx.config.calendar.timeZone;
  const weekdayText = text('weekday');
  const caption = text('caption');
  const hashtagCell = text('hashtags');
  const inCaption = caption ? hashtagsIn(caption) : [];
  const seen = new Set(inCaption.map(tagKey));
  const beyond = hashtagCell ? hashtagsOfColumn(hashtagCell).filter((t) => !seen.has(tagKey(t))) : [];
  const platformText = text('platform');
  const typeText = text('contentType');
  const statusText = has('status') ? (textOf(raw, table, 'status') ?? '') : null;
  const brandText = text('brand');
  const approvalCell = cellOf(raw, table, 'approvalDate');
  const createdCell = cellOf(raw, table, 'createdDate');
  const monthCell = cellOf(raw, table, 'month');
  const monthText = text('month');
  const rowMonth = monthCell?.type === 'date' ? monthCell.iso.slice(0, 7) : monthText ? monthFromLabel(monthText, year) : null;
  const dated = (c: CellValue | undefined) => (isEmptyCell(c) ? null : parseDate(dateInput(c), { year }));
  return {
    table,
    rowNumber: raw.rowNumber,
    raw,
    dateText,
    date,
    weekdayText,
    weekdayWritten: weekdayText ? weekdayNumber(weekdayText) : null,
    timeText: timed?.text ?? null,
    time: timed?.time ?? null,
    timeZone: zone,
    platformText,
    platform: platformText !== null ? parsePlatform(platformText) : null,
    typeText,
    contentType: typeText !== null ? parseContentType(typeText) : null,
    title: text('title'),
    caption,
    hashtags: [...inCaption, ...beyond],
    hashtagsBeyondCaption: beyond,
    statusText,
    status: statusText !== null ? parseCalendarStatus(statusText, ctx.config.calendar.statuses) : null,
    approvedBy: text('approvedBy'),
    approvalDateText: has('approvalDate') && !isEmptyCell(approvalCell) ? cellText(approvalCell).trim() : null,
    approvalDate: has('approvalDate') ? dated(approvalCell) : null,
    createdDateText: has('createdDate') && !isEmptyCell(createdCell) ? cellText(createdCell).trim() : null,
    createdDate: has('createdDate') ? dated(createdCell) : null,
    postLink: text('postLink'),
    pic: text('contactPerson'),
    campaign: text('campaign'),
    brandText,
    brand: brandText !== null ? brands.match(brandText) : null,
    month: rowMonth ?? (date?.ok ? date.iso.slice(0, 7) : null) ?? table.contextMonth?.month ?? null,
    metrics: {
      reach: numberOf(cellOf(raw, table, 'reach')),
      impressions: numberOf(cellOf(raw, table, 'impressions')),
      likes: numberOf(cellOf(raw, table, 'likes')),
      comments: numberOf(cellOf(raw, table, 'comments')),
      shares: numberOf(cellOf(raw, table, 'shares')),
      saves: numberOf(cellOf(raw, table, 'saves')),
    },
  };
}

/** The platform a row plans for, when it reads as one. */
export function rowPlatform(row: CalendarRow): Platform | null {
  return row.platform?.ok ? row.platform.platform : null;
}
