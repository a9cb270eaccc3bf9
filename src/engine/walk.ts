import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UnreadableFileError } from '../model/source.js';
import { isSpreadsheetPackage, systemDetail, unreadableFile, WALKED_EXTENSIONS } from '../readers/index.js';

/** Folders that never hold the team's workbooks. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function isLockFile(name: string): boolean {
  // Excel's owner file `~$Book.xlsx` and LibreOffice's `.~lock.Book.xlsx#`.
  return name.startsWith('~$') || name.startsWith('.~lock.');
}

/**
 * A path the walk could not go into or follow. It is reported as a `file/unreadable`
 * finding for that path, so a CI run fails instead of passing on what it never saw.
 */
export interface WalkIssue {
  path: string;
  error: UnreadableFileError;
}

export interface WalkResult {
  /**
   * Workbook paths as found (a symlink keeps its own name, so messages show what the user
   * sees); two paths to one file are listed once.
   */
  files: string[];
  /** The files named on the command line, rather than found inside a folder given. */
  explicit: Set<string>;
  /** The folders given, in order. */
  folders: string[];
  /** Paths given that do not exist. */
  missing: string[];
  issues: WalkIssue[];
}

/** The file-system calls the walk makes; tests inject failures (EACCES as root cannot be made for real). */
export interface WalkFs {
  stat: typeof stat;
  lstat: typeof lstat;
  readdir: (path: string) => Promise<string[]>;
  realpath: (path: string) => Promise<string>;
}

const nodeFs: WalkFs = { stat, lstat, readdir: (p) => readdir(p), realpath: (p) => realpath(p) };

/** What a failed system call means for the user, as a reason the rule file/unreadable words. */
export function walkError(err: unknown, context: 'folder' | 'entry'): UnreadableFileError {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'ELOOP') return new UnreadableFileError('symlink-loop', code);
  if (code === 'ENOENT') return new UnreadableFileError('broken-link', code);
  if (code === 'EACCES' || code === 'EPERM') {
    return new UnreadableFileError(context === 'folder' ? 'folder-unreadable' : 'permission-denied', code);
  }
  return unreadableFile(context === 'folder' ? 'folder-unreadable' : 'io-error', systemDetail(err));
}

/** A name a folder walk takes: every spreadsheet extension, read or not (an unread one becomes a finding). */
function walked(name: string): boolean {
  return WALKED_EXTENSIONS.has(extname(name).toLowerCase()) && !isLockFile(name);
}

/**
 * Expand paths into workbook files, in a stable (sorted) order. A file named explicitly
 * is always taken, whatever its extension, so a misnamed file gets a clear
 * `file/unreadable`; inside folders, every spreadsheet kolops reads and every one it
 * cannot (`.xls`, `.numbers`, `.xlsb`) is taken, so none is skipped in silence.
 * A folder that cannot be listed, a symlink loop and a dangling link become issues, and
 * the walk goes on.
 */
export async function collectFiles(paths: readonly string[], fs: WalkFs = nodeFs): Promise<WalkResult> {
  const walk = new Walk(fs);
  for (const p of paths) await walk.top(p);
  return { files: walk.files, explicit: walk.explicit, folders: walk.folders, missing: walk.missing, issues: walk.issues };
}

class Walk {
  readonly files: string[] = [];
  readonly explicit = new Set<string>();
  readonly folders: string[] = [];
  readonly missing: string[] = [];
  readonly issues: WalkIssue[] = [];
  private readonly seenFiles = new Map<string, string>();
  private readonly seenDirs = new Set<string>();
  private readonly seenIssues = new Set<string>();

  constructor(private readonly fs: WalkFs) {}

  async top(path: string): Promise<void> {
    let s;
    try {
      s = await this.fs.stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        // A dangling symlink exists but leads nowhere: that is a broken link, not a typo.
        const link = await this.fs.lstat(path).catch(() => null);
        if (link?.isSymbolicLink()) this.issue(path, new UnreadableFileError('broken-link', 'ENOENT'));
        else this.missing.push(path);
      } else {
        this.issue(path, walkError(err, 'entry'));
      }
      return;
    }
    if (s.isDirectory() && !isSpreadsheetPackage(path)) {
      this.folders.push(path);
      await this.dir(path, []);
    } else if (!isLockFile(basename(path))) await this.file(path, true);
  }

  private issue(path: string, error: UnreadableFileError): void {
    if (this.seenIssues.has(path)) return;
    this.seenIssues.add(path);
    this.issues.push({ path, error });
  }

  private async file(path: string, explicit: boolean): Promise<void> {
    const real = await this.fs.realpath(path).catch(() => path);
    const earlier = this.seenFiles.get(real);
    if (earlier !== undefined) {
      if (explicit) this.explicit.add(earlier);
      return;
    }
    this.seenFiles.set(real, path);
    this.files.push(path);
    if (explicit) this.explicit.add(path);
  }

  /** `ancestors`: the real folders above this one in the walk, to tell a loop from a second way in. */
  private async dir(path: string, ancestors: readonly string[]): Promise<void> {
    const real = await this.fs.realpath(path).catch(() => path);
    if (ancestors.includes(real)) {
      this.issue(path, new UnreadableFileError('symlink-loop', real));
      return;
    }
    if (this.seenDirs.has(real)) return; // reached again through a link: its files are taken already
    this.seenDirs.add(real);
    let names: string[];
    try {
      names = await this.fs.readdir(path);
    } catch (err) {
      this.issue(path, walkError(err, 'folder'));
      return;
    }
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const below = [...ancestors, real];
    for (const name of names) {
      const full = join(path, name);
      let entry;
      try {
        entry = await this.fs.lstat(full);
      } catch (err) {
        if (walked(name)) this.issue(full, walkError(err, 'entry'));
        continue;
      }
      if (entry.isSymbolicLink()) {
        await this.link(full, name, below);
      } else if (entry.isDirectory()) {
        if (isSpreadsheetPackage(name)) await this.file(full, false);
        else if (!SKIPPED_DIRS.has(name)) await this.dir(full, below);
      } else if (entry.isFile() && walked(name)) {
        await this.file(full, false);
      }
    }
  }

  private async link(full: string, name: string, ancestors: readonly string[]): Promise<void> {
    let target;
    try {
      target = await this.fs.stat(full);
    } catch (err) {
      // A dangling or looping link matters when it looks like a workbook; any other is not ours.
      if (walked(name)) this.issue(full, walkError(err, 'entry'));
      return;
    }
    if (target.isDirectory() && !isSpreadsheetPackage(name)) {
      if (!SKIPPED_DIRS.has(name)) await this.dir(full, ancestors);
    } else if ((target.isFile() || target.isDirectory()) && walked(name)) {
      await this.file(full, false);
    }
  }
}
