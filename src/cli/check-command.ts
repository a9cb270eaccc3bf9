import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkFiles, ruleDescriptors } from '../engine/check.js';
import { formatResultPieces, githubStepSummary, type FormatName } from '../formatters/index.js';
import { t } from '../i18n/index.js';
import { countFindings, type Lang } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import type { TableKind } from '../model/table.js';
import { writeFileAtomic } from './io.js';
import { prelude, useColor } from './prelude.js';
import { displayPath } from '../formatters/shared.js';
import { VERSION } from './version.js';

export interface CheckCommandOptions {
  paths: string[];
  format: FormatName;
  config?: string;
  month?: string | null;
  year?: number | null;
  asOf?: string | null;
  lang: Lang;
  maxWarnings: number;
  quiet: boolean;
  output?: string;
  delimiter?: string;
  kinds?: TableKind[];
  /** Keep only findings of these rules (e.g. `recap check` reads listings only to join them). */
  ruleFilter?: (ruleId: string) => boolean;
  maxFindings?: number;
}

export interface Streams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** stderr is a terminal: a progress line may be drawn there (and erased). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** `kolops check` and `kolops list validate`: returns the exit code, prints through `io`. */
export async function runCheck(opts: CheckCommandOptions, io: Streams): Promise<number> {
  const pre = await prelude(opts, io);
  if (!pre) return 2;
  const { config } = pre;
  const display = (p: string) => displayPath(p, io.cwd);
  const progress = opts.format === 'text' && io.stderrIsTTY && !io.env.CI ? progressLine(io) : null;
  let result = await checkFiles(pre.files, config, {
    onProgress: progress?.update,
    lang: opts.lang, month: opts.month ?? null, year: opts.year ?? null, asOf: opts.asOf ?? null, kinds: opts.kinds, delimiter: opts.delimiter,
  });
  progress?.done();
  if (opts.ruleFilter) {
    const kept = result.findings.filter((f) => opts.ruleFilter!(f.rule));
    result = { ...result, findings: kept, summary: { files: result.summary.files, ...countFindings(kept) } };
  }
  const shown = relabel(opts.quiet ? onlyErrors(result) : result, display);

  const color = useColor(opts, io);
  const ctx = { lang: opts.lang, color, version: VERSION, rules: ruleDescriptors(config), cwd: io.cwd, maxFindingsPerRule: opts.maxFindings };
  const pieces = await formatResultPieces(opts.format, shown, ctx);
  if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), pieces);
  else for (const piece of pieces) io.stdout(piece);
  if (opts.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    await appendFile(io.env.GITHUB_STEP_SUMMARY, await githubStepSummary(shown, ctx));
  }

  if (pre.missing.length > 0) return 2;
  if (result.summary.errors > 0) return 1;
  if (!opts.quiet && opts.maxWarnings >= 0 && result.summary.warnings > opts.maxWarnings) {
    io.stderr(`kolops: ${t('cli:too-many-warnings', opts.lang, { warnings: result.summary.warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(result: CheckResult): CheckResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

/**
 * Paths as the user would type them: relative to the working folder when inside it. The
 * findings are this run's own, so they are relabelled in place rather than copied (a
 * million-row export has tens of thousands).
 */
function relabel(result: CheckResult, display: (p: string) => string): CheckResult {
  const shown = new Map<string, string>();
  for (const f of result.findings) {
    let path = shown.get(f.file);
    if (path === undefined) shown.set(f.file, (path = display(f.file)));
    f.file = path;
  }
  return { ...result, files: result.files.map((f) => ({ ...f, path: display(f.path) })) };
}


/**
 * A one-line "file › sheet: N rows" on stderr for runs longer than about a second,
 * redrawn at most four times a second and erased at the end, so it never mixes with
 * the report on stdout.
 */
function progressLine(io: Streams): { update: (p: { file: string; sheet: string; rows: number }) => void; done: () => void } {
  const started = Date.now();
  // Tests set KOLOPS_PROGRESS_DELAY_MS=0 instead of waiting a second on a big file.
  const delay = Number(io.env.KOLOPS_PROGRESS_DELAY_MS ?? 1000);
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - started < delay || (last > 0 && now - last < 250)) return;
      last = now;
      drawn = true;
      const text = `${displayPath(p.file, io.cwd)} › ${p.sheet}: ${p.rows.toLocaleString('en-US')} rows`;
      io.stderr(`\r\x1b[2K${text.slice(0, 120)}`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
