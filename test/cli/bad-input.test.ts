import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeBadFiles, writeCsv, writeXlsx, type BadFiles } from '../helpers/fixtures.js';
import { cleanListingRows, LISTING_HEADER } from '../helpers/memory.js';

let dir: string;
let bad: BadFiles;
let good: string;

beforeAll(async () => {
  dir = await makeTempDir();
  bad = await writeBadFiles(dir);
  good = await writeXlsx(dir, 'good.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] }]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Finding { rule: string; file: string; message: string; severity: string }
function json(stdout: string): { findings: Finding[]; files: { path: string; tables: unknown[] }[] } {
  return JSON.parse(stdout);
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('bad input files', () => {
  it.each([
    ['truncatedXlsx', /damaged or truncated/],
    ['legacyXls', /legacy \.xls or a password-protected workbook.*Re-save it in Excel as \.xlsx without a password/],
    ['encryptedXlsx', /legacy \.xls or a password-protected workbook.*without a password/],
    ['emptyXlsx', /the file is empty/],
    ['emptyCsv', /the file is empty/],
    ['pngAsXlsx', /not a spreadsheet \(PNG image\)/],
  ] as const)('%s: one file/unreadable finding with a one-line reason, and the good file is still checked', async (key, reason) => {
    const run = await kolops(['check', bad[key], good, '--format', 'json']);
    expect(run.code).toBe(1);
    const r = json(run.stdout);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'file/unreadable', severity: 'error', file: bad[key] });
    expect(r.findings[0]!.message).toMatch(reason);
    expect(r.findings[0]!.message).not.toContain('\n');
    expect(r.files.find((f) => f.path === good)!.tables).toHaveLength(1);
    noStack(run.stdout + run.stderr);
  });

  it('text output names the file and gives the reason on one line', async () => {
    const run = await kolops(['check', bad.legacyXls]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('legacy.xls');
    expect(run.stdout.split('\n').filter((l) => l.includes('file/unreadable'))).toHaveLength(1);
    noStack(run.stdout + run.stderr);
  });

  it('a sheet with only headers is an empty result, not an error', async () => {
    const run = await kolops(['check', bad.headerOnlyXlsx, '--format', 'json', '--month', '2024-09']);
    const r = json(run.stdout);
    expect(r.files[0]!.tables).toMatchObject([{ kind: 'kol-listing', rows: 0 }]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a folder with no workbooks says so and exits 0', async () => {
    const empty = join(dir, 'nothing-here');
    await mkdir(empty);
    await writeFile(join(empty, 'notes.txt'), 'hello');
    const run = await kolops(['check', empty]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/no \.xlsx or \.csv files found/);
    noStack(run.stderr);
  });

  it('a path that does not exist is one message and exit 2: nothing checked, no summary after it', async () => {
    for (const format of ['text', 'json']) {
      const run = await kolops(['check', join(dir, 'nope.xlsx'), good, '--format', format]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^kolops: .*nope\.xlsx: no such file or folder\n$/);
      expect(run.stdout).toBe('');
    }
  });

  it('skips Excel lock files, node_modules and .git when walking a folder', async () => {
    const tree = join(dir, 'tree');
    await mkdir(join(tree, 'node_modules'), { recursive: true });
    await mkdir(join(tree, '.git'), { recursive: true });
    await writeFile(join(tree, '~$good.xlsx'), 'lock');
    await writeFile(join(tree, 'node_modules', 'x.csv'), 'a,b\n');
    await writeFile(join(tree, '.git', 'y.csv'), 'a,b\n');
    await writeCsv(tree, 'list.csv', [['x']]);
    const run = await kolops(['check', tree, '--format', 'json']);
    expect(json(run.stdout).files.map((f) => f.path)).toEqual([join(tree, 'list.csv')]);
  });

  it('never writes to an input file', async () => {
    const hash = async () => {
      const names = (await readdir(dir)).filter((n) => /\.(xlsx|xls|csv)$/.test(n)).sort();
      const parts = await Promise.all(names.map(async (n) => `${n}:${createHash('sha256').update(await readFile(join(dir, n))).digest('hex')}`));
      return parts.join('\n');
    };
    const before = await hash();
    await kolops(['check', dir, '--format', 'json']);
    await kolops(['check', dir, '--format', 'sarif']);
    expect(await hash()).toBe(before);
  });
});

describe('CSV quirks through the CLI', () => {
  it('reports ragged records (file/ragged-row) and keeps reading', async () => {
    const sub = await makeTempDir();
    try {
      const rows = [LISTING_HEADER, ...cleanListingRows(20).map((r) => r.map(String))];
      rows[5] = [...rows[5]!, 'extra', 'cells'];
      const file = await writeCsv(sub, 'September 2024.csv', rows);
      const run = await kolops(['check', file, '--format', 'json']);
      const r = json(run.stdout) as unknown as { findings: { rule: string; row: number }[]; files: { tables: { rows: number }[] }[] };
      expect(r.findings).toMatchObject([{ rule: 'file/ragged-row', row: 6 }]);
      expect(r.files[0]!.tables[0]!.rows).toBe(20);
    } finally {
      await rm(sub, { recursive: true, force: true });
    }
  });

  it('--delimiter overrides detection', async () => {
    const sub = await makeTempDir();
    try {
      const file = await writeCsv(sub, 'September 2024.csv', [LISTING_HEADER, ...cleanListingRows(20).map((r) => r.map(String))], { delimiter: ';' });
      const detected = json((await kolops(['check', file, '--format', 'json'])).stdout);
      expect(detected.files[0]!.tables).toHaveLength(1);
      const forced = json((await kolops(['check', file, '--format', 'json', '--delimiter', ','])).stdout);
      expect(forced.files[0]!.tables).toHaveLength(0);
    } finally {
      await rm(sub, { recursive: true, force: true });
    }
  });
});
