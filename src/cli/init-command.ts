import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, loadConfigFile } from '../config/load.js';
import { displayPath } from '../formatters/shared.js';
import { t, type Lang } from '../i18n/index.js';
import { configText, initialConfig, PLACEHOLDER_BRANDS } from '../templates/config.js';
import { templateBuffer, templateFileName, type TemplateOptions } from '../templates/build.js';
import { TEMPLATE_KINDS } from '../templates/spec.js';
import type { Streams } from './check-command.js';
import { configProblem } from './messages/config.js';
import { errorCode, systemProblem } from './messages/system.js';
import { isOutputProblem, outputProblemLine, planOutput, type OutputProblem } from './safe-output.js';

export interface InitCommandOptions {
  /** The folder to start (created when missing). */
  dir: string;
  lang: Lang;
  /** `YYYY-MM` the templates' sheets are named after; default: the run date's month. */
  month?: string | null;
  /** For tests: the run date. */
  now?: Date;
}

type WriteResult = 'created' | 'exists';

/**
 * Write a new file, never replacing one, through the one safe-output path: the bytes go
 * to a temporary name first and are linked into place, which fails when the name is
 * taken, so a reader never sees a half-written file and nothing is overwritten.
 */
async function writeNew(path: string, data: string | Uint8Array): Promise<WriteResult> {
  const out = await planOutput(path, dirname(path), { inputs: [], existing: 'never' });
  const problem = isOutputProblem(out) ? out : await out.write(data);
  if (!problem) return 'created';
  if (problem.refusal === 'exists') return 'exists';
  throw new NotWritten(problem);
}

/** A template or config that could not be written: said as every refused output is (safe-output.ts). */
class NotWritten extends Error {
  constructor(readonly problem: OutputProblem) {
    super(problem.refusal);
  }
}

/**
 * `kolops init [DIR]`: start a workbook folder — `kolops.config.json` with the SOP's
 * defaults and four header-only templates (KOL listing, posting recap, affiliate deals,
 * content calendar)
 * that `kolops check` reads without a finding. An existing file is never touched: it is
 * skipped with a note on stderr. Exit 0 when every file was written or already there,
 * 2 when DIR is not a usable folder or a file cannot be written.
 */
export async function runInit(opts: InitCommandOptions, io: Streams): Promise<number> {
  const { lang } = opts;
  const target = resolve(io.cwd, opts.dir);
  const show = (p: string) => (resolve(io.cwd, p) === resolve(io.cwd) ? '.' : displayPath(p, io.cwd));
  const badDir = (code: string | null): number => {
    const detail = code === null ? t('cli-run:not-a-folder', lang) : systemProblem(code, 'write', show(target), lang);
    io.stderr(`kolops: ${t('init:bad-dir', lang, { dir: show(target), detail })}\n`);
    return 2;
  };

  try {
    const st = await stat(target);
    if (!st.isDirectory()) return badDir(null);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return badDir(errorCode(err));
    try {
      await mkdir(target, { recursive: true });
    } catch (mkErr) {
      return badDir(errorCode(mkErr));
    }
  }

  const now = opts.now ?? new Date();
  const month = opts.month ?? `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const year = Number(month.slice(0, 4));

  const created: string[] = [];
  const skipped: string[] = [];
  const record = (path: string, result: WriteResult) => (result === 'created' ? created : skipped).push(path);

  // The config first: the templates offer its brands.
  const configPath = join(target, CONFIG_FILE_NAME);
  const config = initialConfig(year);
  let brands: string[] = PLACEHOLDER_BRANDS.map((b) => b.name);
  let deliverables: TemplateOptions['deliverables'] = { videos: 3, lives: 1 };
  let calendar: Pick<TemplateOptions, 'timeZone' | 'minLeadDays'> = {};
  try {
    if (existsSync(configPath)) {
      record(configPath, 'exists');
      try {
        const existing = await loadConfigFile(configPath);
        if (existing.brands.length > 0) brands = existing.brands.map((b) => b.name);
        deliverables = existing.affiliate.deliverables;
        calendar = { timeZone: existing.calendar.timeZone, minLeadDays: existing.calendar.minLeadDays };
      } catch (err) {
        const detail = err instanceof ConfigError ? configProblem(err, lang) : errorCode(err);
        io.stderr(`kolops: ${t('init:config-ignored', lang, { file: show(configPath), detail })}\n`);
      }
    } else {
      record(configPath, await writeNew(configPath, configText(config)));
    }

    for (const kind of TEMPLATE_KINDS) {
      const path = join(target, templateFileName(kind, lang));
      if (existsSync(path)) {
        record(path, 'exists');
        continue;
      }
      record(path, await writeNew(path, await templateBuffer(kind, { lang, month, brands, deliverables, ...calendar })));
    }
  } catch (err) {
    for (const p of created) io.stdout(`${t('init:created', lang, { file: show(p) })}\n`);
    if (!(err instanceof NotWritten)) return badDir(errorCode(err));
    io.stderr(outputProblemLine({ ...err.problem, file: show(err.problem.file) }, lang, show));
    return 2;
  }

  for (const p of created) io.stdout(`${t('init:created', lang, { file: show(p) })}\n`);
  for (const p of skipped) io.stderr(`kolops: ${t('init:skipped', lang, { file: show(p) })}\n`);
  if (created.length > 0) {
    io.stdout(`${t('init:next', lang, { config: show(configPath), dir: show(target) })}\n`);
  }
  return 0;
}
