import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, type WalkFs } from '../../src/engine/walk.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, oleBytes, writeXlsx, zipBytes } from '../helpers/fixtures.js';
import { cleanListingRows, LISTING_HEADER } from '../helpers/memory.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kolops.js');
let dir: string;

interface JsonRun { findings: { rule: string; file: string; message: string; severity: string }[]; files: { path: string }[]; summary: { files: number; errors: number } }

beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The examples plus every construct the walk once skipped in silence. */
async function awkwardFolder(name: string): Promise<string> {
  const folder = join(dir, name);
  await cp(join(root, 'examples'), folder, { recursive: true });
  await writeFile(join(folder, 'legacy.xls'), oleBytes());
  await writeFile(join(folder, 'calc.ods'), zipBytes({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }));
  await writeFile(join(folder, 'big.xlsb'), zipBytes({ '[Content_Types].xml': '<Types/>' }));
  await mkdir(join(folder, 'Budget.numbers')); // a macOS package: a folder that is one document
  await writeFile(join(folder, 'Budget.numbers', 'Index.zip'), 'x');
  await symlink('loop.xlsx', join(folder, 'loop.xlsx'));
  await symlink('gone.csv', join(folder, 'dangling.csv'));
  await mkdir(join(folder, 'sub'));
  await symlink('..', join(folder, 'sub', 'up')); // a folder link back up: a loop
  await symlink(join(folder, 'kol-listing-2024.xlsx'), join(folder, 'sub', 'same-listing.xlsx')); // a second way to one file
  await symlink('no-such-folder', join(folder, 'notes.txt')); // a dangling link that is not a workbook: not ours
  return folder;
}

describe('kolops check walks folders without going silent', () => {
  it('names every spreadsheet it cannot read, every loop and dangling link; checks the rest; exit 1', async () => {
    const folder = await awkwardFolder('awkward');
    const run = await kolops(['check', folder, '--format', 'json', '--as-of', '2024-09-20'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as JsonRun;
    const unreadable = r.findings.filter((f) => f.rule === 'file/unreadable').map((f) => [f.file, f.message]);
    expect(unreadable.map(([file]) => file).sort()).toEqual([
      'awkward/Budget.numbers', 'awkward/big.xlsb', 'awkward/calc.ods', 'awkward/dangling.csv', 'awkward/legacy.xls', 'awkward/loop.xlsx', 'awkward/sub/up',
    ]);
    const says = Object.fromEntries(unreadable);
    expect(says['awkward/legacy.xls']).toMatch(/legacy \.xls .*Re-save it in Excel as \.xlsx/);
    // .ods is read now; one with no content.xml is a damaged one, and says so.
    expect(says['awkward/calc.ods']).toMatch(/damaged or truncated \(the spreadsheet has no content\.xml\).*LibreOffice/);
    expect(says['awkward/Budget.numbers']).toMatch(/Apple Numbers/);
    expect(says['awkward/big.xlsb']).toMatch(/Excel binary workbook/);
    expect(says['awkward/loop.xlsx']).toMatch(/leads back to itself/);
    expect(says['awkward/sub/up']).toMatch(/leads back to itself or to a folder above it/);
    expect(says['awkward/dangling.csv']).toMatch(/points at a file that does not exist/);
    // The six examples are read once each (the link to the listing is the listing).
    expect(r.files.map((f) => f.path).filter((p) => !says[p])).toEqual([
      'awkward/affiliate-deals.xlsx', 'awkward/affiliate-deliverables-2024.xlsx', 'awkward/kalender-konten-oktober-2024.xlsx', 'awkward/kol-listing-2024.xlsx',
      'awkward/recap-postingan.xlsx', 'awkward/recap-september-2024.xlsx',
    ]);
    expect(r.findings.filter((f) => f.rule === 'listing/duplicate-kol')).toEqual([]);
  });

  it('a folder of only .xls files fails, instead of "no problems found"', async () => {
    const folder = join(dir, 'only-xls');
    await mkdir(folder);
    await writeFile(join(folder, 'Januari.xls'), oleBytes());
    await writeFile(join(folder, 'Februari.xls'), oleBytes());
    const run = await kolops(['check', folder], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/no problems found/);
    expect(run.stdout.match(/file\/unreadable/g)).toHaveLength(2);
    expect(run.stdout).toMatch(/2 files checked: 2 errors/);
  });

  it('an empty folder says nothing was checked, never "no problems found"', async () => {
    const folder = join(dir, 'empty');
    await mkdir(folder);
    const run = await kolops(['check', folder], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/no \.xlsx or \.csv files found/);
    expect(run.stdout).toBe('no workbooks checked: nothing was read, so nothing was found\n');
  });

  it('a file named and also found in the folder given is checked once', async () => {
    const folder = join(dir, 'twice');
    await mkdir(folder);
    const file = await writeXlsx(folder, 'list.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] }]);
    const run = await kolops(['check', folder, file, '--format', 'json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as JsonRun).summary.files).toBe(1);
  });
});

describe('a folder kolops may not read', () => {
  const isRoot = process.getuid?.() === 0;
  const setpriv = spawnSync('setpriv', ['--version']).status === 0;
  const canDeny = !isRoot || setpriv;
  if (!canDeny) console.warn('skipping the real permission test: running as root without setpriv, so no folder can be made unreadable');

  it.skipIf(!canDeny)('is a finding for that folder; with an .xls and a symlink loop beside it, every file is checked or named (real EACCES)', async () => {
    const folder = join(dir, 'perm');
    await cp(join(root, 'examples'), folder, { recursive: true });
    await writeFile(join(folder, 'legacy.xls'), oleBytes());
    await symlink('loop.xlsx', join(folder, 'loop.xlsx'));
    await mkdir(join(folder, 'private'));
    await writeXlsx(join(folder, 'private'), 'hidden.xlsx', [{ name: 'S', rows: [['x']] }]);
    await chmod(join(folder, 'private'), 0o000);
    await chmod(dir, 0o755);
    try {
      // As root, permissions deny nothing: the check runs as the unprivileged user `nobody`.
      const cmd = isRoot
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'check', folder, '--format', 'json', '--as-of', '2024-09-20'], { encoding: 'utf8', cwd: dir })
        : spawnSync(process.execPath, [bin, 'check', folder, '--format', 'json', '--as-of', '2024-09-20'], { encoding: 'utf8', cwd: dir });
      expect(cmd.stderr).toBe('');
      expect(cmd.status).toBe(1);
      const r = JSON.parse(cmd.stdout) as JsonRun;
      const unreadable = r.findings.filter((f) => f.rule === 'file/unreadable');
      expect(unreadable.map((f) => f.file)).toEqual(['perm/legacy.xls', 'perm/loop.xlsx', 'perm/private']);
      expect(unreadable.find((f) => f.file === 'perm/private')).toMatchObject({ severity: 'error',
        message: expect.stringMatching(/^cannot open this folder \(EACCES\), so none of its workbooks were checked/) });
      // The six examples and the .xls were read (the loop and the folder are named, not files).
      expect(r.files.map((f) => f.path)).toEqual(['perm/affiliate-deals.xlsx', 'perm/affiliate-deliverables-2024.xlsx',
        'perm/kalender-konten-oktober-2024.xlsx', 'perm/kol-listing-2024.xlsx', 'perm/legacy.xls', 'perm/recap-postingan.xlsx',
        'perm/recap-september-2024.xlsx']);
      expect(r.summary.files).toBe(7);
    } finally {
      await chmod(join(folder, 'private'), 0o755);
    }
  });
});

describe('collectFiles with a file system that says no', () => {
  const denied = (code: string) => Object.assign(new Error(`${code}: denied`), { code });
  const dirent = (kind: 'dir' | 'file') => ({ isDirectory: () => kind === 'dir', isFile: () => kind === 'file', isSymbolicLink: () => false });
  const fakeFs = (tree: Record<string, 'dir' | 'file' | 'EACCES' | 'EIO'>): WalkFs => ({
    stat: (async (p: string) => {
      const k = tree[String(p)];
      if (!k) throw denied('ENOENT');
      return dirent(k === 'file' ? 'file' : 'dir');
    }) as unknown as WalkFs['stat'],
    lstat: (async (p: string) => {
      const k = tree[String(p)];
      if (!k) throw denied('ENOENT');
      return dirent(k === 'file' ? 'file' : 'dir');
    }) as unknown as WalkFs['lstat'],
    readdir: async (p) => {
      const k = tree[p];
      if (k === 'EACCES' || k === 'EIO') throw denied(k);
      const prefix = `${p}/`;
      return Object.keys(tree).filter((q) => q.startsWith(prefix) && !q.slice(prefix.length).includes('/')).map((q) => q.slice(prefix.length));
    },
    realpath: async (p) => p,
  });

  it('turns an unlistable folder into an issue and walks on', async () => {
    const fs = fakeFs({ '/r': 'dir', '/r/a.xlsx': 'file', '/r/locked': 'EACCES', '/r/broken': 'EIO', '/r/z.csv': 'file' });
    const w = await collectFiles(['/r'], fs);
    expect(w.files).toEqual(['/r/a.xlsx', '/r/z.csv']);
    expect(w.issues.map((i) => [i.path, i.error.reason, i.error.detail])).toEqual([
      ['/r/broken', 'folder-unreadable', { key: 'reader:os-EIO' }],
      ['/r/locked', 'folder-unreadable', 'EACCES'],
    ]);
    expect(w.folders).toEqual(['/r']);
  });

  it('a path that is not there is missing, not an issue', async () => {
    const w = await collectFiles(['/nowhere'], fakeFs({}));
    expect(w).toMatchObject({ files: [], missing: ['/nowhere'], issues: [] });
  });
});
