import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/** Extensions `kolops check` picks up when it walks a folder. */
const WALKED = new Set(['.xlsx', '.xlsm', '.csv', '.tsv']);
/** Folders that never hold the team's workbooks. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function isLockFile(name: string): boolean {
  // Excel's owner file `~$Book.xlsx` and LibreOffice's `.~lock.Book.xlsx#`.
  return name.startsWith('~$') || name.startsWith('.~lock.');
}

export interface WalkResult {
  files: string[];
  missing: string[];
}

/**
 * Expand paths into workbook files, in a stable (sorted) order. A file named
 * explicitly is always taken, whatever its extension, so `.xls` or a misnamed file
 * gets a clear `file/unreadable` instead of being skipped in silence.
 */
export async function collectFiles(paths: readonly string[]): Promise<WalkResult> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (s.isDirectory()) await walk(p, files);
    else if (!isLockFile(basename(p))) files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(full, out);
    } else if (e.isFile() && WALKED.has(extname(e.name).toLowerCase()) && !isLockFile(e.name)) {
      out.push(full);
    }
  }
}
