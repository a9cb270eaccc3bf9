/**
 * Issue 16's "Done when": `kolops calendar check` gives the same findings — rule, cell,
 * severity, message — on a content calendar however it was saved: written by exceljs, re-saved
 * by LibreOffice, and exported as Indonesian Excel writes a CSV (`;`-delimited, Windows-1252,
 * or UTF-8 with a BOM). The calendar is examples/' October 2024 (scripts/seed-data.mjs), with
 * one header more that kolops does not read.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module shared with scripts/make-examples.mjs
import { CALENDAR_HEADER, CALENDAR_ROWS, CALENDAR_TITLE, calendarCsvRows } from '../../scripts/seed-data.mjs';
import { kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath, writeCsv, writeXlsx } from '../helpers/fixtures.js';

const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice calendar parity case: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

const config = join(import.meta.dirname, '..', '..', 'examples', 'kolops.config.json');
/** The day after the month: every post's date has passed. */
const AS_OF = '2024-11-01';
/** A header no calendar column claims: table/unmapped-column, a finding the committed code makes. */
const EXTRA_HEADER = 'Mood Board';
const extra = (i: number) => (i === 0 ? 'pastel hangat' : '');

interface Json {
  files: { tables: { kind: string; rows: number; month: string | null }[] }[];
  findings: { rule: string; severity: string; row: number | null; cell: string | null; message: string }[];
}

/** What must not depend on how the calendar was stored: every table read, every finding said. */
function outcome(stdout: string): { tables: string[]; findings: string[] } {
  const doc = JSON.parse(stdout) as Json;
  return {
    tables: doc.files.flatMap((f) => f.tables.map((tb) => `${tb.kind} ${tb.rows} ${tb.month}`)),
    findings: doc.findings.map((f) => `${f.rule} ${f.severity} ${f.cell ?? f.row ?? '-'} ${f.message}`).sort(),
  };
}

async function check(file: string): Promise<{ tables: string[]; findings: string[] }> {
  const run = await kolops(['calendar', 'check', file, '--config', config, '--format', 'json', '--as-of', AS_OF]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  return outcome(run.stdout);
}

let dir: string;
let xlsx: string;
let expected: { tables: string[]; findings: string[] };

beforeAll(async () => {
  dir = await makeTempDir('kolops-calendar-');
  const rows = [[CALENDAR_TITLE], [...CALENDAR_HEADER, EXTRA_HEADER], ...(CALENDAR_ROWS as unknown[][]).map((r, i) => [...r, extra(i)])];
  xlsx = await writeXlsx(dir, 'kalender-konten.xlsx', [{ name: 'Oktober 2024', rows, merges: ['A1:G1'] }]);
  expected = await check(xlsx);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The CSV export of the same calendar: text cells, dates as dd/mm/yyyy. */
function csvRows(): string[][] {
  const [title, header, ...data] = calendarCsvRows() as string[][];
  return [title!, [...header!, EXTRA_HEADER], ...data.map((r, i) => [...r, extra(i)])];
}

describe('kolops calendar check: the same calendar stored four ways gives the same findings', () => {
  it('reads the exceljs-written calendar, and finds what the committed rules report there (so the comparison means something)', () => {
    expect(expected.tables).toEqual(['content-calendar 66 2024-10']);
    expect(expected.findings).toContain(
      'calendar/unknown-status warning I58 status "Sudah Tayng" is not in the calendar\'s status vocabulary; did you mean "Sudah Tayang"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "calendar": {"statuses": {"published": ["Sudah Tayng"]}}');
    expect(expected.findings).toContain(
      `table/unmapped-column info W2 header "${EXTRA_HEADER}" matched no column, so kolops does not read it`);
  });

  it.each([
    ['semicolon-delimited Windows-1252 CSV (Indonesian Excel "CSV")', { delimiter: ';', encoding: 'windows-1252' as const, eol: '\r\n' as const }],
    ['semicolon-delimited UTF-8 CSV with a BOM (Excel "CSV UTF-8" in an Indonesian locale)', { delimiter: ';', encoding: 'utf-8-bom' as const, eol: '\r\n' as const }],
  ])('%s', async (_name, opts) => {
    const sub = await makeTempDir('kolops-calendar-csv-');
    try {
      const file = await writeCsv(sub, 'kalender-konten.csv', csvRows(), opts);
      expect(await check(file)).toEqual(expected);
    } finally {
      await rm(sub, { recursive: true, force: true });
    }
  });

  it.skipIf(!soffice)('examples/\' calendar as make-examples writes it (formats, merged title, frozen header), and re-saved by LibreOffice', async () => {
    const example = join(import.meta.dirname, '..', '..', 'examples', 'kalender-konten-oktober-2024.xlsx');
    const out = await makeTempDir('kolops-calendar-lo-');
    try {
      const original = await check(example);
      // The same findings as the test's own copy, less the header only that copy has.
      expect(original).toEqual({ tables: expected.tables, findings: expected.findings.filter((f) => !f.startsWith('table/unmapped-column')) });
      expect(await check(await convertWithLibreOffice(example, out, 'xlsx'))).toEqual(original);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);

  it.skipIf(!soffice)('xlsx re-saved by LibreOffice (soffice --convert-to xlsx)', async () => {
    const out = await makeTempDir('kolops-calendar-lo-');
    try {
      const converted = await convertWithLibreOffice(xlsx, out, 'xlsx');
      expect(await check(converted)).toEqual(expected);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
