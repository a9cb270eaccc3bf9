import { t } from '../i18n/index.js';
import { monthlyReport } from '../report/metrics.js';
import { monthLabel, renderReport } from '../report/render/index.js';
import type { Streams } from './check-command.js';
import { deliverReport, readForReport, type ReportReadOptions } from './report-run.js';

export interface ReportCommandOptions extends ReportReadOptions {
  /** The month to report, `YYYY-MM` (required). Also the last-resort month of tables nothing else dates. */
  month: string;
  includeContact: boolean;
}

/**
 * `kolops report monthly`: read the workbooks like `kolops check`, compute the month's
 * figures once (`monthlyReport`) and render them — terminal summary, JSON or the chat
 * message on stdout, or a `.xlsx` / `.md` / `.html` / `.json` / `.txt` (chat) file picked by
 * the `-o` extension. The chat message never carries contact data: `--include-contact` is
 * ignored for it, and said on stderr. Exit 0 when the report was produced; 2 for a usage
 * or config error, a missing path, an output file that exists without `--force`, or an
 * output that is one of the inputs (never written to).
 */
export async function runReport(opts: ReportCommandOptions, io: Streams): Promise<number> {
  const reading = await readForReport(opts, io, { unknownExtension: 'report:unknown-extension' });
  if (reading === 2) return 2;
  const { format, config, run, display } = reading;

  // A chat message is forwarded beyond whoever ships the PR packs: no addresses, ever.
  const includeContact = opts.includeContact && format !== 'chat';
  if (opts.includeContact && !includeContact) io.stderr(`kolops: ${t('report-chat:contact-ignored', opts.lang)}\n`);
  // Files named as the output shows them (relative): a forwarded report must not show the sender's folders.
  const report = monthlyReport({
    month: opts.month, asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates, calendars: run.calendars,
    findings: reading.findings, includeContact, showFile: display,
  });

  const rendered = await renderReport(format, report, { lang: opts.lang, includeContact, color: reading.color });
  return deliverReport(reading, rendered, io, opts.lang, () => t('report:written', opts.lang, { month: monthLabel(opts.month, opts.lang), file: opts.output! }));
}
