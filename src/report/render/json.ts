/**
 * `kolops report monthly --format json`: the PRODUCT.md §4 report JSON. Every object is
 * rebuilt key by key, so the contract's keys come first and in its order whatever
 * `MonthlyReport` grows, extras (`acceptanceRate`, `deliverablesComplete`, `bonusesDue`,
 * `asOf`, the content calendar's `calendar`) come after them, and nothing personal slips in: the KOL list (with addresses)
 * appears only with `--include-contact`.
 */
import type { AffiliateMetrics, BrandMetrics, CalendarFigures, CalendarMetrics, KolLine, MonthlyReport } from '../metrics.js';

export interface JsonContext {
  includeContact: boolean;
}

function brandJson(b: BrandMetrics) {
  return {
    brand: b.brand,
    listed: b.listed,
    target: b.target,
    targetMet: b.targetMet,
    tiers: { nano: b.tiers.nano, micro: b.tiers.micro, macro: b.tiers.macro, mega: b.tiers.mega },
    agreed: b.agreed,
    declined: b.declined,
    unreachable: b.unreachable,
    pending: b.pending,
    posted: b.posted,
    onTime: b.onTime,
    late: b.late,
    notPosted: b.notPosted,
    lateKols: b.lateKols.map((k) => ({ kol: k.kol, postDate: k.postDate, deadline: k.deadline, daysLate: k.daysLate })),
    notPostedKols: b.notPostedKols.map((k) => ({ kol: k.kol, deadline: k.deadline })),
    acceptanceRate: b.acceptanceRate,
  };
}

function affiliateJson(a: AffiliateMetrics) {
  return {
    platform: a.platform,
    brand: a.brand,
    contacted: a.contacted,
    dealsDeclared: a.dealsDeclared,
    dealRows: a.dealRows,
    done: a.done,
    deliverablesComplete: a.deliverablesComplete,
    bonusesDue: a.bonusesDue,
  };
}

/** One platform × brand of the content calendar, one month (metrics.ts CalendarFigures defines each figure). */
function calendarFiguresJson(c: CalendarFigures) {
  return {
    brand: c.brand,
    platform: c.platform,
    planned: c.planned,
    cancelled: c.cancelled,
    published: c.published,
    due: c.due,
    onSchedule: c.onSchedule,
    overdue: c.overdue,
    goingOut: c.goingOut,
    approvedBeforePublishing: c.approvedBeforePublishing,
    engagementRate: c.engagementRate,
    engagementBasis: c.engagementBasis,
    engagementPosts: c.engagementPosts,
    engagementTarget: c.engagementTarget,
    engagementTargetMet: c.engagementTargetMet,
  };
}

/** This month's figures, and the same platform × brand last month (`previous`, null when it had none). */
function calendarJson(c: CalendarMetrics) {
  return { ...calendarFiguresJson(c), previous: c.previous ? calendarFiguresJson(c.previous) : null };
}

/** One listed KOL, only ever written with --include-contact. */
function kolJson(k: KolLine) {
  return {
    kol: k.kol,
    brand: k.brand,
    platform: k.platform,
    link: k.link,
    followers: k.followers,
    tier: k.tier,
    status: k.status,
    statusText: k.statusText,
    postDate: k.postDate,
    deadline: k.deadline,
    posting: k.posting,
    daysLate: k.daysLate,
    address: k.address ?? null,
    source: { file: k.file, sheet: k.sheet, row: k.row },
  };
}

export function reportJson(report: MonthlyReport, ctx: JsonContext) {
  return {
    month: report.month,
    brands: report.brands.map(brandJson),
    affiliate: report.affiliate.map(affiliateJson),
    previousMonth: {
      month: report.previousMonth.month,
      brands: report.previousMonth.brands.map(brandJson),
      affiliate: report.previousMonth.affiliate.map(affiliateJson),
    },
    findings: { errors: report.findings.errors, warnings: report.findings.warnings, infos: report.findings.infos },
    undated: { tables: report.undated.tables, rows: report.undated.rows },
    asOf: report.asOf,
    calendar: report.calendar.map(calendarJson),
    ...(ctx.includeContact ? { kols: report.kols.map(kolJson) } : {}),
  };
}

export function renderReportJson(report: MonthlyReport, ctx: JsonContext): string {
  return JSON.stringify(reportJson(report, ctx), null, 2) + '\n';
}
