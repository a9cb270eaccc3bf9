/**
 * `kolops report range --from YYYY-MM --to YYYY-MM`: a year at a glance. For each brand and
 * each month of the range, the figures the monthly report shows for that month — listed
 * against the target, the acceptance rate, posting on time — and per platform × brand the
 * affiliate funnel, with the finding counts per month.
 *
 * Nothing is counted here: every month's figures are `monthFigures(input, month)`, the
 * computation `report monthly` makes for its month, so the two reports cannot disagree.
 * A month in which a brand (or a funnel) has no rows at all is kept, marked absent
 * (`listed: null`, `dealRows: null`): the files say nothing about that month, which is not
 * a month of 0 KOLs, and every renderer says "no rows", never 0.
 */
import { countFindings, type Finding, type FindingCounts } from '../model/finding.js';
import { monthFigures, type AffiliateMetrics, type BrandMetrics, type ReportInput } from './metrics.js';

/** Longest range a report covers: three years of months. */
export const MAX_RANGE_MONTHS = 36;

/** One brand's month, as the monthly report counts it, plus the on-time share of the agreed KOLs. */
export interface BrandMonthFigures {
  month: string;
  listed: number;
  target: number;
  targetMet: boolean;
  /** agreed / listed, 0–1. */
  acceptanceRate: number | null;
  agreed: number;
  posted: number;
  onTime: number;
  late: number;
  notPosted: number;
  /** onTime / agreed, 0–1; null when nobody agreed. */
  onTimeRate: number | null;
}

/** A month in which the brand has no listing rows: nothing is known, so nothing is a number. */
export interface AbsentBrandMonth {
  month: string;
  listed: null;
  target: null;
  targetMet: null;
  acceptanceRate: null;
  agreed: null;
  posted: null;
  onTime: null;
  late: null;
  notPosted: null;
  onTimeRate: null;
}

export type BrandMonth = BrandMonthFigures | AbsentBrandMonth;

export interface FunnelMonthFigures {
  month: string;
  /** null: the block says TBA or nothing ("not stated"). */
  contacted: number | null;
  dealsDeclared: number | null;
  dealRows: number;
  done: number;
}

/** A month with no deal block or deal row of this platform × brand. */
export interface AbsentFunnelMonth {
  month: string;
  contacted: null;
  dealsDeclared: null;
  dealRows: null;
  done: null;
}

export type FunnelMonth = FunnelMonthFigures | AbsentFunnelMonth;

export interface RangeBrand { brand: string; months: BrandMonth[] }
export interface RangeFunnel { platform: string; brand: string; months: FunnelMonth[] }

export interface RangeReport {
  from: string;
  to: string;
  asOf: string;
  /** Every month from `from` to `to`, both included. */
  months: string[];
  /** The config's monthly listing target (the same in every month). */
  target: number;
  brands: RangeBrand[];
  affiliate: RangeFunnel[];
  findings: {
    /** Findings dated to each month of the range. */
    months: (FindingCounts & { month: string })[];
    /** Findings of whole files and of undated tables (month unknown): the monthly report adds them to every month. */
    withoutMonth: FindingCounts;
  };
  /** Tables no month was found for (table/month-unknown): left out of every figure above. */
  undated: { tables: number; rows: number };
}

export type RangeProblem = 'reversed' | 'too-long';

/** `2024-07`..`2024-10` → the four months; a range backwards or longer than MAX_RANGE_MONTHS is refused. */
export function rangeMonths(from: string, to: string): { ok: true; months: string[] } | { ok: false; problem: RangeProblem; months: number } {
  const index = (m: string) => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return y * 12 + (mm - 1);
  };
  const count = index(to) - index(from) + 1;
  if (count < 1) return { ok: false, problem: 'reversed', months: count };
  if (count > MAX_RANGE_MONTHS) return { ok: false, problem: 'too-long', months: count };
  const start = index(from);
  const months = Array.from({ length: count }, (_, i) => `${Math.floor((start + i) / 12)}-${String(((start + i) % 12) + 1).padStart(2, '0')}`);
  return { ok: true, months };
}

function brandMonth(month: string, b: BrandMetrics | undefined): BrandMonth {
  if (!b) {
    return {
      month, listed: null, target: null, targetMet: null, acceptanceRate: null, agreed: null,
      posted: null, onTime: null, late: null, notPosted: null, onTimeRate: null,
    };
  }
  return {
    month, listed: b.listed, target: b.target, targetMet: b.targetMet, acceptanceRate: b.acceptanceRate, agreed: b.agreed,
    posted: b.posted, onTime: b.onTime, late: b.late, notPosted: b.notPosted,
    onTimeRate: b.agreed > 0 ? b.onTime / b.agreed : null,
  };
}

function funnelMonth(month: string, a: AffiliateMetrics | undefined): FunnelMonth {
  if (!a) return { month, contacted: null, dealsDeclared: null, dealRows: null, done: null };
  return { month, contacted: a.contacted, dealsDeclared: a.dealsDeclared, dealRows: a.dealRows, done: a.done };
}

/**
 * The range's figures from one check run: `monthFigures` of each month in turn (which
 * indexes the run's rows once, however many months ask). `from` and `to` must make a
 * valid range (`rangeMonths`).
 */
export function rangeReport(input: Omit<ReportInput, 'month' | 'includeContact'>, from: string, to: string): RangeReport {
  const range = rangeMonths(from, to);
  if (!range.ok) throw new Error(`report range: ${from}..${to} is ${range.problem}`);
  const { months } = range;
  // No KOL list leaves this module, so no contact data is ever asked for.
  const perMonth = months.map((month) => monthFigures({ ...input, month, includeContact: false }, month));

  const brandNames = [...new Set(perMonth.flatMap((m) => m.brands.map((b) => b.brand)))].sort((a, b) => a.localeCompare(b));
  const brands: RangeBrand[] = brandNames.map((brand) => ({
    brand,
    months: months.map((month, i) => brandMonth(month, perMonth[i]!.brands.find((b) => b.brand === brand))),
  }));

  const key = (a: { platform: string; brand: string }) => `${a.platform}\u0000${a.brand}`;
  const funnels = new Map<string, { platform: string; brand: string }>();
  for (const m of perMonth) for (const a of m.affiliate) if (!funnels.has(key(a))) funnels.set(key(a), { platform: a.platform, brand: a.brand });
  const affiliate: RangeFunnel[] = [...funnels.values()]
    .sort((a, b) => a.platform.localeCompare(b.platform) || a.brand.localeCompare(b.brand))
    .map((f) => ({
      ...f,
      months: months.map((month, i) => funnelMonth(month, perMonth[i]!.affiliate.find((a) => key(a) === key(f)))),
    }));

  const inRange = new Set(months);
  const byMonth = new Map<string, Finding[]>(months.map((m) => [m, []]));
  for (const f of input.findings) if (f.month !== null && inRange.has(f.month)) byMonth.get(f.month)!.push(f);
  const undatedTables = input.findings.filter((f) => f.rule === 'table/month-unknown');

  return {
    from, to, asOf: input.asOf, months, target: input.config.listing.monthlyTarget,
    brands, affiliate,
    findings: {
      months: months.map((month) => ({ month, ...countFindings(byMonth.get(month)!) })),
      withoutMonth: countFindings(input.findings.filter((f) => f.month === null)),
    },
    undated: {
      tables: undatedTables.length,
      rows: undatedTables.reduce((n, f) => n + (typeof f.args.rows === 'number' ? f.args.rows : 0), 0),
    },
  };
}
