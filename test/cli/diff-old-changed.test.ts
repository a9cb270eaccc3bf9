import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeCsv } from '../helpers/fixtures.js';

/**
 * kolops diff reads the old side twice when rows differ (streaming keeps memory flat).
 * A file saved between the two reads must be said, naming it, in the user's language —
 * never compared as if both reads were one version, never an internal error.
 */
const opened: string[] = [];
let beforeOpen: ((path: string, times: number) => Promise<void>) | null = null;
vi.mock(import('../../src/readers/index.js'), async (original) => {
  const readers = await original();
  return {
    ...readers,
    openWorkbook: async (path: string, opts?: Parameters<typeof readers.openWorkbook>[1]) => {
      opened.push(path);
      await beforeOpen?.(path, opened.filter((p) => p === path).length);
      return readers.openWorkbook(path, opts);
    },
  };
});

const HEADER = ['No', 'KOL', 'Followers', 'Platform', 'Brand', 'Link'];
const row = (n: number, followers: string) => [String(n), `KOL ${n}`, followers, 'Instagram', 'Herbana', `https://www.instagram.com/kol${n}/`];

let dir: string;
let oldPath: string;
let newPath: string;

beforeAll(async () => {
  dir = await makeTempDir();
  newPath = await writeCsv(dir, 'kol-2024-09-new.csv', [HEADER, row(1, '10K'), row(2, '25K'), row(3, '30K')]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kolops diff, when the old workbook changes while it is compared', () => {
  for (const [lang, words] of [['en', /kol-2024-09-old\.csv changed while kolops diff was reading it/], ['id', /kol-2024-09-old\.csv berubah saat kolops diff membacanya/]] as const) {
    it(`says so, naming the file, exit 2 (--lang ${lang})`, async () => {
      oldPath = await writeCsv(dir, 'kol-2024-09-old.csv', [HEADER, row(1, '10K'), row(2, '20K'), row(3, '30K')]);
      opened.length = 0;
      // KOL 2 differs, so the old side is read again for its row: change that row first.
      beforeOpen = async (path, times) => {
        if (path === oldPath && times === 2) await writeCsv(dir, 'kol-2024-09-old.csv', [HEADER, row(1, '10K'), row(2, '99K'), row(3, '30K')]);
      };
      const r = await kolops(['diff', oldPath, newPath, '--lang', lang], { cwd: dir }).finally(() => { beforeOpen = null; });
      expect(opened.filter((p) => p === oldPath)).toHaveLength(2);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
      expect(r.stdout).toBe('');
    });
  }

  it('compares as usual when the old workbook stays as it was (the same two reads)', async () => {
    oldPath = await writeCsv(dir, 'kol-2024-09-old.csv', [HEADER, row(1, '10K'), row(2, '20K'), row(3, '30K')]);
    opened.length = 0;
    const r = await kolops(['diff', oldPath, newPath], { cwd: dir });
    expect(opened.filter((p) => p === oldPath)).toHaveLength(2);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/KOL 2 \(row 3\): Followers 20K → 25K/);
  });
});
