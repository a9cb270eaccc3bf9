#!/usr/bin/env node
// npm run bench: generates deterministic data, then times `kolops check` against the bare
// reader it is built on, alternately, medians of RUNS (default 5) paired runs, with peak memory from
// /usr/bin/time (or getrusage of the child when /usr/bin/time is missing). Writes
// bench/results.json. BENCH_SCALE=0.1 for a quick run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliverablesCsv, listingXlsx, listingXlsxByLibreOffice, smallWorkbooks } from './generate.mjs';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const out = join('bench', 'out');
mkdirSync(out, { recursive: true });
const node = process.execPath;
const kolops = join('bin', 'kolops.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function measure(args) {
  const cmd = TIME ? TIME : node;
  const argv = TIME ? ['-f', '%e %M', node, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = (r.stderr || '').trim().split('\n').at(-1) ?? '';
  const m = /^([\d.]+) (\d+)$/.exec(last);
  return { seconds: wall, peakMiB: m ? Number(m[2]) / 1024 : null, status: r.status };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function paired(name, kolopsArgs, baseArgs) {
  const k = [], b = [];
  for (let i = 0; i < RUNS; i++) { k.push(measure(kolopsArgs)); b.push(measure(baseArgs)); }
  const row = {
    name,
    kolopsSeconds: median(k.map((x) => x.seconds)), baselineSeconds: median(b.map((x) => x.seconds)),
    kolopsPeakMiB: median(k.map((x) => x.peakMiB ?? 0)), baselinePeakMiB: median(b.map((x) => x.peakMiB ?? 0)),
  };
  row.ratio = row.kolopsSeconds / row.baselineSeconds;
  row.peakRatio = row.baselinePeakMiB > 0 ? row.kolopsPeakMiB / row.baselinePeakMiB : null;
  return row;
}

const rowsOf = (k) => Math.round(k * scale);
const listing = await listingXlsx(join(out, `listing-${rowsOf(100000)}.xlsx`), rowsOf(100000));
// Every row in September: the report of that month holds all 100,000 KOLs, its worst case.
const listingOneMonth = await listingXlsx(join(out, `listing-${rowsOf(100000)}-sep.xlsx`), rowsOf(100000), { oneMonth: true });
const listing300 = await listingXlsx(join(out, `listing-${rowsOf(300000)}.xlsx`), rowsOf(300000));
// The same listing as LibreOffice saves it: shared strings, styles, real date cells.
const byLibreOffice = await listingXlsxByLibreOffice(out, rowsOf(100000));
const byLibreOffice300 = byLibreOffice && await listingXlsxByLibreOffice(out, rowsOf(300000));
if (!byLibreOffice) console.log('bench: soffice (LibreOffice) is not installed; the LibreOffice-written listing rows are skipped');
const csv = await deliverablesCsv(join(out, `deliverables-${rowsOf(1000000)}.csv`), rowsOf(1000000));
const small = await smallWorkbooks(join(out, `small-${rowsOf(500)}`), rowsOf(500));
const tiny = join(out, 'tiny.csv');
writeFileSync(tiny, 'No;KOL;Followers;Platform;Brand;Link\r\n1;Nata Shina;354K;Instagram;Herbana;https://www.instagram.com/natashina/\r\n');

const n = (x) => Math.round(x * scale).toLocaleString('en-US');
const check = (file) => [kolops, 'check', file, '--format', 'json', '--as-of', '2024-12-31'];
const reportXlsx = join(out, 'report.xlsx');
const report = (file) => [kolops, 'report', 'monthly', file, '--month', '2024-09', '--as-of', '2024-12-31', '-o', reportXlsx, '--force'];
const rows = [
  paired(`check ${n(100000)}-row listing xlsx vs exceljs streaming read`, check(listing), ['bench/baseline-xlsx.mjs', listing]),
  // Issue 15: the month's xlsx report costs at most 1.5x the check of the same workbook.
  paired(`report monthly -o xlsx vs check, ${n(100000)}-row listing (a year)`, report(listing), check(listing)),
  paired(`report monthly -o xlsx vs check, ${n(100000)} rows all in the month`, report(listingOneMonth), check(listingOneMonth)),
  paired(`xlsx writer alone vs exceljs streaming writer, ${n(100000)} report rows`, ['bench/writer-alone.mjs', join(out, 'writer.xlsx'), String(rowsOf(100000))], ['bench/baseline-xlsx-write.mjs', join(out, 'writer-exceljs.xlsx'), String(rowsOf(100000))]),
  ...(byLibreOffice ? [
    paired(`check ${n(100000)}-row listing by LibreOffice vs exceljs streaming read`, check(byLibreOffice), ['bench/baseline-xlsx.mjs', byLibreOffice]),
    paired(`reader alone, ${n(100000)}-row LibreOffice listing vs unzip + scan floor`, ['bench/reader-alone.mjs', byLibreOffice], ['bench/floor-xlsx.mjs', byLibreOffice]),
    paired(`check ${n(300000)} vs ${n(100000)} rows, LibreOffice listing (peak ratio)`, check(byLibreOffice300), check(byLibreOffice)),
  ] : []),
  paired(`reader alone, ${n(100000)}-row listing vs unzip + scan floor`, ['bench/reader-alone.mjs', listing], ['bench/floor-xlsx.mjs', listing]),
  paired(`check ${n(300000)} vs ${n(100000)} rows, listing xlsx (peak ratio)`, check(listing300), check(listing)),
  paired(`reader alone ${n(300000)} vs ${n(100000)} rows (peak ratio)`, ['bench/reader-alone.mjs', listing300], ['bench/reader-alone.mjs', listing]),
  paired(`check ${n(1000000)}-row deliverables csv vs csv-parse`, check(csv), ['bench/baseline-csv.mjs', csv, ';']),
  paired('check small csv vs node -e 0', [kolops, 'check', tiny, '--format', 'json'], ['-e', '0']),
  paired('kolops --version vs node -e 0', [kolops, '--version'], ['-e', '0']),
  paired('check small xlsx vs require(exceljs) + streaming read', check(join(small, 'small-0.xlsx')), ['bench/baseline-xlsx.mjs', join(small, 'small-0.xlsx')]),
  paired(`check ${rowsOf(500)} small workbooks vs require('exceljs')`, check(small), ['-e', "require('exceljs')"]),
];
const perFile = rows.find((r) => r.name.includes('small workbooks')).kolopsSeconds / Math.round(500 * scale);

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('benchmark', 72)} ${pad('kolops s', 9)} ${pad('base s', 8)} ${pad('ratio', 6)} ${pad('kolops MiB', 11)} ${pad('base MiB', 9)} peak ratio`);
for (const r of rows) {
  console.log(`${pad(r.name, 72)} ${pad(r.kolopsSeconds.toFixed(2), 9)} ${pad(r.baselineSeconds.toFixed(2), 8)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.kolopsPeakMiB.toFixed(0), 11)} ${pad(r.baselinePeakMiB.toFixed(0), 9)} ${r.peakRatio?.toFixed(2) ?? '-'}`);
}
console.log(`per small workbook: ${(perFile * 1000).toFixed(1)} ms`);
writeFileSync(join('bench', 'results.json'), JSON.stringify({ node: process.version, scale, runs: RUNS, results: rows, secondsPerSmallWorkbook: perFile }, null, 2) + '\n');
