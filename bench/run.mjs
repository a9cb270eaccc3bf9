#!/usr/bin/env node
// npm run bench: generates deterministic data, then times each kolops command against an
// anchor measured in the same run (csv-parse, Python's csv module, exceljs's streaming
// reader, `node -e 0`, or kolops's own check of the same input), alternately, medians of
// RUNS (default 5) paired runs, with peak memory from /usr/bin/time. Rows with a target
// (issues 15 and 17) say whether it is met. Writes bench/results.json; the README quotes
// the ratios, never the seconds alone. BENCH_SCALE=0.1 for a quick run; BENCH_ONLY=regex
// runs the matching rows only (and records nothing).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarCsv, deliverablesCsv, listingXlsx, listingXlsxByLibreOffice, recapCsv, smallWorkbooks } from './generate.mjs';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const out = join('bench', 'out');
mkdirSync(out, { recursive: true });
const node = process.execPath;
const kolops = join('bin', 'kolops.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One timed run; `args` run under node unless `cmd` names another program (Python's anchor). */
function measure(args, cmd = node) {
  const argv = TIME ? ['-f', '%e %M', cmd, ...args] : args;
  const t0 = process.hrtime.bigint();
  // stdout goes nowhere: the check of two exports of the same deals (diff's anchor) writes
  // more JSON than one string can hold (ERR_STRING_TOO_LONG), and the bench would
  // otherwise time its own buffering.
  const r = spawnSync(TIME ?? cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = (r.stderr || '').trim().split('\n').at(-1) ?? '';
  const m = /^([\d.]+) (\d+)$/.exec(last);
  if (r.status === null || r.status > 1) throw new Error(`bench: ${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  return { seconds: wall, peakMiB: m ? Number(m[2]) / 1024 : null, status: r.status };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/**
 * kolops and its anchor, alternately, RUNS times each; medians. `target`: the issue's
 * limits on the ratio (time), the peak ratio and the absolute peak, printed as met or not.
 * An anchor is `[args]` for node or `{ cmd, args }` for another program.
 */
function paired(name, kolopsArgs, base, target = {}) {
  const baseRun = () => (Array.isArray(base) ? measure(base) : measure(base.args, base.cmd));
  const k = [], b = [];
  for (let i = 0; i < RUNS; i++) { k.push(measure(kolopsArgs)); b.push(baseRun()); }
  const row = {
    name,
    kolopsSeconds: median(k.map((x) => x.seconds)), baselineSeconds: median(b.map((x) => x.seconds)),
    kolopsPeakMiB: median(k.map((x) => x.peakMiB ?? 0)), baselinePeakMiB: median(b.map((x) => x.peakMiB ?? 0)),
  };
  row.ratio = row.kolopsSeconds / row.baselineSeconds;
  row.peakRatio = row.baselinePeakMiB > 0 ? row.kolopsPeakMiB / row.baselinePeakMiB : null;
  const misses = [];
  if (target.ratio !== undefined && row.ratio > target.ratio) misses.push(`time ${row.ratio.toFixed(2)}x > ${target.ratio}x`);
  if (target.peakRatio !== undefined && (row.peakRatio ?? Infinity) > target.peakRatio) misses.push(`peak ${row.peakRatio?.toFixed(2)}x > ${target.peakRatio}x`);
  if (target.peakMiB !== undefined && row.kolopsPeakMiB > target.peakMiB) misses.push(`peak ${row.kolopsPeakMiB.toFixed(0)} MiB > ${target.peakMiB} MiB`);
  row.target = Object.keys(target).length ? target : null;
  row.met = row.target ? misses.length === 0 : null;
  row.misses = misses;
  console.error(`bench: ${name}: ${row.ratio.toFixed(2)}x${row.met === null ? '' : row.met ? ' (met)' : ` (missed: ${misses.join(', ')})`}`);
  return row;
}

const rowsOf = (k) => Math.round(k * scale);
const listing = await listingXlsx(join(out, `listing-${rowsOf(100000)}.xlsx`), rowsOf(100000));
// Every row in September: the report of that month holds all 100,000 KOLs, its worst case.
const listingOneMonth = await listingXlsx(join(out, `listing-${rowsOf(100000)}-sep.xlsx`), rowsOf(100000), { oneMonth: true });
const listing300 = await listingXlsx(join(out, `listing-${rowsOf(300000)}.xlsx`), rowsOf(300000));
// The month's recaps of that listing, one CSV: the posting join at scale.
const recap50 = await recapCsv(join(out, `recap-${rowsOf(50000)}.csv`), rowsOf(50000), rowsOf(300000));
// The same listing as LibreOffice saves it: shared strings, styles, real date cells.
const byLibreOffice = await listingXlsxByLibreOffice(out, rowsOf(100000));
const byLibreOffice300 = byLibreOffice && await listingXlsxByLibreOffice(out, rowsOf(300000));
if (!byLibreOffice) console.log('bench: soffice (LibreOffice) is not installed; the LibreOffice-written listing rows are skipped');
// A year of content calendars for many brands: the caption rules over captions as written.
const calendar = await calendarCsv(join(out, `calendar-${rowsOf(20000)}.csv`), rowsOf(20000));
const csv = await deliverablesCsv(join(out, `deliverables-${rowsOf(1000000)}.csv`), rowsOf(1000000));
const csv3m = await deliverablesCsv(join(out, `deliverables-${rowsOf(3000000)}.csv`), rowsOf(3000000));
// The next export of the same deals, under another file name: what `kolops diff` compares.
const csvNext = await deliverablesCsv(join(out, `deliverables-${rowsOf(1000000)}-next-week.csv`), rowsOf(1000000), { edited: true });
const small = await smallWorkbooks(join(out, `small-${rowsOf(500)}`), rowsOf(500));
// The tiny check as a pre-commit hook runs it: a one-row CSV with the team's config beside it.
const tinyDir = join(out, 'tiny');
mkdirSync(tinyDir, { recursive: true });
const tiny = join(tinyDir, 'tiny.csv');
writeFileSync(tiny, 'No;KOL;Followers;Platform;Brand;Link\r\n1;Nata Shina;354K;Instagram;Herbana;https://www.instagram.com/natashina/\r\n');
copyFileSync(join('examples', 'kolops.config.json'), join(tinyDir, 'kolops.config.json'));
// Python's csv module as an anchor (its own executable, not a pyenv shim's start-up).
const pythonProbe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
const python = pythonProbe.status === 0 ? pythonProbe.stdout.trim() : null;
if (!python) console.log('bench: python3 is not installed; the Python csv anchor row is skipped');

const n = (x) => Math.round(x * scale).toLocaleString('en-US');
const check = (...files) => [kolops, 'check', ...files, '--format', 'json', '--as-of', '2024-12-31'];
const reportXlsx = join(out, 'report.xlsx');
const report = (file) => [kolops, 'report', 'monthly', file, '--month', '2024-09', '--as-of', '2024-12-31', '-o', reportXlsx, '--force'];
const diff = (a, b) => [kolops, 'diff', a, b, '--format', 'json'];
const normalize = (file) => [kolops, 'normalize', file, '-o', join(out, 'normalized.xlsx'), '--force'];
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const plan = [
  // Issue 17, start-up: with a config, as a hook runs it; --version.
  [`check tiny csv with a config vs node -e 0`, [kolops, 'check', tiny, '--format', 'json'], ['-e', '0'], { ratio: 2 }],
  ['kolops --version vs node -e 0', [kolops, '--version'], ['-e', '0'], { ratio: 1.3 }],
  // Issue 17, per-row cost and memory.
  [`check ${n(1000000)}-row deliverables csv vs csv-parse`, check(csv), ['bench/baseline-csv.mjs', csv, ';'], { ratio: 0.6, peakMiB: 150 }],
  ...(python ? [[`check ${n(1000000)}-row deliverables csv vs Python csv module`, check(csv), { cmd: python, args: ['bench/baseline-python-csv.py', csv, ';'] }, { ratio: 2.5 }]] : []),
  [`check ${n(3000000)} vs ${n(1000000)} rows, deliverables csv (peak ratio)`, check(csv3m), check(csv), { peakRatio: 1.2 }],
  [`check ${n(300000)} vs ${n(100000)} rows, listing xlsx (peak ratio)`, check(listing300), check(listing), { peakRatio: 1.2 }],
  ...(byLibreOffice ? [[`check ${n(300000)} vs ${n(100000)} rows, LibreOffice listing (peak ratio)`, check(byLibreOffice300), check(byLibreOffice), { peakRatio: 1.2 }]] : []),
  // The posting join at scale: no target of its own yet; what a recap beside the listing costs.
  [`check ${n(300000)}-row listing with a ${n(50000)}-row recap vs the listing alone`, check(listing300, recap50), check(listing300)],
  // The caption rules at scale: no target of their own; the check against reading the same file.
  [`check ${n(20000)}-row content calendar csv vs csv-parse`, check(calendar), ['bench/baseline-csv.mjs', calendar, ';']],
  [`check ${n(50000)}-row recap csv vs csv-parse`, check(recap50), ['bench/baseline-csv.mjs', recap50, ',']],
  // Issue 17, diff and normalize against the check of the same input.
  [`diff two ${n(1000000)}-row csv exports vs check of both`, diff(csv, csvNext), check(csv, csvNext), { ratio: 2, peakMiB: 300 }],
  ...(byLibreOffice ? [[`diff ${n(100000)}-row listing vs its LibreOffice re-save vs check of both`, diff(listing, byLibreOffice), check(listing, byLibreOffice), { ratio: 2, peakMiB: 300 }]] : []),
  [`normalize -o ${n(100000)}-row listing xlsx vs check`, normalize(listing), check(listing), { ratio: 1.5, peakRatio: 1.5 }],
  ...(byLibreOffice ? [[`normalize -o ${n(100000)}-row LibreOffice listing vs check`, normalize(byLibreOffice), check(byLibreOffice), { ratio: 1.5, peakRatio: 1.5 }]] : []),
  // Issue 15: the month's xlsx report costs at most 1.5x the check of the same workbook.
  [`report monthly -o xlsx vs check, ${n(100000)}-row listing (a year)`, report(listing), check(listing), { ratio: 1.5, peakRatio: 1.5 }],
  [`report monthly -o xlsx vs check, ${n(100000)} rows all in the month`, report(listingOneMonth), check(listingOneMonth), { ratio: 1.5, peakRatio: 1.5 }],
  // Readers and writers against the libraries and the floor.
  [`check ${n(100000)}-row listing xlsx vs exceljs streaming read`, check(listing), ['bench/baseline-xlsx.mjs', listing]],
  ...(byLibreOffice ? [
    [`check ${n(100000)}-row listing by LibreOffice vs exceljs streaming read`, check(byLibreOffice), ['bench/baseline-xlsx.mjs', byLibreOffice]],
    [`reader alone, ${n(100000)}-row LibreOffice listing vs unzip + scan floor`, ['bench/reader-alone.mjs', byLibreOffice], ['bench/floor-xlsx.mjs', byLibreOffice]],
  ] : []),
  [`reader alone, ${n(100000)}-row listing vs unzip + scan floor`, ['bench/reader-alone.mjs', listing], ['bench/floor-xlsx.mjs', listing]],
  [`reader alone ${n(300000)} vs ${n(100000)} rows (peak ratio)`, ['bench/reader-alone.mjs', listing300], ['bench/reader-alone.mjs', listing]],
  [`xlsx writer alone vs exceljs streaming writer, ${n(100000)} report rows`, ['bench/writer-alone.mjs', join(out, 'writer.xlsx'), String(rowsOf(100000))], ['bench/baseline-xlsx-write.mjs', join(out, 'writer-exceljs.xlsx'), String(rowsOf(100000))]],
  ['check small xlsx vs require(exceljs) + streaming read', check(join(small, 'small-0.xlsx')), ['bench/baseline-xlsx.mjs', join(small, 'small-0.xlsx')]],
  [`check ${rowsOf(500)} small workbooks vs require('exceljs')`, check(small), ['-e', "require('exceljs')"]],
];
// The machine's own start-up, beside every ratio (a loaded machine shows in it).
const nodeStartup = median(Array.from({ length: Math.max(RUNS, 5) }, () => measure(['-e', '0']).seconds));
const rows = plan.filter(([name]) => !only || only.test(name)).map((args) => paired(...args));
const smallRow = rows.find((r) => r.name.includes('small workbooks'));
const perFile = smallRow ? smallRow.kolopsSeconds / Math.round(500 * scale) : null;

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('benchmark', 72)} ${pad('kolops s', 9)} ${pad('base s', 8)} ${pad('ratio', 6)} ${pad('kolops MiB', 11)} ${pad('base MiB', 9)} ${pad('peak ratio', 11)} target`);
for (const r of rows) {
  console.log(`${pad(r.name, 72)} ${pad(r.kolopsSeconds.toFixed(2), 9)} ${pad(r.baselineSeconds.toFixed(2), 8)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.kolopsPeakMiB.toFixed(0), 11)} ${pad(r.baselinePeakMiB.toFixed(0), 9)} ${pad(r.peakRatio?.toFixed(2) ?? '-', 11)} ${r.met === null ? '' : r.met ? 'met' : 'MISSED'}`);
}
if (perFile !== null) console.log(`per small workbook: ${(perFile * 1000).toFixed(1)} ms`);
console.log(`node -e 0 on this machine: ${nodeStartup.toFixed(3)} s`);
const missed = rows.filter((r) => r.met === false);
console.log(missed.length ? `targets missed: ${missed.map((r) => `${r.name} (${r.misses.join(', ')})`).join('; ')}` : 'every target met');
// A partial run (BENCH_ONLY) prints but leaves the recorded results alone.
if (!only) writeFileSync(join('bench', 'results.json'), JSON.stringify({ node: process.version, date: new Date().toISOString().slice(0, 10), scale, runs: RUNS, nodeStartupSeconds: nodeStartup, results: rows, secondsPerSmallWorkbook: perFile }, null, 2) + '\n');
