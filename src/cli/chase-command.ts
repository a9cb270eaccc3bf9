import { checkGroups } from '../engine/run.js';
import { formatChase, type ChaseFormatName } from '../formatters/chase.js';
import { displayPath, oneLine } from '../formatters/shared.js';
import type { Lang } from '../i18n/index.js';
import { chaseList, compareItems } from '../posting/chase.js';
import type { Streams } from './check-command.js';
import { prelude, useColor } from './prelude.js';
import { planOutputOrSay, writeOrSay } from './safe-output.js';

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
  /** With -o: replace the file even when it is a workbook (a chase list written as .csv). */
  force?: boolean;
  delimiter?: string;
  /** Read for the join only (the recaps of a listing named alone). */
  context?: string[];
}

/**
 * `kolops chase`: read the listings and recaps, join them, and print the KOLs to follow
 * up today. Exit 0 whenever the list was produced (an empty or a long list alike), 2 on a
 * usage or config error, a missing path or an output it will not write. Findings are not
 * printed — `kolops check` does that — except one stderr line per file or folder that
 * could not be read at all, since the list is short by what it holds.
 */
export async function runChase(opts: ChaseCommandOptions, io: Streams): Promise<number> {
  const display = (p: string) => displayPath(p, io.cwd);
  const pre = await prelude(opts, io);
  if (!pre) return 2;
  const out = opts.output ? await planOutputOrSay(opts.output, io, opts.lang, { inputs: pre.inputs, existing: 'replace-report', force: opts.force }) : null;
  if (opts.output && !out) return 2;

  // Each config's files are one join, with its own follow-up days; the lists are merged.
  const { result, runs } = await checkGroups(pre.groups, {
    lang: opts.lang, month: opts.month ?? null, year: opts.year ?? null, asOf: opts.asOf ?? null,
    kinds: ['kol-listing', 'posting-recap'], delimiter: opts.delimiter,
  });
  for (const f of result.findings) {
    if (f.rule === 'file/unreadable') io.stderr(`kolops: ${display(f.file)}: ${oneLine(f.message)}\n`);
  }

  const asOf = runs[0]?.asOf ?? opts.asOf ?? '';
  const items = runs.flatMap((run) => {
    const targets = new Set(run.group.files);
    return chaseList([...run.postings.join().records], {
      asOf: run.asOf, within: opts.within, followUpDays: run.group.config.posting.followUpDays,
      include: (r) => (r.listing !== null && targets.has(r.listing.table.file)) || (r.recap !== null && targets.has(r.recap.table.file)),
    });
  }).sort(compareItems).map((item) => ({ ...item, source: { ...item.source, file: display(item.source.file) } }));

  const color = useColor(opts, io);
  const text = formatChase(opts.format, items, { lang: opts.lang, color, asOf, within: opts.within });
  if (!out) io.stdout(text);
  else if (!(await writeOrSay(out, text, io, opts.lang))) return 2;
  return 0;
}
