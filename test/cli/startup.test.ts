import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, writeXlsx } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const tracer = join(root, 'test', 'helpers', 'trace-bundle.mjs');

/**
 * The packages and kolops folders whose modules a real process of the shipped bundle ran
 * for `args` (not an in-process call: loading is the point). `urls` are source paths
 * (`src/engine/check.ts`); the tracer exits 3 when it cannot hook the bundle.
 */
function loaded(args: string[], cwd: string): { packages: Set<string>; folders: Set<string>; urls: string[]; status: number | null } {
  const out = join(cwd, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(out, '');
  const r = spawnSync(process.execPath, [tracer, ...args], { cwd, env: { ...process.env, KOLOPS_TRACE_IMPORTS: out }, encoding: 'utf8' });
  expect(r.status, r.stderr).not.toBe(3);
  const urls = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(urls.flatMap((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1] ?? []));
  const folders = new Set(urls.flatMap((u) => /^src\/([^/]+)\//.exec(u)?.[1] ?? []));
  return { packages, folders, urls, status: r.status };
}

describe('start-up loads only what the command needs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    writeFileSync(join(dir, 'listing.csv'), 'No;KOL;Followers;Platform;Brand;Link\r\n1;Nata Shina;354K;Instagram;Herbana;https://www.instagram.com/natashina/\r\n');
    await writeXlsx(dir, 'listing.xlsx', [{ name: 'September 2024', rows: [['No', 'KOL', 'Followers', 'Platform', 'Link'], [1, 'Nata Shina', '354K', 'Instagram', 'https://www.instagram.com/natashina/']] }]);
  });

  it('checks a CSV without exceljs, zod or any report renderer', () => {
    const run = loaded(['check', 'listing.csv', '--format', 'json'], dir);
    expect(run.status).not.toBe(2);
    expect(run.folders.has('engine')).toBe(true); // the trace works: the engine was seen
    expect([...run.packages].filter((p) => ['exceljs', 'zod', 'cli-table3', 'dayjs', 'chalk'].includes(p))).toEqual([]);
    // report/messages.ts is words only (i18n gathers every area's English); no renderer loads.
    expect(run.urls.filter((u) => /^src\/report\/(?!messages\.ts)/.test(u))).toEqual([]);
    expect(run.folders.has('writers')).toBe(false);
  });

  it('reads an .xlsx with no exceljs at all (its own zip and XML scanner), and without zod', () => {
    const run = loaded(['check', 'listing.xlsx', '--format', 'json'], dir);
    expect(run.status).not.toBe(2);
    expect(run.packages.has('exceljs')).toBe(false);
    expect(run.packages.has('zod')).toBe(false);
  });

  it('loads zod to validate a config file when there is one', async () => {
    const withConfig = await makeTempDir();
    writeFileSync(join(withConfig, 'kolops.config.json'), JSON.stringify({ listing: { monthlyTarget: 5 } }));
    writeFileSync(join(withConfig, 'listing.csv'), readFileSync(join(dir, 'listing.csv')));
    expect(loaded(['check', 'listing.csv', '--format', 'json'], withConfig).packages.has('zod')).toBe(true);
  });

  it('answers --version without the engine', () => {
    const run = loaded(['--version'], dir);
    expect(run.status).toBe(0);
    expect(run.folders.has('engine')).toBe(false);
    expect(run.folders.has('rules')).toBe(false);
  });
});
