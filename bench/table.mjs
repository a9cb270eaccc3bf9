#!/usr/bin/env node
// Prints bench/results.json as the README's Performance table (markdown), so the figures
// the README quotes are the ones the bench recorded, never typed by hand.
import { readFileSync } from 'node:fs';

const recorded = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
const s = (x) => (x === null || x === undefined ? '' : `${x.toFixed(2)} s`);
const mib = (x) => (x ? `${x.toFixed(0)} MiB` : '');
const times = (x) => (x === null || x === undefined ? '' : `${x.toFixed(2)}×`);

function target(row) {
  if (!row.target) return '';
  const parts = [];
  if (row.target.ratio !== undefined) parts.push(`≤ ${row.target.ratio}×`);
  if (row.target.peakRatio !== undefined) parts.push(`peak ≤ ${row.target.peakRatio}×`);
  if (row.target.peakMiB !== undefined) parts.push(`≤ ${row.target.peakMiB} MiB`);
  return `${parts.join(', ')}: **${row.met ? 'met' : 'missed'}**`;
}

const peakOnly = (row) => row.target && row.target.ratio === undefined && row.target.peakRatio !== undefined;
console.log('| what | kolops | anchor | ratio | kolops peak | anchor peak | peak ratio | target |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of recorded.results) {
  const ratio = peakOnly(row) ? '' : times(row.ratio);
  console.log(`| ${row.name} | ${s(row.kolopsSeconds)} | ${s(row.baselineSeconds)} | ${ratio} | ${mib(row.kolopsPeakMiB)} | ${mib(row.baselinePeakMiB)} | ${times(row.peakRatio)} | ${target(row)} |`);
}
if (recorded.secondsPerSmallWorkbook) console.log(`\nPer small workbook: ${(recorded.secondsPerSmallWorkbook * 1000).toFixed(1)} ms.`);
console.log(`\n\`node -e 0\` on this machine in the same run: ${recorded.nodeStartupSeconds.toFixed(3)} s (${recorded.date}, ${recorded.node}, medians of ${recorded.runs} paired runs, scale ${recorded.scale}).`);
