/**
 * The one way kolops writes a file. Every command that writes (`-o` of check, chase,
 * report and diff, normalize, init, baselines) goes through `planOutput` before it reads
 * anything and `write` at the end, so none of them can replace a workbook it reads, or
 * any workbook unless the user said `--force`, or leave half a file behind.
 */
import { existsSync } from 'node:fs';
import { appendFile, link, lstat, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { displayPath } from '../formatters/shared.js';
import { t, type Lang } from '../i18n/index.js';
import { WALKED_EXTENSIONS } from '../readers/index.js';
import { cannotWrite, errorCode } from './messages/system.js';

export type OutputRefusal =
  | 'is-input'      // one of the files this run reads
  | 'is-workbook'   // an existing file kolops would read as a workbook, without --force
  | 'exists'        // an existing file, where the command never replaces without --force
  | 'is-folder'
  | 'locked'        // Excel or LibreOffice has it open
  | 'cannot-write'; // the system said no (permission, disk full …)

/**
 * What happens to a file already at the target:
 * - `replace-report`: replaced, unless it is a workbook (`check -o report.txt` each CI run);
 * - `needs-force`: replaced only with --force (report monthly, normalize -o);
 * - `never`: never replaced, --force or not (init);
 * - `in-place`: the target is the one input named, by the user's explicit choice (normalize --in-place).
 */
export type ExistingPolicy = 'replace-report' | 'needs-force' | 'never' | 'in-place';

/** Puts bytes at a path all at once (temp file, then rename); a seam for tests of a failing disk. */
export type AtomicWriter = (path: string, data: string | Uint8Array | Iterable<string>) => Promise<void>;

export interface OutputPolicy {
  /** Every file this run reads: workbooks (also those found in folders), context, config, baseline. */
  inputs: readonly string[];
  existing: ExistingPolicy;
  force?: boolean;
  writer?: AtomicWriter;
}

export interface OutputProblem {
  refusal: OutputRefusal;
  /** The output as the user typed it. */
  file: string;
  /** `is-input`: the input it is; `locked`: the lock file's name; `cannot-write`: the system's code. */
  detail: string;
}

/** A write that was checked and may go ahead; `write` checks once more, as files appear while workbooks are read. */
export interface PlannedOutput {
  readonly path: string;
  write(data: string | Uint8Array | Iterable<string>): Promise<OutputProblem | null>;
  /** GITHUB_STEP_SUMMARY and the like: add to the end of the file, never replace it. */
  append(data: string): Promise<OutputProblem | null>;
}

/** Excel's owner file `~$Book.xlsx` or LibreOffice's `.~lock.Book.xlsx#`, when the workbook is open. */
export function lockFileOf(path: string): string | null {
  const dir = dirname(path);
  const name = basename(path);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    if (existsSync(join(dir, lock))) return lock;
  }
  return null;
}

/** The first bytes of a zip (xlsx, ods) or an OLE file (xls): a workbook whatever its name says. */
async function hasWorkbookBytes(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    const b = head.subarray(0, bytesRead);
    return (b[0] === 0x50 && b[1] === 0x4b) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}

/** A file kolops would read as a workbook: by its name, or by its bytes when misnamed. */
async function looksLikeWorkbook(path: string): Promise<boolean> {
  return WALKED_EXTENSIONS.has(extname(path).toLowerCase()) || await hasWorkbookBytes(path);
}

/** Device and inode: the same file under any name (a hard link, another case on macOS, a symlink). */
async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** The input a target is, if any: compared by real path and by inode, so no alias slips through. */
async function matchingInput(target: string, inputs: readonly string[]): Promise<string | null> {
  const real = await canonical(target);
  const id = await identity(target);
  for (const input of inputs) {
    if ((await canonical(input)) === real) return input;
    if (id !== null && (await identity(input)) === id) return input;
  }
  return null;
}

function problem(refusal: OutputRefusal, file: string, detail = ''): OutputProblem {
  return { refusal, file, detail };
}

async function check(target: string, shown: string, policy: OutputPolicy): Promise<OutputProblem | null> {
  const input = await matchingInput(target, policy.inputs);
  if (input !== null && policy.existing !== 'in-place') return problem('is-input', shown, input);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isDirectory()) return problem('is-folder', shown);
  const lock = lockFileOf(target);
  if (lock) return problem('locked', shown, lock);
  if (!existing || policy.existing === 'in-place') return null;
  if (policy.existing === 'never') return problem('exists', shown);
  if (policy.force) return null;
  if (policy.existing === 'needs-force') return problem('exists', shown);
  return (await looksLikeWorkbook(target)) ? problem('is-workbook', shown) : null;
}

let temporaries = 0;

/**
 * A name no other write uses: this process's id, the time and a count, with a random
 * tail against a reused id. The `wx` create refuses a name that exists all the same. Not
 * node:crypto's random bytes: loading that module was ~4 ms of every run's start-up,
 * writing or not (issue 17).
 */
function temporaryTag(): string {
  return `${process.pid.toString(36)}-${Date.now().toString(36)}-${(temporaries++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Write next to the target under a temporary name, then rename into place, so a reader
 * never sees half a file and a failed write leaves the old file untouched. With
 * `exclusive`, the temporary file is hard-linked into place instead, which fails when
 * the name is taken (and an exclusive create does the same where links are not allowed).
 */
async function writeAtomic(path: string, data: string | Uint8Array | Iterable<string>, exclusive: boolean): Promise<'written' | 'exists'> {
  const tmp = join(dirname(path), `.${basename(path)}.${temporaryTag()}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    if (!exclusive) {
      await rename(tmp, path);
      return 'written';
    }
    try {
      await link(tmp, path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw err;
      await writeFile(path, data, { flag: 'wx' });
    }
    return 'written';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' && exclusive) return 'exists';
    throw err;
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Check an output before the run does its work. `target` is resolved against `cwd`;
 * a symlink is followed, so the link stays and the file it points at is written.
 */
export async function planOutput(file: string, cwd: string, policy: OutputPolicy): Promise<PlannedOutput | OutputProblem> {
  const given = resolve(cwd, file);
  const link = await lstat(given).catch(() => null);
  const target = link?.isSymbolicLink() ? await canonical(given) : given;
  const first = await check(target, file, policy);
  if (first) return first;
  return {
    path: target,
    async write(data) {
      const again = await check(target, file, policy);
      if (again) return again;
      try {
        if (policy.writer) {
          await policy.writer(target, data);
          return null;
        }
        const done = await writeAtomic(target, data, policy.existing === 'never');
        return done === 'exists' ? problem('exists', file) : null;
      } catch (err) {
        return problem('cannot-write', file, errorCode(err));
      }
    },
    async append(data) {
      const input = await matchingInput(target, policy.inputs);
      if (input !== null) return problem('is-input', file, input);
      if ((await lstat(target).catch(() => null))?.isDirectory()) return problem('is-folder', file);
      try {
        await appendFile(target, data);
        return null;
      } catch (err) {
        return problem('cannot-write', file, errorCode(err));
      }
    },
  };
}

export function isOutputProblem(x: PlannedOutput | OutputProblem): x is OutputProblem {
  return 'refusal' in x;
}

/** One line on stderr saying why nothing was written (exit 2 follows); the system's reason said as what happened and what to do. */
export function outputProblemLine(p: OutputProblem, lang: Lang, display: (path: string) => string): string {
  if (p.refusal === 'cannot-write') return `kolops: ${cannotWrite(p.file, p.detail, lang)}\n`;
  const detail = p.refusal === 'is-input' ? display(p.detail) : p.detail;
  return `kolops: ${t(`output:${p.refusal}`, lang, { file: p.file, detail })}\n`;
}

interface SayIO {
  cwd: string;
  stderr: (s: string) => void;
}

/** `planOutput`, or null after saying on stderr why nothing will be written (the command exits 2). */
export async function planOutputOrSay(file: string, io: SayIO, lang: Lang, policy: OutputPolicy): Promise<PlannedOutput | null> {
  const planned = await planOutput(file, io.cwd, policy);
  if (!isOutputProblem(planned)) return planned;
  io.stderr(outputProblemLine(planned, lang, (p) => displayPath(p, io.cwd)));
  return null;
}

/** Write a planned output; false after saying on stderr why it could not be (the command exits 2). */
export async function writeOrSay(out: PlannedOutput, data: string | Uint8Array | Iterable<string>, io: SayIO, lang: Lang): Promise<boolean> {
  const problem = await out.write(data);
  if (problem) io.stderr(outputProblemLine(problem, lang, (p) => displayPath(p, io.cwd)));
  return problem === null;
}
