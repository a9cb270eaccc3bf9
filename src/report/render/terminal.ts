/**
 * `kolops report monthly` with neither `-o` nor `--format`: the month at a glance in the
 * terminal — per brand a table of the figures beside last month's, who posted late and
 * who has not posted; one table of the affiliate funnels; the content calendar, per brand
 * a table of the figures with a column per platform; one line of finding counts.
 * Colours only when the caller says so (a TTY without NO_COLOR).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { oneLine } from '../../formatters/shared.js';
import { t, type Lang } from '../../i18n/index.js';
import type { MonthlyReport } from '../metrics.js';
import {
  affiliateFigures, basisNote, brandFigures, calendarByBrand, calendarFigures, engagementBasisText, findingsText, lateLine, monthLabel, NONE,
  notPostedLine, previousAffiliate, previousBrand, targetText, type FigureRow,
} from './index.js';

export interface TerminalContext {
  lang: Lang;
  color: boolean;
}

function change(f: FigureRow, chalk: ChalkInstance): string {
  if (!f.trend || f.trend.good === null) return f.changeText;
  return f.trend.good ? chalk.green(f.changeText) : chalk.red(f.changeText);
}

/** The value with its arrow against last month: `11 ↑`, `46 =`, `5`. */
function withArrow(f: FigureRow, chalk: ChalkInstance): string {
  if (!f.trend) return f.valueText;
  const arrow = f.trend.good === null ? f.trend.arrow : f.trend.good ? chalk.green(f.trend.arrow) : chalk.red(f.trend.arrow);
  return `${f.valueText} ${arrow}`;
}

export function renderReportTerminal(report: MonthlyReport, ctx: TerminalContext): string {
  const { lang } = ctx;
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const style = { head: [], border: [], compact: true };
  const month = monthLabel(report.month, lang);
  const previous = monthLabel(report.previousMonth.month, lang);
  const out: string[] = [];
  out.push(chalk.bold(t('report:title', lang, { month })));
  out.push(t('report:as-of', lang, { asOf: report.asOf, previous }));

  if (report.brands.length === 0) out.push('', t('report:no-listing', lang, { month }));
  for (const b of report.brands) {
    out.push('');
    const headline = `${b.targetMet ? '✓' : '✗'} ${targetText(b, lang)}`;
    out.push(`${chalk.bold(oneLine(b.brand))}  ${b.targetMet ? chalk.green(headline) : chalk.red(headline)}`);
    const table = new Table({
      head: [t('report:col-figure', lang), month, previous, t('report:col-change', lang)].map((h) => chalk.bold(h)),
      colAligns: ['left', 'right', 'right', 'center'],
      style,
    });
    for (const f of brandFigures(b, previousBrand(report, b.brand), lang)) table.push([f.label, f.valueText, f.previousText, change(f, chalk)]);
    out.push(table.toString());
    if (b.lateKols.length) {
      out.push(`${chalk.yellow(t('report:late-heading', lang, { count: b.late }))}: ${b.lateKols.map((k) => oneLine(lateLine(k, lang))).join('; ')}`);
    }
    if (b.notPostedKols.length) {
      out.push(`${chalk.red(t('report:not-posted-heading', lang, { count: b.notPosted }))}: ${b.notPostedKols.map((k) => oneLine(notPostedLine(k, lang))).join('; ')}`);
    }
  }

  out.push('', chalk.bold(t('report:affiliate-heading', lang)));
  if (report.affiliate.length === 0) out.push(t('report:no-affiliate', lang, { month }));
  else {
    const keys = ['contacted', 'declared', 'deal-rows', 'done', 'deliverables', 'bonuses'] as const;
    const table = new Table({
      head: [t('report:col-platform', lang), t('report:col-brand', lang), ...keys.map((k) => t(`report:row-${k}`, lang))].map((h) => chalk.bold(h)),
      colAligns: ['left', 'left', ...keys.map(() => 'right' as const)],
      style,
    });
    for (const a of report.affiliate) {
      const figures = affiliateFigures(a, previousAffiliate(report, a), lang);
      table.push([oneLine(a.platform), oneLine(a.brand), ...figures.map((f) => withArrow(f, chalk))]);
    }
    out.push(table.toString());
    out.push(t('report:arrows-note', lang, { previous }));
  }

  // The content calendar: per brand, a figure per row and a platform per column, each cell
  // this month's figure with its arrow against last month (as the funnel table). No
  // calendar post this month: no section at all, never a table of zeros.
  if (report.calendar.length > 0) {
    out.push('', chalk.bold(t('report:calendar-heading', lang)));
    for (const group of calendarByBrand(report)) {
      if (group.brand !== NONE) out.push(chalk.bold(oneLine(group.brand)));
      const columns = group.entries.map((c) => calendarFigures(c, lang));
      const table = new Table({
        head: [t('report:col-figure', lang), ...group.entries.map((c) => oneLine(c.platform))].map((h) => chalk.bold(h)),
        colAligns: ['left', ...group.entries.map(() => 'right' as const)],
        style,
      });
      columns[0]!.forEach((f, i) => {
        table.push([f.label, ...columns.map((figures, c) => {
          const cell = withArrow(figures[i]!, chalk);
          if (f.key !== 'engagement-target') return cell;
          const met = group.entries[c]!.engagementTargetMet;
          return met === null ? cell : `${cell} ${met ? chalk.green('✓') : chalk.red('✗')}`;
        })]);
      });
      table.push([t('report:row-engagement-basis', lang), ...group.entries.map((c) => engagementBasisText(c, lang))]);
      out.push(table.toString());
      for (const c of group.entries) {
        const note = basisNote(c, report, lang);
        if (note) out.push(oneLine(note));
      }
    }
    out.push(t('report:arrows-note', lang, { previous }));
  }

  out.push('', findingsText(report, lang));
  return out.join('\n') + '\n';
}
