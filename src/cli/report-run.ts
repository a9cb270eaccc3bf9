import { AffiliateBook } from '../affiliate/book.js';
import { CalendarBook } from '../calendar/book.js';
import { defaultConfig } from '../config/defaults.js';
import type { Config } from '../config/schema.js';
import { checkGroups } from '../engine/run.js';
import { displayPath, oneLine } from '../formatters/shared.js';
import { t, type Lang, type UiKey } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import { PostingBook } from '../posting/book.js';
import { chooseFormat, type ReportFormat, type ReportFormatFlag } from '../report/render/index.js';
import type { Streams } from './check-command.js';
import { prelude, useColor } from './prelude.js';
import { planOutputOrSay, writeOrSay, type PlannedOutput } from './safe-output.js';

/** What every report command reads its workbooks with. */
export interface ReportReadOptions {
  paths: string[];
  output?: string;
  format?: ReportFormatFlag;
  force: boolean;
  config?: string;
  year?: number | null;
  asOf?: string | null;
  lang: Lang;
  delimiter?: string;
}

/** The one reading a report is computed from, and where it goes. */
export interface ReportReading {
  format: ReportFormat;
  config: Config;
  run: { asOf: string; postings: PostingBook; affiliates: AffiliateBook; calendars: CalendarBook };
  findings: readonly Finding[];
  /** The planned `-o` file, or null for stdout. */
  out: PlannedOutput | null;
  /** A path as the output shows it: relative to the working folder. */
  display: (path: string) => string;
  color: boolean;
}

export interface ReportFormats {
  /** Said when the `-o` extension names no format this report has. */
  unknownExtension: UiKey;
  /** A format the extension names that this report does not have (the range has no chat message). */
  refused?: ReportFormat;
}

/** One line on stderr, `kolops: …`, and the usage exit code. */
export function reportUsageError(io: Streams, lang: Lang, key: UiKey, args: Record<string, string | number>): 2 {
  io.stderr(`kolops: ${t(key, lang, args)}\n`);
  return 2;
}

/**
 * What `report monthly` and `report range` do before they compute anything: pick the
 * format from `-o` / `--format` (an unknown extension or a contradiction is a usage error),
 * walk the paths and load their config (one config only: files read under different
 * targets and brands cannot be added up), check that the output may be written, then
 * check the workbooks once, saying on stderr each file that could not be read. A number
 * is the exit code to end with (2), after one line on stderr.
 */
export async function readForReport(opts: ReportReadOptions, io: Streams, formats: ReportFormats): Promise<ReportReading | 2> {
  const fail = (key: UiKey, args: Record<string, string>) => reportUsageError(io, opts.lang, key, args);

  const choice = chooseFormat(opts.output, opts.format);
  if (!choice.ok || choice.format === formats.refused) {
    return !choice.ok && choice.reason === 'conflict'
      ? fail('report:format-conflict', { format: opts.format ?? '', file: opts.output ?? '' })
      : fail(formats.unknownExtension, { file: opts.output ?? '' });
  }

  // Asked once per KOL line of a month: each file's relative path is worked out once.
  const shown = new Map<string, string>();
  const display = (p: string) => {
    let d = shown.get(p);
    if (d === undefined) shown.set(p, (d = displayPath(p, io.cwd)));
    return d;
  };
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
  // The findings are this run's own: their files are named as the report shows them
  // (relative, never the sender's folders) in place rather than copied, as `check` does.
  for (const f of result.findings) {
    f.file = display(f.file);
    if (f.rule === 'file/unreadable') io.stderr(`kolops: ${f.file}: ${oneLine(f.message)}\n`);
  }
  const run = runs[0] ?? { asOf: opts.asOf ?? '', postings: new PostingBook(config), affiliates: new AffiliateBook(config.affiliate.deliverables), calendars: new CalendarBook(config) };
  const color = useColor({ output: opts.output, format: choice.format === 'terminal' ? 'text' : choice.format }, io);
  return { format: choice.format, config, run, findings: result.findings, out, display, color };
}

/** The rendered report to stdout, or into the planned file and `written` said on stderr. Exit 0, or 2 when it could not be written. */
export async function deliverReport(reading: ReportReading, rendered: string | Uint8Array, io: Streams, lang: Lang, written: () => string): Promise<number> {
  if (reading.out === null) {
    io.stdout(typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('utf8'));
    return 0;
  }
  if (!(await writeOrSay(reading.out, rendered, io, lang))) return 2;
  io.stderr(`kolops: ${written()}\n`);
  return 0;
}
