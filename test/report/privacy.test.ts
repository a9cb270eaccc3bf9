/**
 * UU PDP: the seed's address cells hold street addresses and phone numbers. No report
 * format may carry any of them unless --include-contact is given. Every format is
 * rendered for examples/ — through the CLI as a user runs it, and the workbook also
 * straight from renderReportXlsx — and every output is scanned (the xlsx cell by cell
 * with exceljs, and every XML part of the zip besides).
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../../bench/zip-walk.mjs';
import { resolveConfig } from '../../src/config/load.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { collectFiles } from '../../src/engine/walk.js';
import { monthlyReport } from '../../src/report/metrics.js';
import { renderReportXlsx } from '../../src/report/render/xlsx.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

/** From the seed's Address column ("Gambar 3.1"): phone numbers and street names. */
const PERSONAL = ['081738898', '05118155843', '051188411025', 'H02933225527', 'Jalan Puri Jaya', 'jalan mangga II'];

const BASE = ['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01'];

/** Every text of every part of a zip (stored or deflated entries), from its central directory. */
function zipTexts(buf: Buffer): string[] {
  return zipEntries(buf).map((e) => e.bytes().toString('utf8'));
}

/** Every cell of every sheet as exceljs reads it: its shown text and its value, plus notes and hyperlinks. */
async function xlsxCells(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const ws of wb.worksheets) {
    texts.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        texts.push(cell.text, JSON.stringify(cell.value ?? null));
        if (cell.note) texts.push(JSON.stringify(cell.note));
      });
    });
  }
  return texts;
}

function leaks(texts: string[]): string[] {
  return PERSONAL.filter((needle) => texts.some((t) => t.toLowerCase().includes(needle.toLowerCase())));
}

let dir: string;
const outputs: Record<string, string[]> = {};

beforeAll(async () => {
  dir = await makeTempDir('kolops-report-privacy-');
  const terminal = await kolops(BASE, { cwd: root });
  expect(terminal.code).toBe(0);
  outputs.terminal = [terminal.stdout, terminal.stderr];
  const json = await kolops([...BASE, '--format', 'json'], { cwd: root });
  expect(json.code).toBe(0);
  outputs.json = [json.stdout, json.stderr];
  for (const ext of ['md', 'html', 'json', 'xlsx']) {
    const file = join(dir, `report.${ext}`);
    const run = await kolops([...BASE, '-o', file], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const bytes = await readFile(file);
    outputs[`file.${ext}`] = ext === 'xlsx' ? [...await xlsxCells(bytes), ...zipTexts(bytes), run.stdout, run.stderr] : [bytes.toString('utf8'), run.stdout, run.stderr];
  }
  // Bahasa Indonesia says the same, so it must leak the same nothing.
  const id = await kolops([...BASE, '--lang', 'id', '-o', join(dir, 'laporan.html')], { cwd: root });
  outputs['file.html (id)'] = [await readFile(join(dir, 'laporan.html'), 'utf8'), id.stdout, id.stderr];
  // The chat message carries none of it even when asked: --include-contact is ignored for it.
  for (const lang of ['en', 'id']) {
    const chat = await kolops([...BASE, '--format', 'chat', '--include-contact', '--lang', lang], { cwd: root });
    expect(chat.code).toBe(0);
    outputs[`chat --include-contact (${lang})`] = [chat.stdout, chat.stderr];
  }
  const txt = await kolops([...BASE, '--include-contact', '-o', join(dir, 'report.txt')], { cwd: root });
  expect(txt.code, txt.stderr).toBe(0);
  outputs['file.txt --include-contact'] = [await readFile(join(dir, 'report.txt'), 'utf8'), txt.stdout, txt.stderr];
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('no report format carries addresses or phone numbers without --include-contact', () => {
  it.each(['terminal', 'json', 'file.md', 'file.html', 'file.json', 'file.xlsx', 'file.html (id)',
    'chat --include-contact (en)', 'chat --include-contact (id)', 'file.txt --include-contact'])('%s', (name) => {
    expect(outputs[name]!.join('\n').length).toBeGreaterThan(500);
    expect(leaks(outputs[name]!)).toEqual([]);
  });

  it('xlsx straight from renderReportXlsx, every cell', async () => {
    const { config } = await resolveConfig(undefined, root, ['examples']);
    const { files } = await collectFiles([join(root, 'examples')]);
    const run = await checkWorkbooks(files, config, { lang: 'en', month: '2024-09', year: null, asOf: '2024-10-01' });
    const report = monthlyReport({
      month: '2024-09', asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates,
      findings: run.result.findings, includeContact: false,
    });
    for (const lang of ['en', 'id'] as const) {
      const bytes = await renderReportXlsx(report, { lang, includeContact: false });
      const cells = await xlsxCells(bytes);
      // The workbook holds the month's KOLs by name, so the scan is over real content.
      expect(cells.some((c) => c.includes('Nata Shina'))).toBe(true);
      expect(leaks(cells)).toEqual([]);
      expect(leaks(zipTexts(Buffer.from(bytes)))).toEqual([]);
    }
  });

  it('leaves no temporary file behind', async () => {
    expect((await readdir(dir)).sort()).toEqual(['laporan.html', 'report.html', 'report.json', 'report.md', 'report.txt', 'report.xlsx']);
  });
});

describe('--include-contact', () => {
  it.each(['json', 'md', 'html'])('adds the addresses to %s (so the scan above can see them)', async (ext) => {
    const file = join(dir, `contact.${ext}`);
    const run = await kolops([...BASE, '--include-contact', '-o', file], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(leaks([await readFile(file, 'utf8')])).toEqual(PERSONAL);
    await rm(file);
  });
});
