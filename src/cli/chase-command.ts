import { resolve } from 'node:path';
import { checkWorkbooks } from '../engine/check.js';
import { formatChase, type ChaseFormatName } from '../formatters/chase.js';
import { displayPath, oneLine } from '../formatters/shared.js';
import type { Lang } from '../model/finding.js';
import { chaseList } from '../posting/chase.js';
import type { Streams } from './check-command.js';
import { writeFileAtomic } from './io.js';
import { prelude, useColor } from './prelude.js';

export const DEFAULT_CHASE_WITHIN = 3;

export interface ChaseCommandOptions {
  paths: string[];
  format: ChaseFormatName;
  config?: string;
  month?: string | null;
  year?: number | null;
  asOf?: string | null;
  /** Days ahead to look for deadlines and follow-ups (default 3). */
  within: number;
  lang: Lang;
  output?: string;
  delimiter?: string;
}

/**
 * `kolops chase`: read the listings and recaps, join them, and print the KOLs to follow
 * up today. Exit 0 whenever the list was produced (an empty or a long list alike), 2 on a
 * usage or config error or a missing path. Findings are not printed — `kolops check`
 * does that — except one stderr line per file that could not be read at all.
 */
export async function runChase(opts: ChaseCommandOptions, io: Streams): Promise<number> {
  const pre = await prelude(opts, io);
  if (!pre) return 2;
  const { config } = pre;
  const display = (p: string) => displayPath(p, io.cwd);

  const run = await checkWorkbooks(pre.files, config, {
    lang: opts.lang, month: opts.month ?? null, year: opts.year ?? null, asOf: opts.asOf ?? null,
    kinds: ['kol-listing', 'posting-recap'], delimiter: opts.delimiter,
  });
  for (const f of run.result.findings) {
    if (f.rule === 'file/unreadable') io.stderr(`kolops: ${display(f.file)}: ${oneLine(f.message)}\n`);
  }

  const items = chaseList(run.postings.join().records, {
    asOf: run.asOf, within: opts.within, followUpDays: config.posting.followUpDays,
  }).map((item) => ({ ...item, source: { ...item.source, file: display(item.source.file) } }));

  const color = useColor(opts, io);
  const text = formatChase(opts.format, items, { lang: opts.lang, color, asOf: run.asOf, within: opts.within });
  if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
  else io.stdout(text);

  return pre.missing.length > 0 ? 2 : 0;
}
