import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, resolveConfig } from '../config/load.js';
import { checkFiles, ruleDescriptors } from '../engine/check.js';
import { collectFiles } from '../engine/walk.js';
import { formatResult, githubStepSummary, type FormatName } from '../formatters/index.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import type { TableKind } from '../model/table.js';
import { writeFileAtomic } from './io.js';
import { VERSION } from './version.js';

export interface CheckCommandOptions {
  paths: string[];
  format: FormatName;
  config?: string;
  month?: string | null;
  year?: number | null;
  lang: Lang;
  maxWarnings: number;
  quiet: boolean;
  output?: string;
  delimiter?: string;
  kinds?: TableKind[];
  maxFindings?: number;
}

export interface Streams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** `kolops check` and `kolops list validate`: returns the exit code, prints through `io`. */
export async function runCheck(opts: CheckCommandOptions, io: Streams): Promise<number> {
  let config;
  try {
    config = resolveConfig(opts.config, io.cwd, opts.paths).config;
  } catch (err) {
    if (err instanceof ConfigError) {
      const key = err.kind === 'invalid' ? 'cli:config-invalid' : 'cli:config-unreadable';
      io.stderr(`kolops: ${t(key, opts.lang, { file: err.file, path: err.keyPath, expected: err.expected, detail: err.expected })}\n`);
      return 2;
    }
    throw err;
  }

  const walked = await collectFiles(opts.paths.map((p) => resolve(io.cwd, p)));
  for (const m of walked.missing) io.stderr(`kolops: ${t('cli:path-missing', opts.lang, { path: m })}\n`);
  if (walked.files.length === 0 && walked.missing.length < opts.paths.length) {
    io.stderr(`kolops: ${t('cli:no-workbooks', opts.lang, { paths: opts.paths.join(', ') })}\n`);
  }
  const display = (p: string) => relativeDisplay(p, io.cwd);
  const result = await checkFiles(walked.files, config, {
    lang: opts.lang, month: opts.month ?? null, year: opts.year ?? null, kinds: opts.kinds, delimiter: opts.delimiter,
  });
  const shown = relabel(opts.quiet ? onlyErrors(result) : result, display);

  const color = !opts.output && opts.format === 'text' && io.isTTY && !io.env.NO_COLOR ? true : Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0');
  const ctx = { lang: opts.lang, color, version: VERSION, rules: ruleDescriptors(config), cwd: io.cwd, maxFindingsPerRule: opts.maxFindings };
  const text = formatResult(opts.format, shown, ctx);
  if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
  else io.stdout(text);
  if (opts.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    await appendFile(io.env.GITHUB_STEP_SUMMARY, githubStepSummary(shown, ctx));
  }

  if (walked.missing.length > 0) return 2;
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

/** Paths as the user would type them: relative to the working folder when inside it. */
function relabel(result: CheckResult, display: (p: string) => string): CheckResult {
  return {
    ...result,
    files: result.files.map((f) => ({ ...f, path: display(f.path) })),
    findings: result.findings.map((f) => ({ ...f, file: display(f.file) })),
  };
}

function relativeDisplay(p: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}
