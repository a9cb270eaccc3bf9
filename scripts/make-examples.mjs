#!/usr/bin/env node
// Writes examples/*.xlsx from scripts/seed-data.mjs. Run `node scripts/make-examples.mjs`
// after changing the seed data; the files are committed so a fresh clone has them.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as seed from './seed-data.mjs';

// exceljs stamps docProps/core.xml, and JSZip every zip entry, with the current time: pin
// the clock (and the zone the zip's DOS times are written in) so a re-run writes the same
// bytes and `git status` shows only real changes.
process.env.TZ = 'UTC';
const WRITTEN_AT = Date.UTC(2024, 10, 1);
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) { super(...(args.length ? args : [WRITTEN_AT])); }
  static now() { return WRITTEN_AT; }
  // The seed data's dates were made before this line ran: they are dates all the same.
  static [Symbol.hasInstance](value) { return value instanceof RealDate; }
};

const out = process.argv[2] ?? 'examples';
mkdirSync(out, { recursive: true });

function styleHeader(row) {
  row.font = { bold: true };
  row.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; });
}

async function listing() {
  const wb = new ExcelJS.Workbook();
  const sep = wb.addWorksheet('September');
  styleHeader(sep.addRow(seed.LISTING_HEADER));
  for (const r of seed.LISTING_SEPTEMBER) sep.addRow(r);
  sep.columns.forEach((c, i) => { c.width = [5, 24, 11, 40, 20, 26, 11, 11, 42][i]; });
  const okt = wb.addWorksheet('Oktober');
  okt.addRow([seed.LISTING_OKTOBER_TITLE]);
  okt.mergeCells('A1:I1');
  okt.getCell('A1').font = { bold: true, size: 14 };
  styleHeader(okt.addRow(seed.LISTING_HEADER.map((h) => (h === 'Link Instagram' ? 'Link' : h))));
  for (const r of seed.LISTING_OKTOBER) okt.addRow(r);
  okt.columns.forEach((c, i) => { c.width = [5, 24, 11, 40, 20, 26, 11, 14, 42][i]; });
  await wb.xlsx.writeFile(join(out, 'kol-listing-2024.xlsx'));
}

async function recap() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Recap');
  ws.addRow([seed.RECAP_TITLE]);
  ws.mergeCells('A1:D1');
  ws.addRow(seed.RECAP_GROUP);
  ws.mergeCells('B2:C2');
  styleHeader(ws.addRow(seed.RECAP_HEADER));
  for (const r of seed.RECAP_ROWS) ws.addRow(r);
  ws.columns.forEach((c, i) => { c.width = [5, 24, 26, 26][i]; });
  await wb.xlsx.writeFile(join(out, 'recap-postingan.xlsx'));
}

async function recapLong() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('September 2024');
  styleHeader(ws.addRow(seed.RECAP_LONG_HEADER));
  for (const r of seed.RECAP_LONG_ROWS) ws.addRow(r);
  for (const col of [5, 6, 7]) ws.getColumn(col).numFmt = 'dd/mm/yyyy';
  ws.columns.forEach((c, i) => { c.width = [22, 38, 11, 15, 13, 12, 24, 40, 60, 9, 8, 10, 14][i]; });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(join(out, 'recap-september-2024.xlsx'));
}

async function affiliate() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Affiliate');
  for (const b of seed.AFFILIATE_BLOCKS) {
    ws.addRow([b.title]);
    styleHeader(ws.addRow(seed.AFFILIATE_HEADER));
    ws.addRow([b.contacted]);
    ws.addRow([b.deals]);
    for (const r of b.rows) ws.addRow(r);
  }
  ws.columns.forEach((c, i) => { c.width = [5, 18, 38, 10][i]; });
  await wb.xlsx.writeFile(join(out, 'affiliate-deals.xlsx'));
}

async function affiliateLong() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Deals September 2024');
  styleHeader(ws.addRow(seed.AFFILIATE_LONG_HEADER));
  for (const r of seed.AFFILIATE_LONG_ROWS) ws.addRow(r);
  ws.getColumn(8).alignment = { wrapText: true };
  ws.getColumn(9).numFmt = '0%';
  for (const col of [10, 11]) ws.getColumn(col).numFmt = '#,##0';
  ws.columns.forEach((c, i) => { c.width = [15, 13, 12, 22, 42, 7, 6, 44, 11, 13, 13, 12][i]; });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(join(out, 'affiliate-deliverables-2024.xlsx'));
}

async function calendar() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Oktober 2024');
  ws.addRow([seed.CALENDAR_TITLE]);
  ws.mergeCells('A1:G1');
  ws.getCell('A1').font = { bold: true, size: 14 };
  styleHeader(ws.addRow(seed.CALENDAR_HEADER));
  for (const r of seed.CALENDAR_ROWS) ws.addRow(r);
  for (const col of [11, 12]) ws.getColumn(col).numFmt = 'dd/mm/yyyy';
  for (const col of [17, 18, 19, 20, 21, 22]) ws.getColumn(col).numFmt = '#,##0';
  ws.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
  ws.columns.forEach((c, i) => { c.width = [5, 24, 7, 11, 14, 24, 60, 30, 13, 13, 12, 12, 44, 15, 16, 15, 9, 11, 8, 9, 8, 8][i]; });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  await wb.xlsx.writeFile(join(out, 'kalender-konten-oktober-2024.xlsx'));
}

await listing();
await recap();
await recapLong();
await affiliate();
await affiliateLong();
await calendar();
console.log(`examples written to ${out}/`);
