import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { defaultConfig } from '../config/defaults.js';
import { displayPath } from '../formatters/shared.js';
import { t, type Lang, type UiKey } from '../i18n/index.js';
import type { MessageArgs } from '../model/finding.js';
import { planNormalize } from '../writers/normalize-plan.js';
import { PatchRefusal, patchWorkbook, type RefusalReason } from '../writers/xlsx-patch.js';
import type { Streams } from './check-command.js';
import { prelude } from './prelude.js';
import { isOutputProblem, lockFileOf, outputProblemLine, planOutput, type AtomicWriter, type OutputProblem } from './safe-output.js';

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

/** Seam for tests: how the bytes reach the disk (a disk that fills up, a sync tool holding the file). */
export interface NormalizeDeps {
  writer?: AtomicWriter;
}

const XLSX = new Set(['.xlsx', '.xlsm']);

const REFUSAL_KEY: Record<RefusalReason, UiKey> = {
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

/**
 * `kolops normalize FILE`: add or refresh the derived columns (followers as a number,
 * tier, canonical account, status, ISO post date, month …) beside every KOL listing,
 * posting recap and affiliate deal table, by
 * editing the one worksheet part of the .xlsx package and copying every other part as
 * it is. Exit 0 when written (or already up to date), 2 on a usage error or a refusal;
 * a refusal never writes anything.
 */
export async function runNormalize(opts: NormalizeCommandOptions, io: Streams, deps: NormalizeDeps = {}): Promise<number> {
  const lang = opts.lang;
  const fail = (key: UiKey, args: MessageArgs = {}) => {
    io.stderr(`kolops: ${t(key, lang, args)}\n`);
    return 2;
  };
  const input = resolve(io.cwd, opts.file);
  const shown = displayPath(input, io.cwd);

  if (opts.output && opts.inPlace) return fail('normalize:both-outputs');
  if (!opts.output && !opts.inPlace) return fail('normalize:need-output', { file: shown });

  const pre = await prelude({ config: opts.config, paths: [opts.file], lang }, io);
  if (!pre) return 2;
  if (!(await stat(input)).isFile()) return fail('normalize:not-file', { file: shown });
  if (!XLSX.has(extname(input).toLowerCase())) return fail('normalize:xlsx-only', { file: shown });
  const config = pre.groups[0]?.config ?? defaultConfig();

  const target = opts.output ? resolve(io.cwd, opts.output) : input;
  const targetShown = displayPath(target, io.cwd);
  if (opts.output && !XLSX.has(extname(target).toLowerCase())) return fail('normalize:xlsx-only', { file: targetShown });
  if (opts.output && target === input) return fail('normalize:same-output');
  const display = (p: string) => displayPath(p, io.cwd);
  const refuse = (p: OutputProblem) => { io.stderr(outputProblemLine(p, lang, display)); return 2; };
  // The workbook read is an input; --in-place is the one way to name it as the output too.
  const out = await planOutput(opts.output ?? opts.file, io.cwd, {
    inputs: [input, ...pre.inputs], existing: opts.inPlace ? 'in-place' : 'needs-force', force: opts.force, writer: deps.writer,
  });
  if (isOutputProblem(out)) return refuse(out);
  // A workbook open in Excel is being edited: a copy of it now may miss what is being typed.
  const lock = lockFileOf(input);
  if (lock) return refuse({ refusal: 'locked', file: shown, detail: lock });

  const plan = await planNormalize(input, config, { month: opts.month ?? null, year: opts.year ?? null });
  if (plan.unreadable) {
    const detail = plan.unreadable.detail || plan.unreadable.reason;
    return fail('normalize:unreadable', { file: shown, detail });
  }
  if (plan.tables === 0) return fail('normalize:no-table', { file: shown });
  if (plan.sideBySide) return fail('normalize:refuse-side-by-side', { sheet: plan.sideBySide.sheet, row: plan.sideBySide.row });

  // Read once the plan is made: while the workbook is read for it, its bytes need not be held twice.
  const original = await readFile(input);
  // The patched sheets stream through (inflate, edit, deflate); only the compressed result is held.
  let pieces: Buffer[] | null;
  try {
    pieces = await patchWorkbook(original, plan.sheets, { force: opts.force });
  } catch (err) {
    if (!(err instanceof PatchRefusal)) throw err;
    return fail(REFUSAL_KEY[err.reason], { sheet: err.sheet, detail: err.detail });
  }

  if (opts.inPlace && pieces === null) {
    io.stdout(`${t('normalize:up-to-date', lang, { file: shown })}\n`);
    return 0;
  }
  if (opts.inPlace && opts.backup) {
    const bak = await planOutput(`${opts.file}.bak`, io.cwd, { inputs: [], existing: 'replace-report', force: true, writer: deps.writer });
    if (isOutputProblem(bak)) return refuse(bak);
    const problem = await bak.write(original);
    if (problem) return refuse(problem);
    io.stdout(`${t('normalize:backup', lang, { file: displayPath(bak.path, io.cwd) })}\n`);
  }
  const problem = await out.write(pieces === null ? original : Buffer.concat(pieces));
  if (problem) return refuse(problem);
  const { 'kol-listing': listing, 'posting-recap': recap, 'affiliate-deals': affiliate } = plan.kinds;
  const written = listing === plan.tables
    ? t('normalize:written', lang, { file: targetShown, rows: plan.rows, tables: plan.tables })
    : t('normalize:written-kinds', lang, { file: targetShown, rows: plan.rows, tables: plan.tables, listing, recap, affiliate });
  io.stdout(`${written}\n`);
  return 0;
}
