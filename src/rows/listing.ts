import { cellText, isEmptyCell, type CellValue } from '../model/cell.js';
import type { ColumnId, TableInfo, TableRow } from '../model/table.js';
import { parseAccount, accountKey, parsePlatform, type AccountResult, type Platform } from '../parsers/account.js';
import { parseCount, type CountResult } from '../parsers/count.js';
import { parseDate, type DateResult } from '../parsers/date.js';
import { monthFromLabel } from '../parsers/month.js';
import { parseStatus, type Status } from '../parsers/status.js';
import { normalizeName } from '../parsers/text.js';
import type { BrandBook, BrandMatch } from './brands.js';
import { cellOf, dateInput, isoOf, textOf } from './cells.js';
import { defaultYear, type ReadContext } from './context.js';

export type PlatformResult = ReturnType<typeof parsePlatform>;
export type StatusResult = ReturnType<typeof parseStatus>;

/**
 * One KOL-listing row, every value read once by the value parsers so no rule parses a
 * cell again. A field is `null` when the table has no such column.
 */
export interface ListingRow {
  readonly table: TableInfo;
  readonly rowNumber: number;
  readonly raw: TableRow;
  /** The KOL as a person would name them: the name cell, else the handle or link text. */
  readonly kol: string;
  readonly followersText: string | null;
  readonly followers: CountResult | null;
  readonly linkText: string | null;
  readonly account: AccountResult | null;
  readonly platformText: string | null;
  readonly platform: PlatformResult | null;
  readonly brandText: string | null;
  readonly brand: BrandMatch | null;
  readonly statusText: string | null;
  readonly status: StatusResult | null;
  readonly addressText: string | null;
  readonly postDate: DateResult | null;
  /** Month from the row's own month column, else the table's context month (null: decided at table end). */
  readonly month: string | null;
  /** Identity of the account within a month: platform + handle from the link, else the normalised name. */
  readonly key: string | null;
  readonly nameKey: string | null;
  /** ISO dates from a `PR pack sent` and a `Deadline` column, when the listing has them. */
  readonly shipDate: string | null;
  readonly deadline: string | null;
  readonly contactPerson: string | null;
}

function countInput(v: CellValue | undefined): string | number | null {
  if (!v || isEmptyCell(v)) return null;
  return v.type === 'number' ? v.value : cellText(v);
}

export function readListingRow(raw: TableRow, table: TableInfo, ctx: ReadContext, brands: BrandBook): ListingRow {
  const has = (c: ColumnId) => table.columns.has(c);
  const followersCell = cellOf(raw, table, 'followers');
  const linkText = textOf(raw, table, 'link') || textOf(raw, table, 'handle');
  const account = linkText !== null && (has('link') || has('handle')) ? parseAccount(linkText) : null;
  const platformText = textOf(raw, table, 'platform');
  const platform = platformText !== null ? parsePlatform(platformText) : null;
  const brandText = textOf(raw, table, 'brand');
  const statusText = textOf(raw, table, 'prStatus');
  const year = table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear(ctx);
  const postCell = cellOf(raw, table, 'postDate');
  const postDate = has('postDate') ? parseDate(dateInput(postCell), { year }) : null;
  const monthText = textOf(raw, table, 'month');
  const monthCell = cellOf(raw, table, 'month');
  const rowMonth = monthCell?.type === 'date' ? monthCell.iso.slice(0, 7) : monthText ? monthFromLabel(monthText, year) : null;
  const name = textOf(raw, table, 'name') ?? '';
  const kol = name || linkText || '';
  const linkPlatform: Platform | null = platform?.ok ? platform.platform : null;
  const nameKey = name ? `name:${normalizeName(name)}` : null;
  const key = (account?.ok ? accountKey(account, linkPlatform) : null) ?? nameKey;
  return {
    table,
    rowNumber: raw.rowNumber,
    raw,
    kol,
    followersText: has('followers') ? cellText(followersCell).trim() : null,
    followers: has('followers') ? parseCount(countInput(followersCell)) : null,
    linkText,
    account,
    platformText,
    platform,
    brandText,
    brand: brandText !== null ? brands.match(brandText) : null,
    statusText,
    status: statusText !== null ? parseStatus(statusText, ctx.config.statuses) : null,
    addressText: textOf(raw, table, 'address'),
    postDate,
    month: rowMonth ?? table.contextMonth?.month ?? null,
    key,
    nameKey,
    shipDate: isoOf(cellOf(raw, table, 'shipDate'), year),
    deadline: isoOf(cellOf(raw, table, 'deadline'), year),
    contactPerson: textOf(raw, table, 'contactPerson') || null,
  };
}

/** Statuses that mean "the KOL said yes to the PR pack" and so need somewhere to ship it. */
export const AGREED_STATUSES: ReadonlySet<Status> = new Set<Status>(['agreed', 'shipped', 'done']);
