#!/usr/bin/env node
// npm run bench: generates deterministic data, then times `kolops check` against the bare
// reader it is built on, alternately, medians of RUNS (default 5) paired runs, with peak memory from
// /usr/bin/time (or getrusage of the child when /usr/bin/time is missing). Writes
// bench/results.json. BENCH_SCALE=0.1 for a quick run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliverablesCsv, listingXlsx, smallWorkbooks } from './generate.mjs';

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
  return row;
}

const listing = await listingXlsx(join(out, `listing-${Math.round(100000 * scale)}.xlsx`), Math.round(100000 * scale));
const csv = await deliverablesCsv(join(out, `deliverables-${Math.round(1000000 * scale)}.csv`), Math.round(1000000 * scale));
const small = await smallWorkbooks(join(out, `small-${Math.round(500 * scale)}`), Math.round(500 * scale));
const tiny = join(out, 'tiny.csv');
writeFileSync(tiny, 'No;KOL;Followers;Platform;Brand;Link\r\n1;Nata Shina;354K;Instagram;Herbana;https://www.instagram.com/natashina/\r\n');

const n = (x) => Math.round(x * scale).toLocaleString('en-US');
const rows = [
  paired(`check ${n(100000)}-row listing xlsx vs exceljs streaming read`, [kolops, 'check', listing, '--format', 'json', '--as-of', '2024-12-31'], ['bench/baseline-xlsx.mjs', listing]),
  paired(`check ${n(1000000)}-row deliverables csv vs csv-parse`, [kolops, 'check', csv, '--format', 'json', '--as-of', '2024-12-31'], ['bench/baseline-csv.mjs', csv, ';']),
  paired('check small csv vs node -e 0', [kolops, 'check', tiny, '--format', 'json'], ['-e', '0']),
  paired('kolops --version vs node -e 0', [kolops, '--version'], ['-e', '0']),
  paired('check small xlsx vs require(exceljs) + streaming read', [kolops, 'check', join(small, 'small-0.xlsx'), '--format', 'json', '--as-of', '2024-12-31'], ['bench/baseline-xlsx.mjs', join(small, 'small-0.xlsx')]),
  paired(`check ${Math.round(500 * scale)} small workbooks vs require('exceljs')`, [kolops, 'check', small, '--format', 'json', '--as-of', '2024-12-31'], ['-e', "require('exceljs')"]),
];
const perFile = rows.find((r) => r.name.includes('small workbooks')).kolopsSeconds / Math.round(500 * scale);

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('benchmark', 62)} ${pad('kolops s', 9)} ${pad('base s', 8)} ${pad('ratio', 6)} ${pad('kolops MiB', 11)} base MiB`);
for (const r of rows) {
  console.log(`${pad(r.name, 62)} ${pad(r.kolopsSeconds.toFixed(2), 9)} ${pad(r.baselineSeconds.toFixed(2), 8)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.kolopsPeakMiB.toFixed(0), 11)} ${r.baselinePeakMiB.toFixed(0)}`);
}
console.log(`per small workbook: ${(perFile * 1000).toFixed(1)} ms`);
writeFileSync(join('bench', 'results.json'), JSON.stringify({ node: process.version, scale, runs: RUNS, results: rows, secondsPerSmallWorkbook: perFile }, null, 2) + '\n');
