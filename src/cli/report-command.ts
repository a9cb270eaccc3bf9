import { AffiliateBook } from '../affiliate/book.js';
import { defaultConfig } from '../config/defaults.js';
import { checkGroups } from '../engine/run.js';
import { displayPath, oneLine } from '../formatters/shared.js';
import { t, type Lang, type UiKey } from '../i18n/index.js';
import { monthlyReport, type MonthlyReport } from '../report/metrics.js';
import { chooseFormat, monthLabel, renderReport, type ReportFormatFlag } from '../report/render/index.js';
import type { Streams } from './check-command.js';
import { PostingBook } from '../posting/book.js';
import { prelude, useColor } from './prelude.js';
import { planOutputOrSay, writeOrSay } from './safe-output.js';

export interface ReportCommandOptions {
  paths: string[];
  /** The month to report, `YYYY-MM` (required). Also the last-resort month of tables nothing else dates. */
  month: string;
  output?: string;
  format?: ReportFormatFlag;
  includeContact: boolean;
  force: boolean;
  config?: string;
  year?: number | null;
  asOf?: string | null;
  lang: Lang;
  delimiter?: string;
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
  const fail = (key: UiKey, args: Record<string, string>) => {
    io.stderr(`kolops: ${t(key, opts.lang, args)}\n`);
    return 2;
  };

  const choice = chooseFormat(opts.output, opts.format);
  if (!choice.ok) {
    return choice.reason === 'unknown-extension'
      ? fail('report:unknown-extension', { file: opts.output ?? '' })
      : fail('report:format-conflict', { format: opts.format ?? '', file: opts.output ?? '' });
  }

  const display = (p: string) => displayPath(p, io.cwd);
  const pre = await prelude(opts, io);
  if (!pre) return 2;
  // One report is one reading: files under different configs (targets, brands) cannot be added up.
  if (pre.groups.length > 1) {
    const configs = pre.groups.map((g) => (g.configFile ? display(g.configFile) : t('format:config-defaults', opts.lang))).join(', ');
    return fail('cli:configs-differ', { configs });
  }
  const group = pre.groups[0];
  const config = group?.config ?? defaultConfig();

  const out = opts.output !== undefined ? await planOutputOrSay(opts.output, io, opts.lang, { inputs: pre.inputs, existing: 'needs-force', force: opts.force }) : null;
  if (opts.output !== undefined && !out) return 2;

  // The report's month is not a fallback: a table nothing dates is left out and said
  // (table/month-unknown), never counted into the month asked for.
  const { result, runs } = await checkGroups(pre.groups, {
    lang: opts.lang, month: null, year: opts.year ?? null, asOf: opts.asOf ?? null, delimiter: opts.delimiter,
  });
  for (const f of result.findings) {
    if (f.rule === 'file/unreadable') io.stderr(`kolops: ${display(f.file)}: ${oneLine(f.message)}\n`);
  }
  const run = runs[0] ?? { asOf: opts.asOf ?? '', postings: new PostingBook(config), affiliates: new AffiliateBook(config.affiliate.deliverables) };

  // A chat message is forwarded beyond whoever ships the PR packs: no addresses, ever.
  const includeContact = opts.includeContact && choice.format !== 'chat';
  if (opts.includeContact && !includeContact) io.stderr(`kolops: ${t('report-chat:contact-ignored', opts.lang)}\n`);
  const computed = monthlyReport({
    month: opts.month, asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates,
    findings: result.findings, includeContact,
  });
  const report: MonthlyReport = {
    ...computed,
    kols: computed.kols.map((k) => ({ ...k, source: { ...k.source, file: display(k.source.file) } })),
    // Findings too: a forwarded report must not show the sender's folders.
    findingList: computed.findingList.map((f) => ({ ...f, file: display(f.file) })),
  };

  const color = useColor({ output: opts.output, format: choice.format === 'terminal' ? 'text' : choice.format }, io);
  const rendered = await renderReport(choice.format, report, { lang: opts.lang, includeContact, color });
  if (out === null) {
    io.stdout(typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('utf8'));
    return 0;
  }
  if (!(await writeOrSay(out, rendered, io, opts.lang))) return 2;
  io.stderr(`kolops: ${t('report:written', opts.lang, { month: monthLabel(opts.month, opts.lang), file: opts.output! })}\n`);
  return 0;
}
