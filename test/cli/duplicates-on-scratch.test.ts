import { mkdtempSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteScratchFull } from '../../src/collections/scratch-file.js';
import { kolops } from '../helpers/cli.js';

/**
 * An export with more accounts than `FirstSeen` keeps in memory (262,144): past them the
 * index goes to scratch files, and repeats are found there at the end (issue 17). Three
 * repeats are planted: both rows before the hand-over, the first before and the repeat
 * after, both after. The run must tell exactly those, with the right first rows, and
 * leave nothing in the temp directory.
 */
const ROWS = 300_000;
const planted = new Map<number, string>([
  [10, 'dup.early'], [20, 'dup.early'],
  [100, 'dup.cross'], [290_000, 'dup.cross'],
  [270_000, 'dup.late'], [295_000, 'dup.late'],
]);

let dir: string;
let file: string;
const savedTmp = process.env.TMPDIR;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kolops-dup-scratch-'));
  file = join(dir, 'deals.csv');
  const lines = ['Bulan;Platform;Merek;Nama Akun;Link;Video;Live;Bukti;Komisi (%);Penjualan;Target;Status'];
  for (let row = 2; row < ROWS + 2; row++) {
    const account = planted.get(row) ?? `aff${row}`;
    lines.push(`Januari 2024;TikTok Shop;Herbamojo;${account};https://www.tiktok.com/@${account};3;1;https://drive.google.com/p${row};5;1000;25000000;DONE`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
});

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(dir, { recursive: true, force: true });
});

describe('kolops check: duplicate accounts past the keys kept in memory', () => {
  it('tells every repeat with its first row, and removes its scratch files', async () => {
    const tmp = mkdtempSync(join(dir, 'scratch-'));
    process.env.TMPDIR = tmp;
    // The scratch directory is made and removed within the run: seen by inotify, so the test knows the rows did go to scratch.
    const made: string[] = [];
    const watcher = watch(tmp, (_event, name) => { if (name) made.push(name); });
    const run = await kolops(['check', file, '--format', 'json', '--as-of', '2024-12-31']);
    await sleep(200);
    watcher.close();
    expect(made.some((name) => name.startsWith('kolops-scratch-'))).toBe(true);
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as { findings: { rule: string; row: number; kol: string; message: string }[] };
    expect(r.findings.map((f) => `${f.rule} ${f.row} ${f.message}`)).toEqual([
      'affiliate/duplicate-account 20 dup.early is listed more than once for TikTok / Herbamojo / 2024-01: first at row 10 of this sheet; delete one of the two rows, or merge them',
      'affiliate/duplicate-account 290000 dup.cross is listed more than once for TikTok / Herbamojo / 2024-01: first at row 100 of this sheet; delete one of the two rows, or merge them',
      'affiliate/duplicate-account 295000 dup.late is listed more than once for TikTok / Herbamojo / 2024-01: first at row 270000 of this sheet; delete one of the two rows, or merge them',
    ]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('kolops says when a temp folder filled up', () => {
  // A full disk is made in test/collections/scratch-records.test.ts (a writer that runs out
  // of room); here the note it leaves is what the CLI must say, once, in the run's language.
  it('names the temp folder on stderr, once, in English and Indonesian', async () => {
    const examples = join(import.meta.dirname, '..', '..', 'examples', 'affiliate-deals.xlsx');
    noteScratchFull();
    const en = await kolops(['check', examples, '--format', 'json', '--as-of', '2024-12-31']);
    expect(en.stderr).toBe(`kolops: the temp folder ${tmpdir()} filled up while kolops kept the rows of a big file there: the rest were kept in memory. Every row was checked, but the run took more memory; free space there, or set TMPDIR to a folder with room.\n`);
    expect(JSON.parse(en.stdout)).toHaveProperty('findings');
    noteScratchFull();
    const id = await kolops(['check', examples, '--format', 'json', '--as-of', '2024-12-31', '--lang', 'id']);
    expect(id.stderr).toContain(`folder sementara ${tmpdir()} penuh`);
    const after = await kolops(['check', examples, '--format', 'json', '--as-of', '2024-12-31']);
    expect(after.stderr).toBe('');
  });
});
