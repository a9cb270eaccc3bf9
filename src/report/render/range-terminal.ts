/**
 * `kolops report range` with neither `-o` nor `--format`: the months at a glance in the
 * terminal — per brand a table with a row per month, per funnel the same, then the
 * finding counts per month. Colours only when the caller says so (a TTY without NO_COLOR):
 * the target mark green or red, a month with no rows dimmed.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { oneLine } from '../../formatters/shared.js';
import { t, type Lang } from '../../i18n/index.js';
import type { BrandMonth, FunnelMonth, RangeReport } from '../range.js';
import { monthLabel } from './index.js';
import {
  brandColumns, findingHeads, findingNotes, findingRows, funnelColumns, funnelTitle, monthCells, monthHeads, noneText, rangeAsOf,
  rangeTitle, type MonthFigures, type RangeCell, type RangeColumn, type RangeRenderContext,
} from './range-index.js';

const STYLE = { head: [], border: [], compact: true };

function paint(c: RangeCell, chalk: ChalkInstance): string {
  if (c.missing) return chalk.dim(c.text);
  return c.good === null ? c.text : c.good ? chalk.green(c.text) : chalk.red(c.text);
}

function grid(head: string[], rows: string[][], chalk: ChalkInstance): string {
  const table = new Table({ head: head.map((h) => chalk.bold(h)), colAligns: ['left', ...head.slice(1).map(() => 'right' as const)], style: STYLE });
  for (const r of rows) table.push(r);
  return table.toString();
}

function monthsGrid<M extends MonthFigures>(columns: RangeColumn<M>[], months: readonly (BrandMonth | FunnelMonth)[], lang: Lang, chalk: ChalkInstance): string {
  return grid(monthHeads(columns, lang), months.map((m) => [monthLabel(m.month, lang), ...monthCells(columns, m, lang).map((c) => paint(c, chalk))]), chalk);
}

export function renderRangeTerminal(report: RangeReport, ctx: RangeRenderContext): string {
  const { lang } = ctx;
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [chalk.bold(rangeTitle(report, lang)), rangeAsOf(report, lang)];

  if (report.brands.length === 0) out.push('', noneText('report-range:no-listing', report, lang));
  const brands = brandColumns(lang);
  for (const b of report.brands) out.push('', chalk.bold(oneLine(b.brand)), monthsGrid(brands, b.months, lang, chalk));

  out.push('', chalk.bold(t('report:affiliate-heading', lang)));
  if (report.affiliate.length === 0) out.push(noneText('report-range:no-affiliate', report, lang));
  const funnels = funnelColumns(lang);
  for (const f of report.affiliate) out.push(oneLine(funnelTitle(f)), monthsGrid(funnels, f.months, lang, chalk));

  out.push('', chalk.bold(t('report:findings-heading', lang)), grid(findingHeads(lang), findingRows(report, lang), chalk));
  out.push(...findingNotes(report, lang), '', t('report-range:no-rows-note', lang));
  return out.join('\n') + '\n';
}
