/**
 * The monthly report's renderers: which one an `-o` file name or `--format` picks, and
 * the pieces every human-readable renderer shares (the figures of a brand or an affiliate
 * funnel with last month beside them, arrows, numbers and month names per language), so
 * the terminal, Markdown and HTML say the same thing the same way.
 *
 * Renderers are loaded on demand: a run loads the one it writes, and only the xlsx one its writer.
 */
import { extname } from 'node:path';
import { t, type UiKey, type Lang } from '../../i18n/index.js';
import { formatMonth, formatNumber } from '../../i18n/message-format.js';
import { intlTag } from '../../i18n/registry.js';
import type { AffiliateMetrics, BrandMetrics, CalendarFigures, CalendarMetrics, MonthlyReport } from '../metrics.js';

export type ReportFormat = 'terminal' | 'json' | 'md' | 'html' | 'xlsx' | 'chat';

/** What `--format` of `report monthly` may say. */
export type ReportFormatFlag = 'text' | 'json' | 'chat';

/** `-o` extensions, lower-cased, and the format each one means. */
export const REPORT_EXTENSIONS: Readonly<Record<string, Exclude<ReportFormat, 'terminal'>>> = {
  '.xlsx': 'xlsx',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.txt': 'chat',
};

export type FormatChoice =
  | { ok: true; format: ReportFormat }
  | { ok: false; reason: 'unknown-extension'; extension: string }
  | { ok: false; reason: 'conflict' };

/**
 * The renderer for `-o FILE` / `--format`: the file's extension decides (an unknown or
 * missing extension is a usage error, never a guess); `--format json` / `--format chat`
 * without `-o` is JSON / the chat message on stdout; neither is the terminal summary.
 * `--format json` with `-o report.md` (or `--format chat` with anything but a `.txt`)
 * contradicts itself and is a usage error too.
 */
export function chooseFormat(output: string | undefined, format: ReportFormatFlag | undefined): FormatChoice {
  if (output === undefined) return { ok: true, format: format === 'json' || format === 'chat' ? format : 'terminal' };
  const extension = extname(output).toLowerCase();
  const byExtension = REPORT_EXTENSIONS[extension];
  if (!byExtension) return { ok: false, reason: 'unknown-extension', extension };
  if (format === 'text' || (format !== undefined && format !== byExtension)) return { ok: false, reason: 'conflict' };
  return { ok: true, format: byExtension };
}

export interface RenderContext {
  lang: Lang;
  /** Addresses (and the phone numbers written in them) only when the user asked. */
  includeContact: boolean;
  /** ANSI colours, terminal only; decided by the caller. */
  color: boolean;
}

/** Render `report` in `format`: text for every format but xlsx, which is bytes. */
export async function renderReport(format: ReportFormat, report: MonthlyReport, ctx: RenderContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json': return (await import('./json.js')).renderReportJson(report, ctx);
    case 'md': return (await import('./markdown.js')).renderReportMarkdown(report, ctx);
    case 'html': return (await import('./html.js')).renderReportHtml(report, ctx);
    case 'terminal': return (await import('./terminal.js')).renderReportTerminal(report, ctx);
    case 'chat': return (await import('./chat.js')).renderReportChat(report, ctx);
    case 'xlsx': return (await import('./xlsx.js')).renderReportXlsx(report, { lang: ctx.lang, includeContact: ctx.includeContact });
  }
}

// ─────────────────────────────────────────────────────────────────────────────
// Shared by the human-readable renderers

/** `2024-09` → `September 2024`, the month and year as the language names them (Intl). */
export function monthLabel(month: string, lang: Lang): string {
  return formatMonth(month, lang);
}

/** A whole count grouped the way each language writes it (`1,234` / `1.234`), by the messages' own formatter. */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(Math.round(n), lang);
}

const oneDecimal = new Map<Lang, Intl.NumberFormat>();

/** A number with exactly one decimal, as the language writes it: `16.7` / `16,7`. */
function formatOneDecimal(n: number, lang: Lang): string {
  let f = oneDecimal.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    oneDecimal.set(lang, f);
  }
  return f.format(Math.round(n * 10) / 10);
}

/** A 0–1 rate as a percentage with one decimal: `16.7%` / `16,7%`. */
export function formatPercent(rate: number, lang: Lang): string {
  return `${formatOneDecimal(rate * 100, lang)}%`;
}

/** Which way a figure should move: up is good for posts, down is good for late posts. */
export type Better = 'up' | 'down' | null;

export interface Trend {
  arrow: '↑' | '↓' | '=';
  delta: number;
  /** True when the move is for the better, false for the worse, null when neither (or no move). */
  good: boolean | null;
}

export interface FigureRow {
  key: string;
  label: string;
  value: number | null;
  /** Last month's value; undefined when last month has no such brand / funnel at all. */
  previous: number | null | undefined;
  kind: 'count' | 'percent';
  better: Better;
  trend: Trend | null;
  /** Value, previous value and change as every renderer shows them (`16.7%`, `—`, `↑ +3`). */
  valueText: string;
  previousText: string;
  changeText: string;
}

export function trendOf(value: number | null, previous: number | null | undefined, better: Better): Trend | null {
  if (value === null || previous === null || previous === undefined) return null;
  const delta = value - previous;
  if (Math.abs(delta) < 1e-9) return { arrow: '=', delta: 0, good: null };
  const up = delta > 0;
  return { arrow: up ? '↑' : '↓', delta, good: better === null ? null : (better === 'up') === up };
}

export const NONE = '—';

/** A figure's row label is `report:row-<key>`: only keys that have one. */
type FigureKey = Extract<UiKey, `report:row-${string}`> extends `report:row-${infer K}` ? K : never;

function figure(
  key: FigureKey, value: number | null, previous: number | null | undefined, kind: FigureRow['kind'], better: Better, lang: Lang,
): FigureRow {
  const text = (v: number | null | undefined) =>
    v === null ? t('report:not-stated', lang) : v === undefined ? NONE : kind === 'percent' ? formatPercent(v, lang) : formatCount(v, lang);
  const trend = trendOf(value, previous, better);
  let changeText = NONE;
  if (trend) {
    if (trend.arrow === '=') changeText = '=';
    else {
      const magnitude = kind === 'percent'
        ? t('report:points', lang, { points: formatOneDecimal(Math.abs(trend.delta) * 100, lang) })
        : formatCount(Math.abs(trend.delta), lang);
      changeText = `${trend.arrow} ${trend.delta > 0 ? '+' : '−'}${magnitude}`;
    }
  }
  return {
    key, label: t(`report:row-${key}`, lang), value, previous, kind, better, trend,
    valueText: text(value), previousText: previous === undefined ? NONE : text(previous), changeText,
  };
}

/** The previous month's entry for the same brand, if last month listed it. */
export function previousBrand(report: MonthlyReport, brand: string): BrandMetrics | undefined {
  return report.previousMonth.brands.find((b) => b.brand === brand);
}

/** The previous month's funnel of the same platform × brand, if there was one. */
export function previousAffiliate(report: MonthlyReport, a: AffiliateMetrics): AffiliateMetrics | undefined {
  return report.previousMonth.affiliate.find((p) => p.platform === a.platform && p.brand === a.brand);
}

/** A brand's figures in the order every renderer shows them, last month beside each. */
export function brandFigures(b: BrandMetrics, prev: BrandMetrics | undefined, lang: Lang): FigureRow[] {
  return [
    figure('listed', b.listed, prev?.listed, 'count', 'up', lang),
    figure('target', b.target, prev?.target, 'count', null, lang),
    figure('nano', b.tiers.nano, prev?.tiers.nano, 'count', null, lang),
    figure('micro', b.tiers.micro, prev?.tiers.micro, 'count', null, lang),
    figure('macro', b.tiers.macro, prev?.tiers.macro, 'count', null, lang),
    figure('mega', b.tiers.mega, prev?.tiers.mega, 'count', null, lang),
    figure('agreed', b.agreed, prev?.agreed, 'count', 'up', lang),
    figure('declined', b.declined, prev?.declined, 'count', 'down', lang),
    figure('unreachable', b.unreachable, prev?.unreachable, 'count', 'down', lang),
    figure('pending', b.pending, prev?.pending, 'count', null, lang),
    figure('acceptance', b.acceptanceRate, prev ? prev.acceptanceRate : undefined, 'percent', 'up', lang),
    figure('posted', b.posted, prev?.posted, 'count', 'up', lang),
    figure('on-time', b.onTime, prev?.onTime, 'count', 'up', lang),
    figure('late', b.late, prev?.late, 'count', 'down', lang),
    figure('not-posted', b.notPosted, prev?.notPosted, 'count', 'down', lang),
  ];
}

/** An affiliate funnel's figures (contacted → declared → rows → done → complete → bonuses). */
export function affiliateFigures(a: AffiliateMetrics, prev: AffiliateMetrics | undefined, lang: Lang): FigureRow[] {
  return [
    figure('contacted', a.contacted, prev ? prev.contacted : undefined, 'count', 'up', lang),
    figure('declared', a.dealsDeclared, prev ? prev.dealsDeclared : undefined, 'count', 'up', lang),
    figure('deal-rows', a.dealRows, prev?.dealRows, 'count', 'up', lang),
    figure('done', a.done, prev?.done, 'count', 'up', lang),
    figure('deliverables', a.deliverablesComplete, prev ? prev.deliverablesComplete : undefined, 'count', 'up', lang),
    figure('bonuses', a.bonusesDue, prev?.bonusesDue, 'count', null, lang),
  ];
}

/** "target met: 30 listed, target 20" / "target not met: 6 listed, target 20 (14 short)". */
export function targetText(b: BrandMetrics, lang: Lang): string {
  const args = { listed: b.listed, target: b.target, short: Math.max(0, b.target - b.listed) };
  return t(b.targetMet ? 'report:target-met' : 'report:target-missed', lang, args);
}

/** "Leona: posted 27 September 2024, 2 days after the deadline 25 September 2024". */
export function lateLine(k: BrandMetrics['lateKols'][number], lang: Lang): string {
  return t('report:late-line', lang, { kol: k.kol, postDate: k.postDate, days: k.daysLate, deadline: k.deadline });
}

export function notPostedLine(k: BrandMetrics['notPostedKols'][number], lang: Lang): string {
  return k.deadline === null ? t('report:not-posted-line-no-deadline', lang, { kol: k.kol }) : t('report:not-posted-line', lang, { kol: k.kol, deadline: k.deadline });
}

export function findingsText(report: MonthlyReport, lang: Lang): string {
  const text = t('report:findings', lang, { month: monthLabel(report.month, lang), ...report.findings });
  const undated = undatedText(report, lang);
  return undated ? `${text}. ${undated}` : text;
}

/** "2 tables (45 rows) have no month and are left out of this report …", or '' when every table is dated. */
export function undatedText(report: MonthlyReport, lang: Lang): string {
  const { tables, rows } = report.undated;
  if (tables === 0) return '';
  return t('report:undated', lang, { tables, rows });
}

export function affiliateTitle(a: AffiliateMetrics): string {
  return `${a.platform} · ${a.brand}`;
}

/** "46 contacted → 10 declared → 10 done"; an unstated count reads "not stated". */
export function funnelText(a: AffiliateMetrics, lang: Lang): string {
  const n = (v: number | null) => (v === null ? t('report:not-stated', lang) : formatCount(v, lang));
  const text = t('report:funnel', lang, { contacted: n(a.contacted), declared: n(a.dealsDeclared), done: n(a.done) });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ─────────────────────────────────────────────────────────────────────────────
// The content calendar (issue 16): shared by every human-readable renderer

/** "Instagram · Herbana", or "Instagram" when the calendar names no brand. */
export function calendarTitle(c: CalendarFigures): string {
  return c.brand === NONE ? c.platform : `${c.platform} · ${c.brand}`;
}

/** The calendar's entries per brand, in report order: one group (brand `—`) when the calendar names no brand. */
export function calendarByBrand(report: MonthlyReport): { brand: string; entries: CalendarMetrics[] }[] {
  const groups: { brand: string; entries: CalendarMetrics[] }[] = [];
  for (const c of report.calendar) {
    const last = groups.at(-1);
    if (last?.brand === c.brand) last.entries.push(c);
    else groups.push({ brand: c.brand, entries: [c] });
  }
  return groups;
}

/** Did this month and last month measure engagement over different things (reach / impressions)? Then the rates are not compared. */
function basisDiffers(c: CalendarMetrics): boolean {
  const p = c.previous;
  return p !== null && p.engagementBasis !== null && c.engagementBasis !== null && p.engagementBasis !== c.engagementBasis;
}

/** A platform's calendar figures in the order every renderer shows them, last month beside each. */
export function calendarFigures(c: CalendarMetrics, lang: Lang): FigureRow[] {
  const p = c.previous ?? undefined;
  const engagement = figure('engagement', c.engagementRate, p ? p.engagementRate : undefined, 'percent', 'up', lang);
  return [
    figure('planned', c.planned, p?.planned, 'count', null, lang),
    figure('cancelled', c.cancelled, p?.cancelled, 'count', null, lang),
    figure('published', c.published, p?.published, 'count', 'up', lang),
    figure('due', c.due, p?.due, 'count', null, lang),
    figure('on-schedule', c.onSchedule, p ? p.onSchedule : undefined, 'count', 'up', lang),
    figure('overdue', c.overdue, p ? p.overdue : undefined, 'count', 'down', lang),
    figure('going-out', c.goingOut, p?.goingOut, 'count', null, lang),
    figure('approved-before', c.approvedBeforePublishing, p ? p.approvedBeforePublishing : undefined, 'count', 'up', lang),
    // Reach one month, impressions the other: two different rates, so no change is claimed.
    basisDiffers(c) ? { ...engagement, trend: null, changeText: NONE } : engagement,
    figure('engagement-target', c.engagementTarget, p ? p.engagementTarget : undefined, 'percent', null, lang),
  ];
}

const basisWord = (basis: 'reach' | 'impressions', lang: Lang) => t(`report:calendar-basis-${basis}`, lang);

/** "reach (3 posts)", or — when no published post states metrics. */
export function engagementBasisText(c: CalendarFigures, lang: Lang): string {
  return c.engagementBasis === null ? NONE : t('report:calendar-basis-cell', lang, { basis: basisWord(c.engagementBasis, lang), posts: c.engagementPosts });
}

/** "target 3.0%: met" / "…: not met" / "target 3.0%" (no rate) / "no engagement target in the config". */
export function engagementTargetText(c: CalendarFigures, lang: Lang): string {
  if (c.engagementTarget === null) return t('report:calendar-no-target', lang);
  const target = formatPercent(c.engagementTarget, lang);
  if (c.engagementTargetMet === null) return t('report:calendar-target', lang, { target });
  return t(c.engagementTargetMet ? 'report:calendar-target-met' : 'report:calendar-target-missed', lang, { target });
}

/**
 * The platform's month in one sentence: "4 of 6 planned posts published, 1 cancelled; 3 of
 * the 4 due by 1 October 2024 published, 1 overdue; 3 of the 4 scheduled or published
 * approved on or before their date".
 */
export function calendarText(c: CalendarFigures, asOf: string, lang: Lang): string {
  const parts = [
    t('report:calendar-published', lang, { published: c.published, planned: c.planned, cancelled: c.cancelled }),
    c.onSchedule === null
      ? t('report:calendar-schedule-none', lang, { asOf })
      : t('report:calendar-schedule', lang, { onSchedule: c.onSchedule, due: c.due, asOf, overdue: c.overdue ?? 0 }),
    c.approvedBeforePublishing === null
      ? t('report:calendar-approval-none', lang)
      : t('report:calendar-approval', lang, { approved: c.approvedBeforePublishing, goingOut: c.goingOut }),
  ];
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Engagement rate 2.9%: (likes + comments + shares + saves) / reach over 3 published posts that state them; target 3.0%: not met". */
export function engagementText(c: CalendarFigures, lang: Lang): string {
  const rate = c.engagementRate === null || c.engagementBasis === null
    ? t('report:calendar-engagement-none', lang)
    : t('report:calendar-engagement', lang, { rate: formatPercent(c.engagementRate, lang), basis: basisWord(c.engagementBasis, lang), posts: c.engagementPosts });
  return `${rate}; ${engagementTargetText(c, lang)}`;
}

/** Said under a platform whose engagement was measured over reach one month and impressions the other; '' otherwise. */
export function basisNote(c: CalendarMetrics, report: MonthlyReport, lang: Lang): string {
  if (!basisDiffers(c)) return '';
  return t('report:calendar-basis-differs', lang, {
    title: calendarTitle(c), previous: monthLabel(report.previousMonth.month, lang),
    before: basisWord(c.previous!.engagementBasis!, lang), now: basisWord(c.engagementBasis!, lang),
  });
}
