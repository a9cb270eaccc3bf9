/**
 * The monthly report's .xlsx as it prints: LibreOffice turns it into a PDF, and the pages
 * are counted. The Summary is one page (it used to be three: the brand table ran over
 * two pages wide, then its right half), every sheet is one page wide, landscape.
 *
 * The PDF is read as bytes: LibreOffice writes one `/Type /Page` object per page with its
 * `/MediaBox`, uncompressed. Single sheets are printed from workbooks holding only that
 * sheet (the same renderer's workbook, the other sheets removed), which tells per-sheet
 * page counts apart.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { collectFiles } from '../../src/engine/walk.js';
import { monthlyReport, type MonthlyReport } from '../../src/report/metrics.js';
import { renderReportXlsx } from '../../src/report/render/xlsx.js';
import { convertWithLibreOffice, makeTempDir, sofficePath } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice print check of the xlsx report: soffice not installed (`apt-get install -y libreoffice-calc-nogui`)');

/** Each page of a PDF LibreOffice wrote: its width and height in points. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const pages: { width: number; height: number }[] = [];
  for (const m of text.matchAll(/<<((?:(?!>>)[\s\S])*?\/Type\s*\/Page(?![a-zA-Z])[\s\S]*?)>>/g)) {
    const box = /\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(m[1]!);
    pages.push(box ? { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) } : { width: NaN, height: NaN });
  }
  return pages;
}

let dir: string;
let report: MonthlyReport;

beforeAll(async () => {
  dir = await makeTempDir('kolops-xlsx-print-');
  const { config } = await resolveConfig(undefined, root, ['examples']);
  const { files } = await collectFiles([join(root, 'examples')]);
  const run = await checkWorkbooks(files, config, { lang: 'en', asOf: '2024-10-01' });
  report = monthlyReport({
    month: '2024-09', asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates,
    findings: run.result.findings, includeContact: false,
  });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Prints the report's workbook (or only the sheet at `only`) to PDF; returns its pages. */
async function print(name: string, only?: number): Promise<{ width: number; height: number }[]> {
  const bytes = await renderReportXlsx(report, { lang: 'en', includeContact: false, cwd: root, ...(only !== undefined ? { only } : {}) });
  const path = join(dir, `${name}.xlsx`);
  await writeFile(path, bytes);
  return pdfPages(await readFile(await convertWithLibreOffice(path, join(dir, 'pdf'), 'pdf')));
}

describe.skipIf(!soffice)('renderReportXlsx: printed by LibreOffice', () => {
  it('prints the Summary on one landscape page', async () => {
    const pages = await print('summary', 0);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    // A4 landscape: 842 × 595 pt.
    expect(Math.round(pages[0]!.width)).toBe(842);
    expect(Math.round(pages[0]!.height)).toBe(595);
  });

  it('prints each list sheet one page wide: the 30 KOLs, postings and funnels on one page each, the findings on a few', async () => {
    const counts: Record<string, number> = {};
    for (const [i, name] of ['KOLs', 'Postings', 'Affiliates', 'Findings'].entries()) {
      const pages = await print(name, i + 1);
      for (const p of pages) expect(p.width, name).toBeGreaterThan(p.height);
      counts[name] = pages.length;
    }
    console.log(`printed pages per sheet: ${JSON.stringify(counts)}`);
    expect(counts).toMatchObject({ KOLs: 1, Postings: 1, Affiliates: 1 });
    // 48 findings with wrapped messages: a few pages down, none across (was 11).
    expect(report.findingList.length).toBeGreaterThan(40);
    expect(counts.Findings).toBeLessThanOrEqual(4);
  });

  it('prints the whole workbook on a handful of landscape pages (it was 22)', async () => {
    const pages = await print('report');
    console.log(`printed pages, whole report: ${pages.length}`);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(8);
    for (const p of pages) expect(p.width).toBeGreaterThan(p.height);
  });
});
