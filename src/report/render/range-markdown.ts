/**
 * `kolops report range -o range.md`: the months at a glance as Markdown — per brand a
 * table with a row per month (listed against the target ✓ / ✗, acceptance rate, who
 * posted on time, late or not at all), per platform × brand the funnel per month, and the
 * finding counts per month. A month with no rows says "no rows"; sheet text is escaped.
 */
import { t, type Lang } from '../../i18n/index.js';
import type { BrandMonth, FunnelMonth, RangeReport } from '../range.js';
import { monthLabel, NONE } from './index.js';
import { escapeMarkdown, table } from './markdown.js';
import {
  brandColumns, findingHeads, findingNotes, findingRows, funnelColumns, funnelTitle, monthCells, monthHeads, noneText, rangeAsOf,
  rangeTitle, type MonthFigures, type RangeColumn,
} from './range-index.js';

function monthsTable<M extends MonthFigures>(columns: RangeColumn<M>[], months: readonly (BrandMonth | FunnelMonth)[], lang: Lang): string[] {
  return table(
    monthHeads(columns, lang),
    ['l', ...columns.map(() => 'r' as const)],
    months.map((m) => [monthLabel(m.month, lang), ...monthCells(columns, m, lang).map((c) => (c.missing && c.text !== NONE ? `_${c.text}_` : c.text))]),
  );
}

export function renderRangeMarkdown(report: RangeReport, lang: Lang): string {
  const out: string[] = [`# ${rangeTitle(report, lang)}`, '', rangeAsOf(report, lang), ''];

  if (report.brands.length === 0) out.push(`_${noneText('report-range:no-listing', report, lang)}_`, '');
  const brands = brandColumns(lang);
  for (const b of report.brands) {
    out.push(`## ${escapeMarkdown(b.brand)}`, '', ...monthsTable(brands, b.months, lang), '');
  }

  out.push(`## ${t('report:affiliate-heading', lang)}`, '');
  if (report.affiliate.length === 0) out.push(`_${noneText('report-range:no-affiliate', report, lang)}_`, '');
  const funnels = funnelColumns(lang);
  for (const f of report.affiliate) {
    out.push(`### ${escapeMarkdown(funnelTitle(f))}`, '', ...monthsTable(funnels, f.months, lang), '');
  }

  out.push(`## ${t('report:findings-heading', lang)}`, '');
  out.push(...table(findingHeads(lang), ['l', 'r', 'r', 'r'], findingRows(report, lang)), '');
  for (const note of findingNotes(report, lang)) out.push(note, '');

  out.push('---', '', `_${t('report-range:no-rows-note', lang)}_`, '');
  return out.join('\n').replace(/\n+$/, '\n');
}
