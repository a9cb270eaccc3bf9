import { cellText, isEmptyCell, type CellValue } from '../model/cell.js';
import type { TableInfo, TableRow } from '../model/table.js';
import { parseAccount, parsePlatform, type AccountResult, type Platform } from '../parsers/account.js';
import { parseCount } from '../parsers/count.js';
import { monthFromLabel } from '../parsers/month.js';
import { parseStatus } from '../parsers/status.js';
import type { BrandBook } from './brands.js';
import { cellOf, textOf } from './cells.js';
import { defaultYear, type ReadContext } from './context.js';
import type { StatusResult } from './listing.js';

/**
 * A meta row of a deal block: `Yang sudah di contact: 46 (Abel Cantika)` (contacted 46,
 * by Abel Cantika) or `Yang sudah deal: 10 (Agustus)` (10 deals declared). `TBA` or `-`
 * is an unknown count (null), never zero.
 */
export interface AffiliateMeta {
  readonly kind: 'contacted' | 'deals';
  readonly count: number | null;
  /** The words in brackets: who contacted them, or the month the deals are for. */
  readonly note: string | null;
  readonly text: string;
}

const CONTACTED = /\b(?:(?:yang\s+)?sudah\s+(?:di\s*-?\s*)?(?:contact|kontak|hubungi)|dihubungi|di\s*-?\s*contact|contacted|approached)\b/i;
const DEALS = /\b(?:(?:yang\s+)?sudah\s+deal|jumlah\s+deal|total\s+deals?|deals?\s+(?:declared|closed)|deals?)\b/i;

export function readAffiliateMeta(text: string): AffiliateMeta | null {
  const t = text.trim();
  if (!t || t.length > 120) return null;
  const kind = CONTACTED.test(t) ? 'contacted' : DEALS.test(t) && /[:：]/.test(t) ? 'deals' : null;
  if (!kind) return null;
  const after = t.slice(t.search(/[:：]/) + 1).trim();
  const note = /\(([^)]*)\)/.exec(after)?.[1]?.trim() || null;
  const value = after.replace(/\([^)]*\)/g, '').trim();
  const n = /^\d[\d.,]*/.exec(value);
  const parsed = n ? parseCount(n[0]) : null;
  return { kind, count: parsed?.ok ? parsed.value : null, note, text: t };
}

/** A shop or social platform named in a block title (`SHOPEE HERBANA YANG DEAL AGUSTUS`, `TIKTOK SHOP …`). */
export function platformIn(text: string): Platform | null {
  const t = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  if (t.includes(' tiktok ')) return 'tiktok';
  if (t.includes(' shopee ')) return 'shopee';
  if (t.includes(' tokopedia ') || t.includes(' tokped ')) return 'tokopedia';
  if (t.includes(' lazada ')) return 'lazada';
  if (t.includes(' instagram ')) return 'instagram';
  return null;
}

/** One affiliate deal row, every value read once. A field is null when the table has no such column. */
export interface AffiliateRow {
  readonly table: TableInfo;
  readonly rowNumber: number;
  readonly raw: TableRow;
  readonly accountName: string;
  readonly linkText: string | null;
  readonly account: AccountResult | null;
  /** One account however written: `@Herbana99`, `herbana99` and `tiktok.com/@herbana99/` are one key. */
  readonly key: string | null;
  readonly linkPlatform: Platform | null;
  /** The row's Platform cell, else the block title's platform. */
  readonly platform: Platform | null;
  readonly platformText: string | null;
  readonly brand: string | null;
  readonly month: string | null;
  readonly statusText: string | null;
  readonly status: StatusResult | null;
  readonly videos: number | null;
  readonly lives: number | null;
  /** The proof cell's text and how many links it holds (video links, screenshot links). */
  readonly proofText: string | null;
  readonly proofLinks: number;
  /** Commission in percent: `10%`, `10`, or a percent-formatted cell holding 0.1. */
  readonly commission: number | null;
  readonly sales: number | null;
  readonly target: number | null;
}

function amount(v: CellValue | undefined): number | null {
  if (!v || isEmptyCell(v)) return null;
  if (v.type === 'number') return v.value;
  const written = parseCount(cellText(v)); // plain digits, as exports write them, need no stripping
  if (written.ok) return written.value;
  const text = cellText(v).replace(/^\s*(rp\.?|idr)\s*/i, '').replace(/,-$/, '').trim();
  const c = parseCount(text);
  return c.ok ? c.value : null;
}

function percent(v: CellValue | undefined): number | null {
  if (!v || isEmptyCell(v)) return null;
  // A percent-formatted cell stores 10% as 0.1; nobody pays a 0.1% commission.
  if (v.type === 'number') return v.value > 0 && v.value < 1 ? Math.round(v.value * 10000) / 100 : v.value;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(cellText(v));
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

function identity(account: AccountResult | null, name: string): string | null {
  if (account?.ok && account.handle) return `account:${account.handle}`;
  const handle = name.trim().replace(/^@/, '').toLowerCase();
  return /^[a-z0-9._]+$/.test(handle) ? `account:${handle}` : handle ? `name:${handle.replace(/\s+/g, ' ')}` : null;
}

export function readAffiliateRow(raw: TableRow, table: TableInfo, ctx: ReadContext, brands: BrandBook): AffiliateRow {
  const year = table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear(ctx);
  const accountName = textOf(raw, table, 'account') ?? '';
  const linkText = textOf(raw, table, 'link');
  const account = linkText ? parseAccount(linkText) : accountName ? parseAccount(accountName) : null;
  const platformText = textOf(raw, table, 'platform');
  const rowPlatform = platformText ? parsePlatform(platformText) : null;
  const brandText = textOf(raw, table, 'brand');
  const brandMatch = brandText ? brands.match(brandText) : null;
  const monthCell = cellOf(raw, table, 'month');
  const monthText = textOf(raw, table, 'month');
  const statusText = textOf(raw, table, 'status');
  const proofText = textOf(raw, table, 'proof');
  return {
    table,
    rowNumber: raw.rowNumber,
    raw,
    accountName,
    linkText: linkText || null,
    account,
    key: identity(account?.ok ? account : null, accountName),
    linkPlatform: linkText && account?.ok ? account.platform : null,
    platform: (rowPlatform?.ok ? rowPlatform.platform : null) ?? table.platform as Platform | null,
    platformText,
    brand: (brandMatch?.ok ? brandMatch.brand : brandText || null) ?? table.brand,
    month: (monthCell?.type === 'date' ? monthCell.iso.slice(0, 7) : monthText ? monthFromLabel(monthText, year) : null) ?? table.contextMonth?.month ?? null,
    statusText,
    status: statusText !== null ? parseStatus(statusText, ctx.config.statuses) : null,
    videos: amount(cellOf(raw, table, 'videos')),
    lives: amount(cellOf(raw, table, 'lives')),
    proofText: proofText || null,
    proofLinks: proofText ? (proofText.match(/(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|co\.id|id|ly|ee)\/\S*/gi) ?? []).length : 0,
    commission: percent(cellOf(raw, table, 'commission')),
    sales: amount(cellOf(raw, table, 'sales')),
    target: amount(cellOf(raw, table, 'target')),
  };
}

/**
 * A row that counts as a listed deal, against the declared count and the contacts: it
 * names an account or a link and is not declined or unreachable.
 */
export function isListedDeal(row: AffiliateRow): boolean {
  if (!row.key && !row.linkText) return false;
  const s = row.status?.ok ? row.status.status : null;
  return s !== 'declined' && s !== 'unreachable';
}

/** A data row of a deal block that is really a meta row (`Yang sudah deal: 10`): the text of its only cell. */
export function metaOfRow(raw: TableRow): AffiliateMeta | null {
  let only: string | null = null;
  for (const v of raw.values) {
    const text = cellText(v);
    if (text.trim() === '') continue;
    if (only !== null) return null; // a deal row: two cells or more
    only = text;
  }
  return only === null ? null : readAffiliateMeta(only);
}
