import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { defaultConfig } from '../config/defaults.js';
import { applyBaseline, BaselineError, EMPTY_BASELINE, parseBaseline, serializeBaseline, updateBaseline, type Baseline } from '../engine/baseline.js';
import { ruleDescriptors } from '../engine/check.js';
import { checkGroups } from '../engine/run.js';
import { formatResultPieces, githubStepSummary, type FormatName } from '../formatters/index.js';
import { displayPath } from '../formatters/shared.js';
import { t, type Lang } from '../i18n/index.js';
import { countFindings, type Finding } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import type { TableKind } from '../model/table.js';
import { rulesForKinds } from '../rules/index.js';
import { errorCode, systemProblem } from './messages/system.js';
import { prelude, useColor } from './prelude.js';
import { isOutputProblem, outputProblemLine, planOutput, planOutputOrSay, writeOrSay, type OutputProblem, type PlannedOutput } from './safe-output.js';
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
  /** With -o: replace the file even when it is a workbook. */
  force?: boolean;
  delimiter?: string;
  /** `list validate` and friends: the table kinds checked, and so the rules run. */
  kinds?: TableKind[];
  maxFindings?: number;
  /** Read for the joins only; not reported. */
  context?: string[];
  baseline?: string;
  suppressAll?: boolean;
  suppressMonth?: string;
  pruneSuppressions?: boolean;
}

export interface Streams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** stderr is a terminal: a progress line may be drawn there (and erased). */
  stderrIsTTY?: boolean;
  /** How long a run goes before the progress line appears; 1000 ms unless given (tests pass 0). */
  progressDelayMs?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Where `--suppress-all` writes when no `--baseline` is named. */
export const DEFAULT_BASELINE = 'kolops-baseline.json';

interface BaselinePlan {
  path: string;
  shown: string;
  baseline: Baseline;
  /** Set when this run rewrites the file. */
  out: PlannedOutput | null;
}

/** `kolops check` and the kind-only checks: returns the exit code, prints through `io`. */
export async function runCheck(opts: CheckCommandOptions, io: Streams): Promise<number> {
  const say = (line: string) => { io.stderr(line); return 2; };
  const display = (p: string) => displayPath(p, io.cwd);
  const refuse = (p: OutputProblem) => say(outputProblemLine(p, opts.lang, display));
  const writesBaseline = Boolean(opts.suppressAll || opts.suppressMonth || opts.pruneSuppressions);
  if (opts.suppressAll && opts.suppressMonth) return say(`kolops: ${t('cli:baseline-flags', opts.lang)}\n`);

  const pre = await prelude(opts, io);
  if (!pre) return 2;

  let base: BaselinePlan | null = null;
  if (opts.baseline || writesBaseline) {
    const planned = await loadBaseline(opts.baseline ?? DEFAULT_BASELINE, writesBaseline, opts.lang, io);
    if (typeof planned === 'number') return planned;
    base = planned;
    if (writesBaseline) {
      const out = await planOutput(base.path, io.cwd, { inputs: pre.inputs, existing: 'in-place' });
      if (isOutputProblem(out)) return refuse(out);
      base.out = out;
    }
  }
  const inputs = base ? [...pre.inputs, base.path] : pre.inputs;
  const report = opts.output ? await planOutputOrSay(opts.output, io, opts.lang, { inputs, existing: 'replace-report', force: opts.force }) : null;
  if (opts.output && !report) return 2;

  const progress = opts.format === 'text' && io.stderrIsTTY && !io.env.CI ? progressLine(io, opts.lang) : null;
  const { result: full, runs } = await checkGroups(pre.groups, {
    onProgress: progress?.update,
    lang: opts.lang, month: opts.month ?? null, year: opts.year ?? null, asOf: opts.asOf ?? null,
    kinds: opts.kinds, rules: opts.kinds ? rulesForKinds(opts.kinds) : undefined, delimiter: opts.delimiter,
  });
  progress?.done();

  let result = full;
  if (base) {
    const baseDir = dirname(base.path);
    // Entries of a file that is gone (renamed, deleted) can match nothing again: absent, whatever was checked.
    const gone = base.baseline.entries.map((e) => resolve(baseDir, e.file)).filter((f) => !existsSync(f));
    const checked = [...pre.files, ...pre.groups.flatMap((g) => g.issues.map((i) => i.path)), ...gone];
    let applied = applyBaseline(full.findings, base.baseline, baseDir, checked);
    if (base.out) {
      const accept = opts.suppressAll ? applied.fresh
        : opts.suppressMonth ? applied.fresh.filter((f) => f.month === opts.suppressMonth) : [];
      const next = updateBaseline(base.baseline, applied, { accept, prune: Boolean(opts.suppressAll || opts.pruneSuppressions) }, baseDir);
      const problem = await base.out.write(serializeBaseline(next));
      if (problem) return refuse(problem);
      io.stderr(`kolops: ${t('cli:baseline-written', opts.lang, { file: base.shown, entries: next.entries.reduce((n, e) => n + e.count, 0) })}\n`);
      applied = applyBaseline(full.findings, next, baseDir, checked);
    }
    result = withFindings(full, applied.fresh);
    result.baseline = {
      file: base.shown,
      suppressed: applied.suppressed,
      absent: applied.absent.map((e) => ({ file: display(resolve(baseDir, e.file)), rule: e.rule, severity: e.severity,
        sheet: e.sheet ?? null, kol: e.kol ?? null, month: e.month ?? null, count: e.count })),
      written: Boolean(base.out),
    };
  }
  const shown = relabel(opts.quiet ? withFindings(result, result.findings.filter((f) => f.severity === 'error'), false) : result, display);
  for (const f of shown.files) f.config = f.config ? display(f.config) : null;

  const color = useColor(opts, io);
  const ctx = { lang: opts.lang, color, version: VERSION, rules: ruleDescriptors(runs[0]?.group.config ?? defaultConfig(), opts.lang), cwd: io.cwd, maxFindingsPerRule: opts.maxFindings };
  const pieces = await formatResultPieces(opts.format, shown, ctx);
  if (!report) for (const piece of pieces) io.stdout(piece);
  else if (!(await writeOrSay(report, pieces, io, opts.lang))) return 2;
  if (opts.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    const summary = await planOutput(io.env.GITHUB_STEP_SUMMARY, io.cwd, { inputs, existing: 'in-place' });
    const problem = isOutputProblem(summary) ? summary : await summary.append(await githubStepSummary(shown, ctx));
    if (problem) return refuse(problem);
  }

  if (result.summary.errors > 0) return 1;
  if (!opts.quiet && opts.maxWarnings >= 0 && result.summary.warnings > opts.maxWarnings) {
    io.stderr(`kolops: ${t('cli:too-many-warnings', opts.lang, { warnings: result.summary.warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/**
 * The baseline file, or an exit code after one line on stderr. A missing file is an
 * error unless this run writes it; a file that is not a kolops baseline is never
 * overwritten.
 */
async function loadBaseline(file: string, writing: boolean, lang: Lang, io: Streams): Promise<BaselinePlan | number> {
  const path = resolve(io.cwd, file);
  const shown = displayPath(path, io.cwd);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT' && writing) return { path, shown, baseline: EMPTY_BASELINE, out: null };
    const key = code === 'ENOENT' ? 'cli:baseline-missing' : 'cli:baseline-unreadable';
    io.stderr(`kolops: ${t(key, lang, { file: shown, detail: systemProblem(code, 'read', shown, lang) })}\n`);
    return 2;
  }
  try {
    return { path, shown, baseline: parseBaseline(text), out: null };
  } catch (err) {
    if (!(err instanceof BaselineError)) throw err;
    io.stderr(`kolops: ${t('cli:baseline-invalid', lang, { file: shown, detail: err.detail })}\n`);
    return 2;
  }
}

/** The result with another set of findings, its counts made again from them. */
function withFindings(result: CheckResult, findings: Finding[], recount = true): CheckResult {
  const counts = recount ? countFindings(findings) : { errors: result.summary.errors, warnings: result.summary.warnings, infos: result.summary.infos };
  return { ...result, findings, summary: { files: result.summary.files, ...counts } };
}

/**
 * Paths as the user would type them: relative to the working folder when inside it. The
 * findings are this run's own, so they are relabelled in place rather than copied (a
 * million-row export has tens of thousands).
 */
function relabel(result: CheckResult, display: (p: string) => string): CheckResult {
  const shown = new Map<string, string>();
  const label = (f: Finding) => {
    let path = shown.get(f.file);
    if (path === undefined) shown.set(f.file, (path = display(f.file)));
    f.file = path;
  };
  result.findings.forEach(label);
  result.baseline?.suppressed.forEach(label);
  return {
    ...result,
    files: result.files.map((f) => ({ ...f, path: display(f.path) })),
    ...(result.notChecked ? { notChecked: result.notChecked.map((n) => ({ ...n, path: display(n.path) })) } : {}),
  };
}


/** How long a run goes before its progress line appears, unless `Streams.progressDelayMs` says otherwise. */
const PROGRESS_DELAY_MS = 1000;

/**
 * A one-line "file › sheet: N rows" on stderr for runs longer than about a second,
 * redrawn at most four times a second and erased at the end, so it never mixes with
 * the report on stdout.
 */
function progressLine(io: Streams, lang: Lang): { update: (p: { file: string; sheet: string; rows: number }) => void; done: () => void } {
  const started = Date.now();
  const delay = io.progressDelayMs ?? PROGRESS_DELAY_MS;
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - started < delay || (last > 0 && now - last < 250)) return;
      last = now;
      drawn = true;
      const text = `${displayPath(p.file, io.cwd)} › ${p.sheet}: ${t('cli-run:progress-rows', lang, { rows: p.rows })}`;
      io.stderr(`\r\x1b[2K${text.slice(0, 120)}`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
