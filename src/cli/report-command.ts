import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { checkWorkbooks } from '../engine/check.js';
import { displayPath, oneLine } from '../formatters/shared.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/finding.js';
import { monthlyReport, type MonthlyReport } from '../report/metrics.js';
import { chooseFormat, monthLabel, renderReport } from '../report/render/index.js';
import type { Streams } from './check-command.js';
import { writeFileAtomic } from './io.js';
import { prelude, useColor } from './prelude.js';

export interface ReportCommandOptions {
  paths: string[];
  /** The month to report, `YYYY-MM` (required). Also the last-resort month of tables nothing else dates. */
  month: string;
  output?: string;
  format?: 'text' | 'json';
  includeContact: boolean;
  force: boolean;
  config?: string;
  year?: number | null;
  asOf?: string | null;
  lang: Lang;
  delimiter?: string;
}

/** A path's real location, so a symlink or a differently-cased name still matches (the file may not exist yet). */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * `kolops report monthly`: read the workbooks like `kolops check`, compute the month's
 * figures once (`monthlyReport`) and render them — terminal summary, JSON on stdout, or
 * a `.xlsx` / `.md` / `.html` / `.json` file picked by the `-o` extension. Exit 0 when the
 * report was produced; 2 for a usage or config error, a missing path, an output file that
 * exists without `--force`, or an output that is one of the inputs (never written to).
 */
export async function runReport(opts: ReportCommandOptions, io: Streams): Promise<number> {
  const fail = (key: string, args: Record<string, string>) => {
    io.stderr(`kolops: ${t(key, opts.lang, args)}\n`);
    return 2;
  };

  const choice = chooseFormat(opts.output, opts.format);
  if (!choice.ok) {
    return choice.reason === 'unknown-extension'
      ? fail('report:unknown-extension', { file: opts.output ?? '' })
      : fail('report:format-conflict', { format: opts.format ?? '', file: opts.output ?? '' });
  }

  const pre = await prelude(opts, io);
  if (!pre) return 2;
  // A report over fewer files than asked for would look complete and not be.
  if (pre.missing.length > 0) return 2;

  const target = opts.output === undefined ? null : resolve(io.cwd, opts.output);
  if (target !== null) {
    const real = await canonical(target);
    for (const file of pre.files) {
      if ((await canonical(file)) === real) return fail('report:output-is-input', { file: opts.output! });
    }
    if (existsSync(target) && !opts.force) return fail('report:output-exists', { file: opts.output! });
  }

  const run = await checkWorkbooks(pre.files, pre.config, {
    lang: opts.lang, month: opts.month, year: opts.year ?? null, asOf: opts.asOf ?? null, delimiter: opts.delimiter,
  });
  for (const f of run.result.findings) {
    if (f.rule === 'file/unreadable') io.stderr(`kolops: ${displayPath(f.file, io.cwd)}: ${oneLine(f.message)}\n`);
  }

  const computed = monthlyReport({
    month: opts.month, asOf: run.asOf, config: pre.config, postings: run.postings, affiliates: run.affiliates,
    findings: run.result.findings, includeContact: opts.includeContact,
  });
  const report: MonthlyReport = {
    ...computed,
    kols: computed.kols.map((k) => ({ ...k, source: { ...k.source, file: displayPath(k.source.file, io.cwd) } })),
  };

  const color = useColor({ output: opts.output, format: choice.format === 'terminal' ? 'text' : choice.format }, io);
  const rendered = await renderReport(choice.format, report, { lang: opts.lang, includeContact: opts.includeContact, color });
  if (target === null) {
    io.stdout(typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('utf8'));
    return 0;
  }
  // Checked again just before writing: the file may have appeared while the workbooks were read.
  if (existsSync(target) && !opts.force) return fail('report:output-exists', { file: opts.output! });
  try {
    await writeFileAtomic(target, rendered);
  } catch (err) {
    return fail('report:cannot-write', { file: opts.output!, detail: oneLine((err as Error).message) });
  }
  io.stderr(`kolops: ${t('report:written', opts.lang, { month: monthLabel(opts.month, opts.lang), file: opts.output! })}\n`);
  return 0;
}
