import { describeFiles, type DescribedFile } from '../engine/describe.js';
import { formatDescribeJson, formatDescribeText } from '../formatters/describe.js';
import type { Lang } from '../i18n/index.js';
import type { Streams } from './check-command.js';
import { prelude } from './prelude.js';
import { planOutputOrSay, writeOrSay } from './safe-output.js';
import { VERSION } from './version.js';

export interface DescribeCommandOptions {
  paths: string[];
  format: 'text' | 'json';
  config?: string;
  month?: string | null;
  year?: number | null;
  lang: Lang;
  delimiter?: string;
  output?: string;
  force?: boolean;
}

/**
 * `kolops describe [PATH...]`: what kolops understood of every table, read by the same
 * pipeline and configs as `kolops check`. Exit 0 when it could say it (an unreadable file
 * is described as such), 2 on a usage or config error or a missing path.
 */
export async function runDescribe(opts: DescribeCommandOptions, io: Streams): Promise<number> {
  const pre = await prelude(opts, io);
  if (!pre) return 2;
  const out = opts.output ? await planOutputOrSay(opts.output, io, opts.lang, { inputs: pre.inputs, existing: 'replace-report', force: opts.force }) : null;
  if (opts.output && !out) return 2;
  const files: DescribedFile[] = [];
  for (const g of pre.groups) {
    files.push(...await describeFiles(g.files, g.config, g.configFile, { month: opts.month ?? null, year: opts.year ?? null, delimiter: opts.delimiter, lang: opts.lang }));
  }
  const order = new Map(pre.files.map((f, i) => [f, i]));
  files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const ctx = { lang: opts.lang, version: VERSION, cwd: io.cwd };
  const text = opts.format === 'json' ? formatDescribeJson(files, ctx) : formatDescribeText(files, ctx);
  if (!out) io.stdout(text);
  else if (!(await writeOrSay(out, text, io, opts.lang))) return 2;
  return 0;
}
