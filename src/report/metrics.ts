import type { AffiliateBook, DealBlock, DealTally } from '../affiliate/book.js';
import type { CalendarBook, CalendarPost } from '../calendar/book.js';
import { platformSettings } from '../calendar/settings.js';
import type { Config } from '../config/schema.js';
import type { Finding, FindingCounts } from '../model/finding.js';
import { calendarPlatformLabel, formatPlatform, type Platform } from '../parsers/platform.js';
import { daysBetween } from '../parsers/date.js';
import { DEFAULT_TIERS, tierOf, type Tier } from '../parsers/tier.js';
import type { ListingRef, PostingBook } from '../posting/book.js';
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
  /** Where the row is: the file as the report shows it, the sheet, the row (flat: an object a line was 48 bytes more). */
  file: string;
  sheet: string;
  row: number;
  /** Only with --include-contact: the address as written. Never filled otherwise. */
  address?: string | null;
}

/**
 * One platform × brand of a month's content calendar (issue 16), every figure over the
 * posts whose row is of that month (`CalendarPost.month`):
 * - `planned`: posts not cancelled, whatever their status (blank and unknown ones too);
 *   `cancelled` counted apart.
 * - `published`: status published.
 * - `due`: planned posts dated on or before the report's as-of date; `onSchedule`: of
 *   those, the published; `overdue`: the rest. Both null when no post's date has come
 *   (nothing can be late yet), never 0. An undated post is never due.
 * - `goingOut`: status scheduled or published; `approvedBeforePublishing`: of those, the
 *   ones with an approval recorded on or before their date — an approval date on or
 *   before the publishing date, or (no approval date) an approver named, which counts as
 *   approved; an approval date after the post's date does not. Null when nothing goes out.
 * - `engagementRate`: (likes + comments + shares + saves) / reach over the published
 *   posts that state reach and at least one of the four (an unstated one of the four
 *   counts 0); when no such post states reach, over impressions instead
 *   (`engagementBasis`), never a mix of the two. Summed before dividing, so a post with a
 *   tiny reach cannot swing the month. A 0–1 fraction, as `acceptanceRate`; null when no
 *   published post states metrics. `engagementPosts`: how many posts it is over.
 * - `engagementTarget`: the platform's KPI, config `calendar.platforms.<p>.engagementTarget`
 *   (a percent) as a 0–1 fraction; null when none is set or the platform is not one kolops
 *   knows. `engagementTargetMet`: rate ≥ target; null when either is null.
 */
export interface CalendarFigures {
  /** The row's brand, else its table's; `—` when neither says. */
  brand: string;
  /** The platform's name (`Instagram`, `TikTok`), the cell as written when it names no platform kolops knows, `—` when blank. */
  platform: string;
  planned: number;
  cancelled: number;
  published: number;
  due: number;
  onSchedule: number | null;
  overdue: number | null;
  goingOut: number;
  approvedBeforePublishing: number | null;
  engagementRate: number | null;
  engagementBasis: 'reach' | 'impressions' | null;
  engagementPosts: number;
  engagementTarget: number | null;
  engagementTargetMet: boolean | null;
}

/** A platform × brand of this month's calendar, and the same platform × brand last month (null: none). */
export interface CalendarMetrics extends CalendarFigures {
  previous: CalendarFigures | null;
}

export interface MonthlyReport {
  month: string;
  asOf: string;
  brands: BrandMetrics[];
  affiliate: AffiliateMetrics[];
  /** The content calendar, per brand and platform; empty when the month has no calendar post at all (no section, never zeros). */
  calendar: CalendarMetrics[];
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
  /** The run's content-calendar posts; absent: the report has no calendar section. */
  calendars?: CalendarBook;
  findings: readonly Finding[];
  includeContact: boolean;
  /**
   * How a file is named in the report's KOL lines (the CLI: relative to the working
   * folder), applied as the lines are made, so a forwarded report never shows the sender's
   * folders and 100,000 lines are not copied to rename their file. `findings` come named
   * already: the CLI relabels its run's findings in place.
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
  // The check's own findings, not copies: the CLI names their files as the output shows
  // them before the report is made, as `kolops check` does (issue 17: a copy a finding was
  // ~750 bytes over the 16,600 of a 100,000-row month).
  const findingList = input.findings.filter((f) => f.month === input.month || f.month === null);
  const findings: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findingList) findings[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return {
    month: input.month,
    asOf: input.asOf,
    brands: current.brands,
    affiliate: current.affiliate,
    calendar: current.calendar.map((c) => ({
      ...c, previous: previous.calendar.find((p) => p.platform === c.platform && p.brand === c.brand) ?? null,
    })),
    previousMonth: { month: prevMonth, brands: previous.brands, affiliate: previous.affiliate },
    findings,
    kols: current.kols,
    findingList,
    undated: undatedTables(input.findings),
  };
}

/**
 * A book's listing rows by month and, per row (by its place in the book), the deadline
 * and post date its posting record says; undefined for a row with no record. Built once
 * per book: every month a report shows (this, the last, twelve of a range) reads them,
 * and each walk goes over every row read. Rows are numbers here, not their objects: a
 * listing of 100,000 rows in one month held every row's object and a map entry for each
 * beside the report's own lines (issue 17: the report's peak was 1.66x the check's).
 */
interface BookIndex {
  rowsByMonth: Map<string | null, number[]>;
  deadline: (string | null | undefined)[];
  posted: (string | null | undefined)[];
}

const indexByBook = new WeakMap<PostingBook, BookIndex>();
function indexOf(postings: PostingBook): BookIndex {
  let index = indexByBook.get(postings);
  if (!index) {
    index = { rowsByMonth: new Map(), deadline: [], posted: [] };
    for (let i = 0; i < postings.listingSize; i++) {
      const month = postings.listingMonth(i);
      let rows = index.rowsByMonth.get(month);
      if (!rows) index.rowsByMonth.set(month, (rows = []));
      rows.push(i);
    }
    for (const r of postings.join().records) {
      if (r.listingIndex === null) continue;
      index.deadline[r.listingIndex] = r.deadline?.iso ?? null;
      index.posted[r.listingIndex] = r.posted?.iso ?? null;
    }
    indexByBook.set(postings, index);
  }
  return index;
}

export interface MonthFigures { brands: BrandMetrics[]; affiliate: AffiliateMetrics[]; calendar: CalendarFigures[]; kols: KolLine[] }

/**
 * One month's figures from one check run: what the monthly report shows for its month and
 * the month before, and what `report range` shows for each month of its range — the same
 * computation, so the two reports cannot disagree.
 */
export function monthFigures(input: ReportInput, month: string): MonthFigures {
  const tiers = input.config.tiers ?? DEFAULT_TIERS;
  const { rowsByMonth, deadline: deadlines, posted: posts } = indexOf(input.postings);

  // First row of each account per brand: blank rows and duplicates are not counted.
  const byBrand = new Map<string, Map<string, number>>();
  for (const i of rowsByMonth.get(month) ?? []) {
    const brand = brandOf(input.postings.listingFacts(i).brand);
    let accounts = byBrand.get(brand);
    if (!accounts) byBrand.set(brand, (accounts = new Map()));
    // A row without an account is its own: its place in the book is unique.
    const key = input.postings.listingKey(i) ?? `row:${i}`;
    if (!accounts.has(key)) accounts.set(key, i);
  }

  const brands: BrandMetrics[] = [];
  const kols: KolLine[] = [];
  for (const [brand, accounts] of [...byBrand].sort(([a], [b]) => a.localeCompare(b))) {
    const m: BrandMetrics = {
      brand, listed: accounts.size, target: input.config.listing.monthlyTarget, targetMet: false,
      tiers: { nano: 0, micro: 0, macro: 0, mega: 0 }, agreed: 0, declined: 0, unreachable: 0, pending: 0,
      acceptanceRate: null, posted: 0, onTime: 0, late: 0, notPosted: 0, lateKols: [], notPostedKols: [],
    };
    for (const i of accounts.values()) {
      const ref = input.postings.listingRow(i);
      const tier = ref.followers === null ? null : tierOf(ref.followers, tiers);
      if (tier) m.tiers[tier]++;
      const group = statusGroup(ref);
      m[group]++;
      const deadline = deadlines[i] ?? null;
      const postedOn = posts[i] ?? null;
      let posting: KolLine['posting'] = null;
      let daysLate: number | null = null;
      if (group === 'agreed') {
        if (postedOn) {
          m.posted++;
          if (deadline && postedOn > deadline) {
            daysLate = daysBetween(deadline, postedOn);
            m.late++;
            m.lateKols.push({ kol: ref.kol, postDate: postedOn, deadline, daysLate });
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
      const line: KolLine = {
        kol: ref.kol, brand, platform: ref.platform ? formatPlatform(ref.platform) : null, link: ref.link,
        followers: ref.followers, tier, status: group, statusText: ref.statusText,
        postDate: postedOn ?? ref.postDate, deadline, posting, daysLate,
        file: input.showFile ? input.showFile(ref.table.file) : ref.table.file, sheet: ref.table.sheet, row: ref.rowNumber,
      };
      // Set after, not spread in: a spread of `{}` into each of 100,000 lines was a copy per line.
      if (input.includeContact) line.address = ref.address;
      kols.push(line);
    }
    m.targetMet = m.listed >= m.target;
    m.acceptanceRate = m.listed > 0 ? m.agreed / m.listed : null;
    brands.push(m);
  }
  return { brands, affiliate: affiliateFigures(input, month), calendar: calendarFigures(input, month), kols };
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

/** A post's platform as the report names it: the platform, else the cell as written, else `—`. */
function platformShown(p: CalendarPost): string {
  if (p.platform) return calendarPlatformLabel(p.platform);
  const text = p.platformText?.trim();
  return text ? text : '—';
}

/** Approved on or before its date: an approval date not after the post's date, else (no readable approval date) an approver named. */
function approvedInTime(p: CalendarPost): boolean {
  if (p.approvalDate !== null) return p.date === null || p.approvalDate <= p.date;
  // `approved` without an approval date: an approver is named (a post going out is not status "approved").
  return p.approved;
}

/** Likes + comments + shares + saves, or null when the post states none of them. */
function interactionsOf(p: CalendarPost): number | null {
  const { likes, comments, shares, saves } = p.metrics;
  const stated = [likes, comments, shares, saves].filter((n): n is number => n !== null);
  return stated.length ? stated.reduce((a, n) => a + n, 0) : null;
}

/** The engagement of a group's published posts: over reach when any states it, else over impressions (CalendarFigures). */
function engagementOf(posts: readonly CalendarPost[]): Pick<CalendarFigures, 'engagementRate' | 'engagementBasis' | 'engagementPosts'> {
  const measured = posts.filter((p) => p.status === 'published' && interactionsOf(p) !== null);
  for (const basis of ['reach', 'impressions'] as const) {
    const counted = measured.filter((p) => (p.metrics[basis] ?? 0) > 0);
    if (counted.length === 0) continue;
    const interactions = counted.reduce((a, p) => a + interactionsOf(p)!, 0);
    const denominator = counted.reduce((a, p) => a + p.metrics[basis]!, 0);
    return { engagementRate: interactions / denominator, engagementBasis: basis, engagementPosts: counted.length };
  }
  return { engagementRate: null, engagementBasis: null, engagementPosts: 0 };
}

/** The content calendar of `month`, per brand and platform (CalendarFigures says what each figure counts). */
function calendarFigures(input: ReportInput, month: string): CalendarFigures[] {
  const groups = new Map<string, { brand: string; platform: string; posts: CalendarPost[] }>();
  for (const post of input.calendars?.inMonth(month) ?? []) {
    const brand = brandOf(post.brand);
    const platform = platformShown(post);
    const id = `${brand}\u0000${platform}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { brand, platform, posts: [] }));
    g.posts.push(post);
  }
  const out: CalendarFigures[] = [];
  for (const { brand, platform, posts } of groups.values()) {
    const planned = posts.filter((p) => p.status !== 'cancelled');
    const due = planned.filter((p) => p.date !== null && p.date <= input.asOf);
    const onSchedule = due.filter((p) => p.status === 'published').length;
    const goingOut = posts.filter((p) => p.status === 'scheduled' || p.status === 'published');
    const known = posts.find((p) => p.platform !== null)?.platform ?? null;
    const targetPercent = known ? platformSettings(input.config, known).engagementTarget : null;
    const engagement = engagementOf(posts);
    const engagementTarget = targetPercent === null ? null : targetPercent / 100;
    out.push({
      brand, platform,
      planned: planned.length,
      cancelled: posts.length - planned.length,
      published: posts.filter((p) => p.status === 'published').length,
      due: due.length,
      onSchedule: due.length ? onSchedule : null,
      overdue: due.length ? due.length - onSchedule : null,
      goingOut: goingOut.length,
      approvedBeforePublishing: goingOut.length ? goingOut.filter(approvedInTime).length : null,
      ...engagement,
      engagementTarget,
      // A hair of tolerance: 3% of 1,000 reach is 30 interactions, and 30 / 1000 must meet 0.03.
      engagementTargetMet: engagement.engagementRate === null || engagementTarget === null ? null : engagement.engagementRate >= engagementTarget - 1e-12,
    });
  }
  return out.sort((a, b) => a.brand.localeCompare(b.brand) || a.platform.localeCompare(b.platform));
}
