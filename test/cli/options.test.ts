import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeXlsx } from '../helpers/fixtures.js';
import { cleanListingRows, LISTING_HEADER } from '../helpers/memory.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kolops.js');
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await makeTempDir();
  const rows = cleanListingRows(20);
  rows[0]![5] = 'YES (DONE)'; // error: agreed, no address
  rows[0]![4] = 'Kamis, 5 September 2024'; // posted, so only the address is missing
  rows[1]![6] = 'Friendster'; // warning: unknown platform
  rows[2]![7] = 'Herbanna'; // warning: unknown brand
  file = await writeXlsx(dir, 'list.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...rows] }]);
  await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({ brands: [{ name: 'Herbana' }] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('config', () => {
  it('is found from the checked folder upward', async () => {
    const run = await kolops(['check', dir, '--format', 'json']);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('listing/unknown-brand');
  });

  it.each([
    [{ listing: { monthlyTarget: 'twenty' } }, /listing\.monthlyTarget: expected a number, not the text "twenty"/],
    [{ listing: { monthlyTarge: 20 } }, /listing: unknown key "monthlyTarge": check its spelling, or remove it/],
    [{ brands: [{ aliases: ['x'] }] }, /brands\.0\.name: /],
    [{ posting: { deadline: { dayOfMonth: 40 } } }, /posting\.deadline/],
    [{ columns: { 'kol-listing': { 'Status Endorse': 'pr-status' } } }, /columns\.kol-listing\.Status Endorse: expected one of "no", "name", .*, not the text "pr-status"/],
    [{ columns: { 'affiliate-deals': { Followers: 'followers' } } }, /columns\.affiliate-deals\.Followers: expected one of /],
    [{ columns: { listing: { Nama: 'name' } } }, /columns: unknown key "listing"/],
    [{ columns: { 'kol-listing': { '/[/': 'name' } } }, /columns\.kol-listing\.\/\[\/: a header text, or a valid \/regular expression\//],
  ])('an invalid config %j exits 2 naming the key path', async (config, message) => {
    const cfg = join(dir, 'bad.json');
    await writeFile(cfg, JSON.stringify(config));
    const run = await kolops(['check', file, '--config', cfg]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a config that is not JSON exits 2', async () => {
    const cfg = join(dir, 'broken.json');
    await writeFile(cfg, '{ "year": 2024,, }');
    const run = await kolops(['check', file, '--config', cfg]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: not valid JSON at line 1, column 16\. /);
  });

  it('a config that does not exist exits 2', async () => {
    const run = await kolops(['check', file, '--config', join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read config .*missing\.json: it does not exist \(ENOENT\)\. Check the file name and its folder\./);
  });

  it('rules can be turned off or re-graded', async () => {
    const cfg = join(dir, 'rules.json');
    await writeFile(cfg, JSON.stringify({ brands: [{ name: 'Herbana' }], rules: { 'listing/agreed-missing-address': 'off', 'listing/unknown-brand': 'error' } }));
    const run = await kolops(['check', file, '--config', cfg, '--format', 'json']);
    const findings = JSON.parse(run.stdout).findings as { rule: string; severity: string }[];
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['listing/unknown-platform warning', 'listing/unknown-brand error']);
  });
});

describe('options and exit codes', () => {
  it('exits 1 on errors, 0 with --quiet when only warnings remain after turning errors off', async () => {
    expect((await kolops(['check', file])).code).toBe(1);
    const cfg = join(dir, 'off.json');
    await writeFile(cfg, JSON.stringify({ brands: [{ name: 'Herbana' }], rules: { 'listing/agreed-missing-address': 'off' } }));
    expect((await kolops(['check', file, '--config', cfg])).code).toBe(0);
    const strict = await kolops(['check', file, '--config', cfg, '--max-warnings', '1']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/2 warnings, more than --max-warnings 1/);
    expect((await kolops(['check', file, '--config', cfg, '--max-warnings', '2'])).code).toBe(0);
  });

  it('--quiet shows errors only', async () => {
    const run = await kolops(['check', file, '--quiet', '--format', 'json']);
    expect(JSON.parse(run.stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(['error']);
  });

  it.each([
    [['check', '--format', 'xml']],
    [['check', '--month', 'September']],
    [['check', '--year', 'abc']],
    [['check', '--lang', 'fr']],
    [['check', '--delimiter', '::']],
    [['frobnicate']],
  ])('usage error %j exits 2 with a message and no stack', async (args) => {
    const run = await kolops(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--output writes the report to a file atomically and prints nothing', async () => {
    const out = join(dir, 'report.sarif');
    const run = await kolops(['check', file, '--format', 'sarif', '--output', out]);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(await readFile(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(3);
  });

  it('github format writes annotations and the full list to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'summary.md');
    const run = await kolops(['check', file, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.stdout).toMatch(/^::error file=.*list\.xlsx,line=2,title=listing\/agreed-missing-address::September 2024!D2 /m);
    const md = await readFile(summary, 'utf8');
    expect(md).toContain('listing/unknown-brand');
    expect(md).toContain('|');
  });

  it('junit format gives one testsuite per file', async () => {
    const run = await kolops(['check', file, '--format', 'junit']);
    expect(run.stdout.match(/<testsuite /g)).toHaveLength(1);
  });

  it('--month is used only when the workbook says nothing', async () => {
    const sub = join(dir, 'nomonth');
    await mkdir(sub);
    const f = await writeXlsx(sub, 'list.xlsx', [{ name: 'Sheet1', rows: [LISTING_HEADER, ...cleanListingRows(20)] }]);
    const without = JSON.parse((await kolops(['check', f, '--format', 'json'])).stdout);
    expect(without.findings.map((x: { rule: string }) => x.rule)).toEqual(['table/month-unknown']);
    const withMonth = JSON.parse((await kolops(['check', f, '--format', 'json', '--month', '2024-09'])).stdout);
    expect(withMonth.files[0].tables[0].month).toBe('2024-09');
    expect(withMonth.findings).toEqual([]);
  });

  it('--lang id and LANG=id_ID give Indonesian messages', async () => {
    const a = await kolops(['check', file, '--lang', 'id']);
    const b = await kolops(['check', file], { env: { LANG: 'id_ID.UTF-8' } });
    expect(a.stdout).toContain('alamat pengiriman kosong');
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('the installed binary', () => {
  it('exits quietly when the reader closes the pipe early (kolops check | head)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, 'check', join(root, 'examples'), '--format', 'junit', '--as-of', '2024-09-20'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(1);
  });

  it.each(['Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati'])('reads real date cells as the same calendar day in TZ=%s', async (tz) => {
    const sub = await makeTempDir();
    try {
      // Post dates on the first of the month: a one-day shift would move the month.
      const rows: unknown[][] = [LISTING_HEADER, ...cleanListingRows(20)];
      rows[1]![4] = new Date(Date.UTC(2024, 8, 1));
      rows[2]![4] = new Date(Date.UTC(2024, 8, 30));
      const f = await writeXlsx(sub, 'list.xlsx', [{ name: 'Sheet1', rows }]);
      const exec = promisify(execFile);
      const run = await exec(process.execPath, [bin, 'check', f, '--format', 'json', '--year', '2024'], { env: { ...process.env, TZ: tz } });
      expect(JSON.parse(run.stdout).files[0].tables[0].month).toBe('2024-09');
    } finally {
      await rm(sub, { recursive: true, force: true });
    }
  });

  it('runs from bin/kolops.js with JSON alone on stdout and the exit code set', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [bin, '--version']);
    expect(ok.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const err = await exec(process.execPath, [bin, 'check', file, '--format', 'json'], { env: { ...process.env, NO_COLOR: '1' } }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(JSON.parse(err.stdout).summary).toEqual({ files: 1, errors: 1, warnings: 2, infos: 0 });
  });
});
