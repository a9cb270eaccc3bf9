/**
 * listing/repeat-kol past ROWS_IN_MEMORY rows: the rows in memory go to scratch files and
 * every later row after them (issue 17). The findings must be the ones the rows in memory
 * give — same rows, same earlier rows named — with an earlier month read last, repeats on
 * both sides of the hand-over, and rows whose month comes only from their sheet.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScratchPartitions } from '../../src/collections/scratch-records.js';
import type { CheckResult } from '../../src/model/result.js';
import { ROWS_IN_MEMORY } from '../../src/rules/listing/repeat-kol.js';
import { checkMemory, HERBANA_CONFIG, LISTING_HEADER, type CellInput } from '../helpers/memory.js';

const row = (n: number, account: number, postDate = ''): CellInput[] =>
  [n, `KOL ${account} ñ`, '20K', '', postDate, '', 'Instagram', 'Herbana', `https://www.instagram.com/kol${account}/`];
const sheet = (name: string, accounts: number[], postDate = '') => ({ name, rows: [LISTING_HEADER, ...accounts.map((a, i) => row(i + 1, a, postDate))] });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

// 40,000 + 40,000 rows pass the bound in October; August, read last, repeats 100 of
// September's accounts; a sheet named no month gets November from its post dates, known
// only at its end (so on scratch its rows have no month of their own).
const FILES = {
  'a.xlsx': [sheet('September 2024', range(0, 40_000)), sheet('Oktober 2024', range(20_000, 60_000))],
  'b.xlsx': [sheet('Agustus 2024', range(0, 100))],
  'c.xlsx': [sheet('Listing', range(59_990, 60_010), '2024-11-05')],
};

const repeats = (r: CheckResult) => r.findings.filter((f) => f.rule === 'listing/repeat-kol')
  .map((f) => `${f.file}|${f.sheet}|${f.row}|${f.message}`);
const run = () => checkMemory(FILES, HERBANA_CONFIG, { rules: (m) => m.id === 'listing/repeat-kol' });

afterEach(() => { vi.restoreAllMocks(); });

describe('listing/repeat-kol on scratch', () => {
  it('finds the same repeats as with every row in memory', async () => {
    expect(80_100).toBeGreaterThan(ROWS_IN_MEMORY);
    const open = vi.spyOn(ScratchPartitions, 'open');
    const onScratch = repeats(await run());
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.results[0]!.value).not.toBeNull();

    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/kolops';
    let inMemory: string[];
    try {
      inMemory = repeats(await run());
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(open.mock.results[1]!.value).toBeNull();
    // October repeats September's 20,000; September repeats August's 100; November 10 of October's.
    expect(inMemory).toHaveLength(20_110);
    expect([...onScratch].sort()).toEqual([...inMemory].sort());
    expect(onScratch).toContain('a.xlsx|Oktober 2024|2|KOL 20000 ñ was already listed in September 2024, at row 20002 of sheet "September 2024"; check that row\'s PR-pack status before contacting the KOL again');
    expect(onScratch).toContain('c.xlsx|Listing|2|KOL 59990 ñ was already listed in October 2024, in a.xlsx, sheet "Oktober 2024", row 39992; check that row\'s PR-pack status before contacting the KOL again');
    expect(onScratch).toContain('a.xlsx|September 2024|2|KOL 0 ñ was already listed in August 2024, in b.xlsx, sheet "Agustus 2024", row 2; check that row\'s PR-pack status before contacting the KOL again');
  });
});
