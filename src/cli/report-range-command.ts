import { monthLabel } from '../report/render/index.js';
import { renderRange, type RangeFormat } from '../report/render/range-index.js';
import { MAX_RANGE_MONTHS, rangeMonths, rangeReport } from '../report/range.js';
import { t } from '../i18n/index.js';
import type { Streams } from './check-command.js';
import { deliverReport, readForReport, reportUsageError, type ReportReadOptions } from './report-run.js';

export interface ReportRangeCommandOptions extends ReportReadOptions {
  /** First and last month of the range, `YYYY-MM`, both included. */
  from: string;
  to: string;
}

/**
 * `kolops report range --from YYYY-MM --to YYYY-MM`: read the workbooks as `report monthly`
 * does (report-run.ts), compute each month of the range as the monthly report computes it
 * (`rangeReport`), and render — terminal summary or JSON on stdout, or a `.xlsx` / `.md` /
 * `.html` / `.json` file picked by the `-o` extension (no chat message: `.txt` is refused).
 * Exit 0 when the report was produced; 2 for a usage error (a range backwards or longer
 * than MAX_RANGE_MONTHS, an unknown extension), a config error, a missing path, or an
 * output kolops will not write.
 */
export async function runReportRange(opts: ReportRangeCommandOptions, io: Streams): Promise<number> {
  const range = rangeMonths(opts.from, opts.to);
  if (!range.ok) {
    const args = { from: opts.from, to: opts.to, months: range.months, max: MAX_RANGE_MONTHS };
    return reportUsageError(io, opts.lang, range.problem === 'reversed' ? 'report-range:reversed' : 'report-range:too-long', args);
  }
  const reading = await readForReport(opts, io, { unknownExtension: 'report-range:unknown-extension', refused: 'chat' });
  if (reading === 2) return 2;
  const { config, run } = reading;
  const report = rangeReport({ asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates, findings: reading.findings }, opts.from, opts.to);
  const rendered = await renderRange(reading.format as RangeFormat, report, { lang: opts.lang, color: reading.color });
  const written = () => t('report-range:written', opts.lang, { from: monthLabel(opts.from, opts.lang), to: monthLabel(opts.to, opts.lang), file: opts.output! });
  return deliverReport(reading, rendered, io, opts.lang, written);
}
