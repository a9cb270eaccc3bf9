import type { AffiliateBook, DealBlock, DealTally } from '../affiliate/book.js';
import type { Config } from '../config/schema.js';
import type { Finding, FindingCounts } from '../model/finding.js';
import { formatPlatform, type Platform } from '../parsers/platform.js';
import { daysBetween } from '../parsers/date.js';
import { DEFAULT_TIERS, tierOf, type Tier } from '../parsers/tier.js';
import type { ListingRef, PostingBook, PostingRecord } from '../posting/book.js';
import { AGREED_STATUSES } from '../rows/listing.js';

export interface LateKol { kol: string; postDate: string; deadline: string; daysLate: number }
export interface NotPostedKol { kol: string; deadline: string | null }

/** One brand's month, the §4 report JSON's `brands[]` entry (plus the acceptance rate). */
export interface BrandMetrics {
  brand: string;
  listed: number;
  target: number;
  targetMet: boolean;
  tiers: Record<Tier, number>;
  agreed: number;
  declined: number;
  unreachable: number;
  pending: number;
  /** agreed / listed, 0–1; null when nothing is listed. */
  acceptanceRate: number | null;
  posted: number;
  onTime: number;
  late: number;
  notPosted: number;
  lateKols: LateKol[];
  notPostedKols: NotPostedKol[];
}

/** The affiliate funnel of one platform × brand in the month. */
export interface AffiliateMetrics {
  platform: string;
  brand: string;
  /** Sum over the blocks that say it; null when every block says TBA or nothing. */
  contacted: number | null;
  dealsDeclared: number | null;
  dealRows: number;
  done: number;
  /** Done deals with every required deliverable shown (null when the sheet has no deliverable columns). */
  deliverablesComplete: number | null;
  bonusesDue: number;
}

/** One listed KOL of the month, for the report's KOLs and Postings sheets. */
export interface KolLine {
  kol: string;
  brand: string;
  platform: string | null;
  link: string | null;
  followers: number | null;
  tier: Tier | null;
  status: 'agreed' | 'declined' | 'unreachable' | 'pending';
  statusText: string;
  postDate: string | null;
  deadline: string | null;
  posting: 'on-time' | 'late' | 'not-posted' | null;
  daysLate: number | null;
  source: { file: string; sheet: string; row: number };
  /** Only with --include-contact: the address as written. Never filled otherwise. */
  address?: string | null;
}

export interface MonthlyReport {
  month: string;
  asOf: string;
  brands: BrandMetrics[];
  affiliate: AffiliateMetrics[];
  previousMonth: { month: string; brands: BrandMetrics[]; affiliate: AffiliateMetrics[] };
  /** Findings of this month's rows and of whole files (month unknown). */
  findings: FindingCounts;
  kols: KolLine[];
  findingList: Finding[];
  /** Tables no month was found for (table/month-unknown): left out of every figure above, and how many rows they hold. */
  undated: { tables: number; rows: number };
}

export interface ReportInput {
  month: string;
  asOf: string;
  config: Config;
  postings: PostingBook;
  affiliates: AffiliateBook;
  findings: readonly Finding[];
  includeContact: boolean;
  /**
   * How a file is named in the report (the CLI: relative to the working folder), applied
   * as the KOL lines and the finding list are made, so a forwarded report never shows the
   * sender's folders and 100,000 lines are not copied to rename their file.
   */
  showFile?: (file: string) => string;
}

export function previousMonthOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

type StatusGroup = KolLine['status'];
function statusGroup(ref: ListingRef): StatusGroup {
  if (ref.status && AGREED_STATUSES.has(ref.status)) return 'agreed';
  if (ref.status === 'declined') return 'declined';
  if (ref.status === 'unreachable') return 'unreachable';
  return 'pending';
}

const brandOf = (b: string | null) => b ?? '—';

/** What the run could not date: said in the report, instead of counted into the month asked for. */
function undatedTables(findings: readonly Finding[]): { tables: number; rows: number } {
  const undated = findings.filter((f) => f.rule === 'table/month-unknown');
  return { tables: undated.length, rows: undated.reduce((n, f) => n + (typeof f.args.rows === 'number' ? f.args.rows : 0), 0) };
}

/**
 * Every figure of the monthly report, computed once from one check run; every renderer
 * (JSON, xlsx, Markdown, HTML, terminal) reads this and nothing else.
 */
export function monthlyReport(input: ReportInput): MonthlyReport {
  const current = monthFigures(input, input.month);
  const prevMonth = previousMonthOf(input.month);
  const previous = monthFigures(input, prevMonth);
  const show = input.showFile;
  const findingList = input.findings
    .filter((f) => f.month === input.month || f.month === null)
    .map((f) => (show ? { ...f, file: show(f.file) } : f));
  const findings: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findingList) findings[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return {
    month: input.month,
    asOf: input.asOf,
    brands: current.brands,
    affiliate: current.affiliate,
    previousMonth: { month: prevMonth, brands: previous.brands, affiliate: previous.affiliate },
    findings,
    kols: current.kols,
    findingList,
    undated: undatedTables(input.findings),
  };
}

interface BookIndex { records: Map<ListingRef, PostingRecord>; rowsByMonth: Map<string | null, ListingRef[]> }

/**
 * A book's posting records keyed by their listing row and its listing rows by month, built
 * once per book: every month a report shows (this, the last, twelve of a range) reads them,
 * and each walk goes over every row read.
 */
const indexByBook = new WeakMap<PostingBook, BookIndex>();
function indexOf(postings: PostingBook): BookIndex {
  let index = indexByBook.get(postings);
  if (!index) {
    index = { records: new Map(), rowsByMonth: new Map() };
    for (const r of postings.join().records) if (r.listing) index.records.set(r.listing, r);
    for (const { ref, month } of postings.listingRows()) {
      let rows = index.rowsByMonth.get(month);
      if (!rows) index.rowsByMonth.set(month, (rows = []));
      rows.push(ref);
    }
    indexByBook.set(postings, index);
  }
  return index;
}

export interface MonthFigures { brands: BrandMetrics[]; affiliate: AffiliateMetrics[]; kols: KolLine[] }

/**
 * One month's figures from one check run: what the monthly report shows for its month and
 * the month before, and what `report range` shows for each month of its range — the same
 * computation, so the two reports cannot disagree.
 */
export function monthFigures(input: ReportInput, month: string): MonthFigures {
  const tiers = input.config.tiers ?? DEFAULT_TIERS;
  const { records, rowsByMonth } = indexOf(input.postings);

  // First row of each account per brand: blank rows and duplicates are not counted.
  const byBrand = new Map<string, Map<string, ListingRef>>();
  for (const ref of rowsByMonth.get(month) ?? []) {
    const brand = brandOf(ref.brand);
    let accounts = byBrand.get(brand);
    if (!accounts) byBrand.set(brand, (accounts = new Map()));
    const key = ref.key ?? `row:${ref.table.file}:${ref.table.sheet}:${ref.rowNumber}`;
    if (!accounts.has(key)) accounts.set(key, ref);
  }

  const brands: BrandMetrics[] = [];
  const kols: KolLine[] = [];
  for (const [brand, accounts] of [...byBrand].sort(([a], [b]) => a.localeCompare(b))) {
    const m: BrandMetrics = {
      brand, listed: accounts.size, target: input.config.listing.monthlyTarget, targetMet: false,
      tiers: { nano: 0, micro: 0, macro: 0, mega: 0 }, agreed: 0, declined: 0, unreachable: 0, pending: 0,
      acceptanceRate: null, posted: 0, onTime: 0, late: 0, notPosted: 0, lateKols: [], notPostedKols: [],
    };
    for (const ref of accounts.values()) {
      const tier = ref.followers === null ? null : tierOf(ref.followers, tiers);
      if (tier) m.tiers[tier]++;
      const group = statusGroup(ref);
      m[group]++;
      const rec = records.get(ref);
      let posting: KolLine['posting'] = null;
      let daysLate: number | null = null;
      if (group === 'agreed') {
        const deadline = rec?.deadline?.iso ?? null;
        if (rec?.posted) {
          m.posted++;
          if (deadline && rec.posted.iso > deadline) {
            daysLate = daysBetween(deadline, rec.posted.iso);
            m.late++;
            m.lateKols.push({ kol: ref.kol, postDate: rec.posted.iso, deadline, daysLate });
            posting = 'late';
          } else {
            m.onTime++;
            posting = 'on-time';
          }
        } else {
          m.notPosted++;
          m.notPostedKols.push({ kol: ref.kol, deadline });
          posting = 'not-posted';
          if (deadline && deadline < input.asOf) daysLate = daysBetween(deadline, input.asOf);
        }
      }
      kols.push({
        kol: ref.kol, brand, platform: ref.platform ? formatPlatform(ref.platform) : null, link: ref.link,
        followers: ref.followers, tier, status: group, statusText: ref.statusText,
        postDate: rec?.posted?.iso ?? ref.postDate, deadline: rec?.deadline?.iso ?? null, posting, daysLate,
        source: { file: input.showFile ? input.showFile(ref.table.file) : ref.table.file, sheet: ref.table.sheet, row: ref.rowNumber },
        ...(input.includeContact ? { address: ref.address } : {}),
      });
    }
    m.targetMet = m.listed >= m.target;
    m.acceptanceRate = m.listed > 0 ? m.agreed / m.listed : null;
    brands.push(m);
  }
  return { brands, affiliate: affiliateFigures(input, month), kols };
}

function affiliateFigures(input: ReportInput, month: string): AffiliateMetrics[] {
  interface Group { platform: Platform | null; brand: string; blocks: DealBlock[]; tallies: DealTally[] }
  const groups = new Map<string, Group>();
  const group = (platform: Platform | null, brand: string): Group => {
    const id = `${platform ?? ''}|${brand}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { platform, brand, blocks: [], tallies: [] }));
    return g;
  };
  for (const block of input.affiliates.blocks) {
    const tallies = [...block.tallies.values()];
    if (tallies.length === 0) {
      // A block with its meta rows but no deal yet still counts its contacts.
      if (block.table.month !== month) continue;
      group(block.table.platform as Platform | null, brandOf(block.table.brand)).blocks.push(block);
      continue;
    }
    for (const t of tallies) {
      if ((t.month ?? block.table.month) !== month) continue;
      const g = group(t.platform ?? (block.table.platform as Platform | null), brandOf(t.brand ?? block.table.brand));
      if (!g.blocks.includes(block)) g.blocks.push(block);
      g.tallies.push(t);
    }
  }
  const sum = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : null);
  const total = (g: Group, f: (t: DealTally) => number) => g.tallies.reduce((a, t) => a + f(t), 0);
  return [...groups.values()]
    .map((g) => ({
      platform: g.platform ? formatPlatform(g.platform) : '—',
      brand: g.brand,
      contacted: sum(g.blocks.map((b) => b.contacted)),
      dealsDeclared: sum(g.blocks.map((b) => b.dealsDeclared)),
      dealRows: total(g, (t) => t.rows),
      done: total(g, (t) => t.done),
      deliverablesComplete: g.tallies.some((t) => t.measurable) ? total(g, (t) => t.complete) : null,
      bonusesDue: total(g, (t) => t.bonusesDue),
    }))
    .sort((a, b) => a.platform.localeCompare(b.platform) || a.brand.localeCompare(b.brand));
}
