import { cellText, isEmptyCell, type CellValue } from '../model/cell.js';
import type { ColumnId, TableInfo, TableRow } from '../model/table.js';
import { parseAccount, parsePlatform, type AccountResult, type Platform } from '../parsers/account.js';
import { parseCount } from '../parsers/count.js';
import { monthLabelReader } from '../parsers/month.js';
import { parseStatus } from '../parsers/status.js';
import type { BrandBook } from './brands.js';
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
  // Plain digits, as exports write them, are most of these columns: read without a parser call.
  if (v.type === 'string' && isPlainDigits(v.text)) return Number(v.text);
  const written = parseCount(cellText(v)); // plain digits, as exports write them, need no stripping
  if (written.ok) return written.value;
  const text = cellText(v).replace(/^\s*(rp\.?|idr)\s*/i, '').replace(/,-$/, '').trim();
  const c = parseCount(text);
  return c.ok ? c.value : null;
}

/** 1 to 15 ASCII digits and nothing else: what `parseCount` reads as `Number(text)` at once. */
function isPlainDigits(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/;

function percent(v: CellValue | undefined): number | null {
  if (!v || isEmptyCell(v)) return null;
  // A percent-formatted cell stores 10% as 0.1; nobody pays a 0.1% commission.
  if (v.type === 'number') return v.value > 0 && v.value < 1 ? Math.round(v.value * 10000) / 100 : v.value;
  if (v.type === 'string' && isPlainDigits(v.text)) return Number(v.text);
  const m = PERCENT.exec(cellText(v));
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

function identity(account: AccountResult | null, name: string): string | null {
  if (account?.ok && account.handle) return `account:${account.handle}`;
  const handle = name.trim().replace(/^@/, '').toLowerCase();
  return /^[a-z0-9._]+$/.test(handle) ? `account:${handle}` : handle ? `name:${handle.replace(/\s+/g, ' ')}` : null;
}

/**
 * Where each column of a deal table is, and the month reader for its year: worked out
 * once per table instead of asked of the column map ten times a row (issue 17). Keyed by
 * the column map, which the splitter replaces when it settles a swapped column.
 */
interface AffiliatePlan {
  readonly columns: ReadonlyMap<ColumnId, number>;
  readonly account: number;
  readonly link: number;
  readonly platform: number;
  readonly brand: number;
  readonly month: number;
  readonly status: number;
  readonly proof: number;
  readonly videos: number;
  readonly lives: number;
  readonly commission: number;
  readonly sales: number;
  readonly target: number;
  readonly monthOf: (text: string) => string | null;
}

const plans = new WeakMap<TableInfo, AffiliatePlan>();

function planOf(table: TableInfo, ctx: ReadContext): AffiliatePlan {
  const known = plans.get(table);
  if (known && known.columns === table.columns) return known;
  const at = (c: ColumnId) => table.columns.get(c) ?? -1;
  const year = table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear(ctx);
  const plan: AffiliatePlan = {
    columns: table.columns, account: at('account'), link: at('link'), platform: at('platform'), brand: at('brand'),
    month: at('month'), status: at('status'), proof: at('proof'), videos: at('videos'), lives: at('lives'),
    commission: at('commission'), sales: at('sales'), target: at('target'), monthOf: monthLabelReader(year),
  };
  plans.set(table, plan);
  return plan;
}

/** `textOf` by column index: the cell's text trimmed (a hyperlink's address); null for a column the table lacks. */
function textAt(raw: TableRow, i: number): string | null {
  if (i < 0) return null;
  const v = raw.values[i];
  if (v === undefined) return '';
  if (v.type === 'string') return v.text.trim();
  if (v.type === 'hyperlink') return (v.url || v.text).trim();
  return cellText(v).trim();
}

/** The cell of a column the table has, else undefined (`cellOf`). */
const cellAt = (raw: TableRow, i: number): CellValue | undefined => (i < 0 ? undefined : raw.values[i]);

/** A proof cell that is one link and nothing else: `https://…` without any space holds exactly one. */
function isOneLink(text: string): boolean {
  const n = text.length;
  // Lower-case schemes only; any other spelling is counted by the pattern.
  const scheme = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : 0;
  if (scheme === 0 || n <= scheme) return false;
  for (let i = scheme; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

const PROOF_LINK = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|co\.id|id|ly|ee)\/\S*/gi;

function proofLinksIn(text: string): number {
  if (isOneLink(text)) return 1;
  return (text.match(PROOF_LINK) ?? []).length;
}

export function readAffiliateRow(raw: TableRow, table: TableInfo, ctx: ReadContext, brands: BrandBook): AffiliateRow {
  const plan = planOf(table, ctx);
  const accountName = textAt(raw, plan.account) ?? '';
  const linkText = textAt(raw, plan.link);
  const account = linkText ? parseAccount(linkText) : accountName ? parseAccount(accountName) : null;
  const platformText = textAt(raw, plan.platform);
  const rowPlatform = platformText ? parsePlatform(platformText) : null;
  const brandText = textAt(raw, plan.brand);
  const brandMatch = brandText ? brands.match(brandText) : null;
  const monthCell = cellAt(raw, plan.month);
  const monthText = textAt(raw, plan.month);
  const statusText = textAt(raw, plan.status);
  const proofText = textAt(raw, plan.proof);
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
    month: (monthCell?.type === 'date' ? monthCell.iso.slice(0, 7) : monthText ? plan.monthOf(monthText) : null) ?? table.contextMonth?.month ?? null,
    statusText,
    status: statusText !== null ? parseStatus(statusText, ctx.config.statuses) : null,
    videos: amount(cellAt(raw, plan.videos)),
    lives: amount(cellAt(raw, plan.lives)),
    proofText: proofText || null,
    proofLinks: proofText ? proofLinksIn(proofText) : 0,
    commission: percent(cellAt(raw, plan.commission)),
    sales: amount(cellAt(raw, plan.sales)),
    target: amount(cellAt(raw, plan.target)),
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
