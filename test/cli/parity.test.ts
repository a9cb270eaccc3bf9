import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module shared with scripts/make-examples.mjs
import { LISTING_HEADER, LISTING_SEPTEMBER } from '../../scripts/seed-data.mjs';
import { findingKeys, kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath, writeCsv, writeXlsx } from '../helpers/fixtures.js';

const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice parity case: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

/** The seed's September listing with a few problems added, and a name only Windows-1252 can spell. */
function listing(): string[][] {
  const rows = (LISTING_SEPTEMBER as unknown[][]).map((r) => r.map((c) => String(c)));
  rows[1]![1] = 'Andrés Ñoño';
  rows[1]![2] = 'banyak';
  rows[3]![6] = 'Friendster';
  rows[4]![8] = 'https://www.instagram.com/natashina/';
  rows[9]![5] = 'YES (DONE)';
  rows[9]![4] = 'Kamis, 5 September';
  return [LISTING_HEADER as string[], ...rows];
}

const config = join(import.meta.dirname, '..', '..', 'examples', 'kolops.config.json');
let dir: string;
let expected: string[];

beforeAll(async () => {
  dir = await makeTempDir();
  const rows = listing();
  const cells = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 0 ? Number(c) : c))));
  await writeXlsx(join(dir), 'September 2024.xlsx', [{ name: 'September 2024', rows: cells }]);
  const run = await kolops(['check', join(dir, 'September 2024.xlsx'), '--config', config, '--format', 'json']);
  expected = findingKeys(run.stdout);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function findingsOf(file: string): Promise<string[]> {
  const run = await kolops(['check', file, '--config', config, '--format', 'json']);
  expect(run.stderr).toBe('');
  return findingKeys(run.stdout);
}

describe('the same listing stored five ways gives the same findings', () => {
  it('has the findings the edits should cause (so the comparison means something)', () => {
    expect(expected).toEqual([
      'listing/agreed-missing-address 11D Heaven H 2024-09',
      'listing/blank-row 29  2024-09',
      'listing/duplicate-kol 6I Liana Liana 2024-09',
      'listing/followers-unparseable 3C Andrés Ñoño 2024-09',
      'listing/unknown-platform 5G Jasemah Labuan 2024-09',
      // The seed's agreed KOLs with no post date (the deadline has passed by any run date).
      'recap/not-posted 2E Nata Shina 2024-09',
      'recap/not-posted 14E Leona Nur Hafidhoro 2024-09',
      'recap/not-posted 23E Shafandi Viana 2024-09',
    ].sort());
  });

  it.each([
    ['semicolon-delimited Windows-1252 CSV (Indonesian Excel "CSV")', { delimiter: ';', encoding: 'windows-1252' as const, eol: '\r\n' as const }],
    ['UTF-8 CSV with a BOM (Excel "CSV UTF-8")', { delimiter: ',', encoding: 'utf-8-bom' as const, eol: '\r\n' as const }],
    ['UTF-16LE tab-delimited ("Unicode text")', { delimiter: '\t', encoding: 'utf-16le' as const, eol: '\r\n' as const }],
  ])('%s', async (_name, opts) => {
    const sub = await makeTempDir();
    try {
      const file = await writeCsv(sub, 'September 2024.csv', listing(), opts);
      expect(await findingsOf(file)).toEqual(expected);
    } finally {
      await rm(sub, { recursive: true, force: true });
    }
  });

  it.skipIf(!soffice)('xlsx re-saved by LibreOffice (soffice --convert-to xlsx)', async () => {
    const out = await makeTempDir();
    try {
      const converted = await convertWithLibreOffice(join(dir, 'September 2024.xlsx'), out, 'xlsx');
      expect(await findingsOf(converted)).toEqual(expected);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
