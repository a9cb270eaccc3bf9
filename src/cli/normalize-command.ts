import { copyFile, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { displayPath } from '../formatters/shared.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/finding.js';
import { planNormalize } from '../writers/normalize-plan.js';
import { PatchRefusal, patchXlsx, type RefusalReason } from '../writers/xlsx-patch.js';
import type { Streams } from './check-command.js';
import { writeFileAtomic } from './io.js';
import { prelude } from './prelude.js';

export interface NormalizeCommandOptions {
  file: string;
  output?: string;
  inPlace: boolean;
  /** `--no-backup`: with --in-place, do not keep FILE.bak. */
  backup: boolean;
  force: boolean;
  config?: string;
  month?: string | null;
  year?: number | null;
  lang: Lang;
}

/** Seams for tests: how the result is written and the backup made. */
export interface NormalizeDeps {
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
}

const defaultDeps: NormalizeDeps = { writeFileAtomic, copyFile: (a, b) => copyFile(a, b) };

const XLSX = new Set(['.xlsx', '.xlsm']);

const REFUSAL_KEY: Record<RefusalReason, string> = {
  'occupied': 'normalize:refuse-occupied',
  'formula': 'normalize:refuse-formula',
  'shared-formula': 'normalize:refuse-shared-formula',
  'merged': 'normalize:refuse-merged',
  'table-object': 'normalize:refuse-table-object',
  'protected': 'normalize:refuse-protected',
  'not-xlsx': 'normalize:refuse-unsupported',
  'no-sheet': 'normalize:refuse-unsupported',
  'unsupported-xml': 'normalize:refuse-unsupported',
};

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Excel's owner file `~$Book.xlsx` or LibreOffice's `.~lock.Book.xlsx#`, when the workbook is open. */
async function lockFileOf(path: string): Promise<string | null> {
  const dir = dirname(path);
  const name = basename(path);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    if (await exists(join(dir, lock))) return lock;
  }
  return null;
}

/**
 * `kolops normalize FILE`: add or refresh the derived columns (followers as a number,
 * tier, canonical account, status, ISO post date, month …) beside every KOL listing,
 * posting recap and affiliate deal table, by
 * editing the one worksheet part of the .xlsx package and copying every other part as
 * it is. Exit 0 when written (or already up to date), 2 on a usage error or a refusal;
 * a refusal never writes anything.
 */
export async function runNormalize(opts: NormalizeCommandOptions, io: Streams, deps: NormalizeDeps = defaultDeps): Promise<number> {
  const lang = opts.lang;
  const fail = (key: string, args: Record<string, string | number> = {}) => {
    io.stderr(`kolops: ${t(key, lang, args)}\n`);
    return 2;
  };
  const input = resolve(io.cwd, opts.file);
  const shown = displayPath(input, io.cwd);

  if (opts.output && opts.inPlace) return fail('normalize:both-outputs');
  if (!opts.output && !opts.inPlace) return fail('normalize:need-output', { file: shown });

  const pre = await prelude({ config: opts.config, paths: [opts.file], lang }, io);
  if (!pre) return 2;
  if (pre.missing.length) return 2;
  if (!(await stat(input)).isFile()) return fail('normalize:not-file', { file: shown });
  if (!XLSX.has(extname(input).toLowerCase())) return fail('normalize:xlsx-only', { file: shown });

  const target = opts.output ? resolve(io.cwd, opts.output) : input;
  const targetShown = displayPath(target, io.cwd);
  if (opts.output) {
    if (target === input) return fail('normalize:same-output');
    if (!XLSX.has(extname(target).toLowerCase())) return fail('normalize:xlsx-only', { file: targetShown });
    if (!opts.force && await exists(target)) return fail('normalize:output-exists', { file: targetShown });
  }
  for (const path of new Set([input, target])) {
    const lock = await lockFileOf(path);
    if (lock) return fail('normalize:locked', { file: displayPath(path, io.cwd), lock });
  }

  const original = await readFile(input);
  const plan = await planNormalize(input, pre.config, { month: opts.month ?? null, year: opts.year ?? null });
  if (plan.unreadable) {
    const detail = plan.unreadable.detail || plan.unreadable.reason;
    return fail('normalize:unreadable', { file: shown, detail });
  }
  if (plan.tables === 0) return fail('normalize:no-table', { file: shown });
  if (plan.sideBySide) return fail('normalize:refuse-side-by-side', { sheet: plan.sideBySide.sheet, row: plan.sideBySide.row });

  let output: Buffer = original;
  for (const [sheet, cells] of plan.sheets) {
    try {
      output = patchXlsx(output, sheet, cells, { force: opts.force });
    } catch (err) {
      if (!(err instanceof PatchRefusal)) throw err;
      return fail(REFUSAL_KEY[err.reason], { sheet, detail: err.detail });
    }
  }

  if (opts.inPlace && output.equals(original)) {
    io.stdout(`${t('normalize:up-to-date', lang, { file: shown })}\n`);
    return 0;
  }
  try {
    if (opts.inPlace && opts.backup) {
      const bak = `${input}.bak`;
      await deps.copyFile(input, bak);
      io.stdout(`${t('normalize:backup', lang, { file: displayPath(bak, io.cwd) })}\n`);
    }
    await deps.writeFileAtomic(target, output);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    return fail('normalize:write-failed', { file: targetShown, detail });
  }
  const { 'kol-listing': listing, 'posting-recap': recap, 'affiliate-deals': affiliate } = plan.kinds;
  const written = listing === plan.tables
    ? t('normalize:written', lang, { file: targetShown, rows: plan.rows, tables: plan.tables })
    : t('normalize:written-kinds', lang, { file: targetShown, rows: plan.rows, tables: plan.tables, listing, recap, affiliate });
  io.stdout(`${written}\n`);
  return 0;
}
