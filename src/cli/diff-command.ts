import { execFile, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { diffSides, OldSideChangedError, type ReadSide } from '../diff/compare.js';
import { formatDiff, type DiffFormatName, type FileDiff } from '../diff/format.js';
import { readRows } from '../diff/rows.js';
import { displayPath, oneLine } from '../formatters/shared.js';
import { ruleMessage, t, type Lang } from '../i18n/index.js';
import fileUnreadable from '../rules/file/unreadable.js';
import { asUnreadable, openWorkbook } from '../readers/index.js';
import type { Streams } from './check-command.js';
import { ConfigError, ConfigResolver } from '../config/load.js';
import { configErrorLine } from './messages/config.js';
import { planOutputOrSay, writeOrSay } from './safe-output.js';

const run = promisify(execFile);

export interface DiffCommandOptions {
  /** Without `base`: OLD and NEW. With `base`: the workbooks to compare with that revision. */
  paths: string[];
  base?: string;
  format: DiffFormatName;
  config?: string;
  lang: Lang;
  /** Like `git diff --exit-code`: exit 1 when some row differs. */
  exitCode?: boolean;
  output?: string;
  /** With -o: replace the file even when it is a workbook. */
  force?: boolean;
  delimiter?: string;
  year?: number | null;
}

/** A failure that ends the command with exit 2 after one stderr line. */
class Stop extends Error {}

/**
 * `kolops diff OLD NEW` and `kolops diff --base REV FILE...`: added, removed and changed
 * rows of KOL listings and affiliate tables, matched by account. Exit 0 whether or not
 * rows differ (1 with --exit-code when they do), 2 on a usage or config error, a missing
 * path, an unreadable workbook or a revision git cannot read.
 */
export async function runDiff(opts: DiffCommandOptions, io: Streams): Promise<number> {
  const fail = (msg: string) => { io.stderr(`kolops: ${msg}\n`); return 2; };
  if (opts.base === undefined ? opts.paths.length !== 2 : opts.paths.length === 0) return fail(t('diff:usage', opts.lang));

  // Each side is read with the config of its own folder (`--config` for both): the same file reads the same way in check and diff.
  const configs = new ConfigResolver(opts.config, io.cwd);
  const configOf = async (path: string) => configs.load(configs.fileFor(path));
  const inputs = opts.paths.map((p) => resolve(io.cwd, p));
  const out = opts.output ? await planOutputOrSay(opts.output, io, opts.lang, { inputs, existing: 'replace-report', force: opts.force }) : null;
  if (opts.output && !out) return 2;

  /**
   * One side, read as often as the comparison asks (the old side twice when rows differ:
   * streaming keeps memory flat). `configFrom`: the real path whose config applies (a
   * revision's copy sits in a temporary folder).
   */
  const side = async (path: string, shown: string, configFrom = path): Promise<ReadSide> => {
    const config = await configOf(configFrom);
    return async (visit) => {
      try {
        const wb = await openWorkbook(path, { delimiter: opts.delimiter, limits: config.limits });
        return await readRows(wb, config, { year: opts.year ?? null }, visit);
      } catch (err) {
        if (err instanceof OldSideChangedError) throw err;
        const e = asUnreadable(err);
        throw new Stop(`${shown}: ${ruleMessage(fileUnreadable.meta, e.reason, opts.lang, { detail: e.detail })}`);
      }
    };
  };
  /** `diffSides`, with an old side that changed under it said as such, naming the file. */
  const compare = async (oldSide: ReadSide | null, newSide: ReadSide | null, oldShown: string) => {
    try {
      return await diffSides(oldSide, newSide);
    } catch (err) {
      if (err instanceof OldSideChangedError) throw new Stop(t('diff:old-changed', opts.lang, { file: oldShown }));
      throw err;
    }
  };
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

  const files: FileDiff[] = [];
  try {
    if (opts.base === undefined) {
      const [oldPath, newPath] = opts.paths.map((p) => resolve(io.cwd, p)) as [string, string];
      for (const [p, given] of [[oldPath, opts.paths[0]!], [newPath, opts.paths[1]!]] as const) {
        if (!isFile(p)) throw new Stop(t('cli:path-missing', opts.lang, { path: given }));
      }
      const oldShown = displayPath(oldPath, io.cwd);
      const newShown = displayPath(newPath, io.cwd);
      const { diff, notCompared } = await compare(await side(oldPath, oldShown), await side(newPath, newShown), oldShown);
      files.push({ file: newShown, old: oldShown, new: newShown, diff, notCompared });
    } else {
      const rev = opts.base;
      try {
        await run('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: io.cwd });
      } catch (err) {
        throw new Stop(t('diff:git-failed', opts.lang, { file: opts.paths[0]!, rev, detail: gitDetail(err, t('cli-run:git-unknown-revision', opts.lang)) }));
      }
      for (const given of opts.paths) {
        const abs = resolve(io.cwd, given);
        const shown = displayPath(abs, io.cwd);
        const spec = `${rev}:./${relative(io.cwd, abs).split('\\').join('/')}`;
        const oldLabel = `${rev}:${shown}`;
        const atRev = await run('git', ['cat-file', '-e', spec], { cwd: io.cwd }).then(() => true, () => false);
        const inTree = isFile(abs);
        if (!atRev && !inTree) throw new Stop(t('diff:not-in-either', opts.lang, { file: shown, rev }));
        // The revision's copy stays until the comparison is done: the old side may be read twice.
        const dir = atRev ? await mkdtemp(join(tmpdir(), 'kolops-diff-')) : null;
        try {
          let oldSide: ReadSide | null = null;
          if (dir) {
            // Same file name, so the reader picks the format (and the month in a file name) as for the real file.
            const tmp = join(dir, basename(abs));
            try {
              await gitShowTo(spec, io.cwd, tmp);
            } catch (err) {
              throw new Stop(t('diff:git-failed', opts.lang, { file: shown, rev, detail: gitDetail(err, t('cli-run:git-show-failed', opts.lang)) }));
            }
            oldSide = await side(tmp, oldLabel, abs);
          }
          const { diff, notCompared } = await compare(oldSide, inTree ? await side(abs, shown) : null, oldLabel);
          files.push({ file: shown, old: oldLabel, new: inTree ? shown : '/dev/null', diff, notCompared });
        } finally {
          if (dir) await rm(dir, { recursive: true, force: true });
        }
      }
    }
  } catch (err) {
    if (err instanceof Stop) return fail(err.message);
    if (err instanceof ConfigError) return fail(configErrorLine(err, opts.lang));
    throw err;
  }

  const text = formatDiff(opts.format, files, opts.lang);
  if (!out) io.stdout(text);
  else if (!(await writeOrSay(out, text, io, opts.lang))) return 2;
  const differs = files.some((f) => f.diff.sheets.length > 0);
  return opts.exitCode && differs ? 1 : 0;
}

/** `git show SPEC` into a file: git writes it straight there, so a big workbook is never held in memory. */
async function gitShowTo(spec: string, cwd: string, path: string): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn('git', ['show', spec], { cwd, stdio: ['ignore', fh.fd, 'pipe'] });
      const stderr: Buffer[] = [];
      child.stderr!.on('data', (b: Buffer) => stderr.push(b));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done() : fail(Object.assign(new Error(`git show exited with ${code}`), { stderr: Buffer.concat(stderr) }))));
    });
  } finally {
    await fh.close();
  }
}

function gitDetail(err: unknown, fallback: string): string {
  const stderr = (err as { stderr?: Buffer | string }).stderr;
  const text = stderr ? oneLine(String(stderr)).trim() : '';
  return text || fallback;
}
