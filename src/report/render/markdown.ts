/**
 * `kolops report monthly -o report.md`: the month-end report as Markdown, for pasting
 * into a chat or a doc — a headline per brand (target met ✅ / ❌), the figures with last
 * month beside them (↑ ↓ =), who posted late and who has not posted, the affiliate funnel,
 * the content calendar per brand and platform (when the month has one) and the finding counts. Every text that comes from a sheet is escaped for Markdown
 * (`|` cannot break a table, a line break cannot end a row, `*_[]<>` cannot format or link).
 */
import { oneLine } from '../../formatters/shared.js';
import { t, type Lang } from '../../i18n/index.js';
import { formatDay } from '../../i18n/message-format.js';
import type { KolLine, MonthlyReport } from '../metrics.js';
import {
  affiliateFigures, affiliateTitle, basisNote, brandFigures, calendarByBrand, calendarFigures, calendarText, engagementText, findingsText,
  formatCount, funnelText, monthLabel, NONE, previousAffiliate, previousBrand, targetText, type FigureRow,
} from './index.js';

export interface MarkdownContext {
  lang: Lang;
  includeContact: boolean;
}

/** Sheet text made inert in Markdown: one line, and every character that could format, link or split a table cell escaped. */
export function escapeMarkdown(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function table(head: string[], align: ('l' | 'r' | 'c')[], rows: string[][]): string[] {
  const rule = align.map((a) => (a === 'r' ? '--:' : a === 'c' ? ':-:' : ':--'));
  return [row(head), row(rule), ...rows.map(row)];
}

function figuresTable(figures: FigureRow[], report: MonthlyReport, lang: Lang): string[] {
  return table(
    [t('report:col-figure', lang), monthLabel(report.month, lang), monthLabel(report.previousMonth.month, lang), t('report:col-change', lang)],
    ['l', 'r', 'r', 'c'],
    figures.map((f) => [f.label, f.valueText, f.previousText, f.changeText]),
  );
}

const cell = (s: string | null | undefined) => (s === null || s === undefined || s === '' ? NONE : escapeMarkdown(s));

function kolTable(kols: readonly KolLine[], lang: Lang): string[] {
  return table(
    (['kol', 'brand', 'tier', 'status', 'posting', 'address'] as const).map((c) => t(`report:col-${c}`, lang)),
    ['l', 'l', 'l', 'l', 'l', 'l'],
    kols.map((k) => [
      cell(k.kol), cell(k.brand), k.tier ? t(`report:row-${k.tier}`, lang) : NONE,
      escapeMarkdown(k.statusText || t(`report:status-${k.status}`, lang)),
      k.posting ? t(`report:posting-${k.posting}`, lang) : NONE,
      cell(k.address),
    ]),
  );
}

export function renderReportMarkdown(report: MonthlyReport, ctx: MarkdownContext): string {
  const { lang } = ctx;
  const out: string[] = [];
  out.push(`# ${t('report:title', lang, { month: monthLabel(report.month, lang) })}`, '');
  out.push(t('report:as-of', lang, { asOf: report.asOf, previous: monthLabel(report.previousMonth.month, lang) }), '');

  if (report.brands.length === 0) out.push(`_${t('report:no-listing', lang, { month: monthLabel(report.month, lang) })}_`, '');
  for (const b of report.brands) {
    out.push(`## ${escapeMarkdown(b.brand)}`, '');
    out.push(`${b.targetMet ? '✅' : '❌'} **${targetText(b, lang)}**`, '');
    out.push(...figuresTable(brandFigures(b, previousBrand(report, b.brand), lang), report, lang), '');

    out.push(`**${t('report:late-heading', lang, { count: b.late })}**`, '');
    if (b.lateKols.length === 0) out.push(`_${t('report:none', lang)}_`, '');
    else {
      out.push(...table(
        (['kol', 'post-date', 'deadline', 'days-late'] as const).map((c) => t(`report:col-${c}`, lang)),
        ['l', 'l', 'l', 'r'],
        b.lateKols.map((k) => [cell(k.kol), formatDay(k.postDate, lang), formatDay(k.deadline, lang), formatCount(k.daysLate, lang)]),
      ), '');
    }
    out.push(`**${t('report:not-posted-heading', lang, { count: b.notPosted })}**`, '');
    if (b.notPostedKols.length === 0) out.push(`_${t('report:none', lang)}_`, '');
    else {
      out.push(...table(
        (['kol', 'deadline'] as const).map((c) => t(`report:col-${c}`, lang)),
        ['l', 'l'],
        b.notPostedKols.map((k) => [cell(k.kol), k.deadline === null ? NONE : formatDay(k.deadline, lang)]),
      ), '');
    }
  }

  out.push(`## ${t('report:affiliate-heading', lang)}`, '');
  if (report.affiliate.length === 0) out.push(`_${t('report:no-affiliate', lang, { month: monthLabel(report.month, lang) })}_`, '');
  for (const a of report.affiliate) {
    out.push(`### ${escapeMarkdown(affiliateTitle(a))}`, '');
    out.push(funnelText(a, lang), '');
    out.push(...figuresTable(affiliateFigures(a, previousAffiliate(report, a), lang), report, lang), '');
  }

  // The content calendar, only when the month has one: per brand (when the calendar names
  // brands) a heading, per platform its month in two sentences and its figures beside last month's.
  if (report.calendar.length > 0) {
    out.push(`## ${t('report:calendar-heading', lang)}`, '');
    for (const group of calendarByBrand(report)) {
      const named = group.brand !== NONE;
      if (named) out.push(`### ${escapeMarkdown(group.brand)}`, '');
      for (const c of group.entries) {
        out.push(`${named ? '####' : '###'} ${escapeMarkdown(c.platform)}`, '');
        out.push(calendarText(c, report.asOf, lang), '', engagementText(c, lang), '');
        out.push(...figuresTable(calendarFigures(c, lang), report, lang), '');
        const note = basisNote(c, report, lang);
        if (note) out.push(`_${escapeMarkdown(note)}_`, '');
      }
    }
  }

  out.push(`## ${t('report:findings-heading', lang)}`, '');
  out.push(findingsText(report, lang), '');

  if (ctx.includeContact) {
    out.push(`## ${t('report:kols-heading', lang)}`, '');
    out.push(`> ⚠️ ${t('report:contact-warning', lang)}`, '');
    out.push(...kolTable(report.kols, lang), '');
  } else {
    out.push('---', '', `_${t('report:privacy-note', lang)}_`, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
