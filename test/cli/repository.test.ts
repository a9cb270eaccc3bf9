/**
 * kolops over a shared workbook repository: outputs that never land on an input,
 * kind-only commands that say what they found, partial runs with their context,
 * baselines, and a config per folder. Each reproduction of issue 11 is a test here.
 */
import { createHash } from 'node:crypto';
import { cp, link, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeXlsx } from '../helpers/fixtures.js';
import { cleanListingRows, LISTING_HEADER, type CellInput } from '../helpers/memory.js';

const root = join(import.meta.dirname, '..', '..');
let dir: string;

interface JsonFinding { rule: string; file: string; kol: string | null; severity: string; message: string; month: string | null }
interface JsonRun {
  files: { path: string; config?: string | null }[];
  findings: JsonFinding[];
  summary: { files: number; errors: number; warnings: number; infos: number };
  notChecked?: { path: string; kinds: string[] }[];
  baseline?: { file: string; suppressed: number; absent: number; written: boolean };
}
const json = (stdout: string) => JSON.parse(stdout) as JsonRun;
const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');

beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A fresh copy of the examples, as a team's repository would hold them. */
async function repo(name: string): Promise<string> {
  const d = join(dir, name);
  await cp(join(root, 'examples'), d, { recursive: true });
  return d;
}

describe('no command writes over a workbook', () => {
  it('check -o and chase -o refuse an input named, or found in a folder given, and leave it byte-identical', async () => {
    const d = await repo('outputs');
    const before = await sha(join(d, 'kol-listing-2024.xlsx'));
    for (const args of [
      ['check', '.', '-o', 'kol-listing-2024.xlsx'],
      ['check', '.', '-o', 'kol-listing-2024.xlsx', '--force'],
      ['check', 'kol-listing-2024.xlsx', '-o', './kol-listing-2024.xlsx'],
      ['list', 'validate', '.', '-o', 'kol-listing-2024.xlsx'],
      ['chase', '.', '-o', 'kol-listing-2024.xlsx', '--force'],
      ['chase', '.', '--format', 'csv', '-o', 'kol-listing-2024.xlsx'],
      ['diff', 'kol-listing-2024.xlsx', 'kol-listing-2024.xlsx', '-o', 'kol-listing-2024.xlsx', '--force'],
      ['report', 'monthly', '--month', '2024-09', '.', '-o', 'kol-listing-2024.xlsx', '--force'],
    ]) {
      const run = await kolops(args, { cwd: d });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(/^kolops: not writing (\.\/)?kol-listing-2024\.xlsx: it is one of the files this run reads \(kol-listing-2024\.xlsx\), and kolops never writes over an input\. Name another output file\.\n$/);
    }
    expect(await sha(join(d, 'kol-listing-2024.xlsx'))).toBe(before);
    expect((await readdir(d)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an input reached through a symlink or a hard link, and the config file it reads', async () => {
    const d = await repo('aliases');
    await symlink(join(d, 'recap-postingan.xlsx'), join(d, 'out-link.txt'));
    await link(join(d, 'recap-postingan.xlsx'), join(dir, 'hard-link.txt'));
    const before = await sha(join(d, 'recap-postingan.xlsx'));
    for (const out of ['out-link.txt', join(dir, 'hard-link.txt'), 'kolops.config.json']) {
      const run = await kolops(['check', '.', '-o', out], { cwd: d });
      expect(run.code, out).toBe(2);
      expect(run.stderr, out).toMatch(/it is one of the files this run reads/);
    }
    expect(await sha(join(d, 'recap-postingan.xlsx'))).toBe(before);
    expect(JSON.parse(await readFile(join(d, 'kolops.config.json'), 'utf8'))).toBeTypeOf('object');
  });

  it('an existing workbook that is not an input needs --force; a report file is replaced', async () => {
    const d = await repo('replace');
    const other = join(dir, 'other-workbook.xlsx');
    await cp(join(d, 'kol-listing-2024.xlsx'), other);
    const refused = await kolops(['check', 'recap-postingan.xlsx', '-o', other], { cwd: d });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/it exists and is a workbook kolops would read\. Nothing was changed; name another output file, or add --force/);
    // A workbook misnamed as .txt is still a workbook: its bytes say so.
    await cp(join(d, 'kol-listing-2024.xlsx'), join(dir, 'misnamed.txt'));
    expect((await kolops(['check', 'recap-postingan.xlsx', '-o', join(dir, 'misnamed.txt')], { cwd: d })).code).toBe(2);
    const forced = await kolops(['check', 'recap-postingan.xlsx', '-o', other, '--force', '--as-of', '2024-09-20'], { cwd: d });
    expect(forced.code).toBe(0); // the seed recap alone has warnings only
    expect(await readFile(other, 'utf8')).toMatch(/recap-postingan\.xlsx/);

    const report = join(dir, 'report.txt');
    await writeFile(report, 'yesterday');
    expect((await kolops(['check', 'recap-postingan.xlsx', '-o', report, '--as-of', '2024-09-20'], { cwd: d })).code).toBe(0);
    expect(await readFile(report, 'utf8')).toMatch(/recap\/weekday-mismatch/);
  });

  it('a folder as the output, or GITHUB_STEP_SUMMARY pointing at a workbook, is refused in one line', async () => {
    const d = await repo('odd-outputs');
    const folder = await kolops(['check', 'recap-postingan.xlsx', '-o', '.'], { cwd: d });
    expect(folder).toMatchObject({ code: 2, stderr: 'kolops: not writing .: it is a folder. Name a file, e.g. ./report.txt.\n' });
    const before = await sha(join(d, 'kol-listing-2024.xlsx'));
    const summary = await kolops(['check', '.', '--format', 'github'], { cwd: d, env: { GITHUB_STEP_SUMMARY: join(d, 'kol-listing-2024.xlsx') } });
    expect(summary.code).toBe(2);
    expect(summary.stderr).toMatch(/not writing .*kol-listing-2024\.xlsx: it is one of the files this run reads/);
    expect(await sha(join(d, 'kol-listing-2024.xlsx'))).toBe(before);
  });

  it('says it in Indonesian too', async () => {
    const d = await repo('outputs-id');
    const run = await kolops(['check', '.', '-o', 'kol-listing-2024.xlsx', '--lang', 'id'], { cwd: d });
    expect(run.stderr).toBe('kolops: kol-listing-2024.xlsx tidak ditulis: file itu salah satu file yang dibaca perintah ini (kol-listing-2024.xlsx), dan kolops tidak pernah menimpa file input. Sebutkan file output lain.\n');
  });
});

describe('kind-only commands say what they found', () => {
  it('list validate on a recap, affiliate check on a listing: a warning naming what is there', async () => {
    const r1 = await kolops(['list', 'validate', 'examples/recap-postingan.xlsx', '--format', 'json'], { cwd: root });
    expect(r1.code).toBe(0);
    expect(json(r1.stdout).findings).toMatchObject([{ rule: 'file/kind-not-found', severity: 'warning', file: 'examples/recap-postingan.xlsx',
      message: expect.stringMatching(/^no KOL listing in this file, so nothing in it was checked; it holds 1 posting recap/) }]);
    const r2 = await kolops(['affiliate', 'check', 'examples/kol-listing-2024.xlsx'], { cwd: root });
    expect(r2.stdout).toMatch(/no affiliate deal list in this file, so nothing in it was checked; it holds 2 KOL listings/);
    expect(r2.stdout).not.toMatch(/no problems found/);
    const r3 = await kolops(['recap', 'check', 'examples/affiliate-deals.xlsx', '--max-warnings', '0'], { cwd: root });
    expect(r3.code).toBe(1); // a CI step asking for recaps fails when there are none
  });

  it('list validate examples/ counts the one file it checked and names the ones it passed over', async () => {
    const run = await kolops(['list', 'validate', 'examples/', '--as-of', '2024-09-20', '--format', 'json'], { cwd: root });
    const r = json(run.stdout);
    expect(r.summary.files).toBe(1);
    expect(r.files.map((f) => f.path)).toEqual(['examples/kol-listing-2024.xlsx']);
    expect(r.notChecked).toEqual([
      { path: 'examples/affiliate-deals.xlsx', kinds: ['affiliate-deals'] },
      { path: 'examples/affiliate-deliverables-2024.xlsx', kinds: ['affiliate-deals'] },
      { path: 'examples/kalender-konten-oktober-2024.xlsx', kinds: ['content-calendar'] },
      { path: 'examples/recap-postingan.xlsx', kinds: ['posting-recap'] },
      { path: 'examples/recap-september-2024.xlsx', kinds: ['posting-recap'] },
    ]);
    expect(r.findings.every((f) => f.file === 'examples/kol-listing-2024.xlsx')).toBe(true);
    const text = await kolops(['list', 'validate', 'examples/', '--as-of', '2024-09-20'], { cwd: root });
    expect(text.stdout).toMatch(/not checked: examples\/recap-postingan\.xlsx holds a posting recap\n/);
    expect(text.stdout).toMatch(/not checked: examples\/kalender-konten-oktober-2024\.xlsx holds a content calendar\n/);
    expect(text.stdout).toMatch(/\n1 file checked: /);
  });

  it('a folder with no table of the kind is one warning for the folder', async () => {
    const d = join(dir, 'no-affiliate');
    await mkdir(d);
    await cp(join(root, 'examples', 'recap-postingan.xlsx'), join(d, 'recap.xlsx'));
    const run = await kolops(['affiliate', 'check', d, '--format', 'json'], { cwd: dir });
    expect(json(run.stdout).findings).toMatchObject([{ rule: 'file/kind-not-found', file: 'no-affiliate',
      message: 'no affiliate deal list in this folder, so nothing in it was checked: its one workbook holds 1 posting recap.' }]);
  });

  it('list validate reads the recaps beside a listing for the posting join, and reports only listing findings', async () => {
    const run = await kolops(['list', 'validate', 'examples/', '--as-of', '2024-10-01', '--format', 'json'], { cwd: root });
    const notPosted = json(run.stdout).findings.filter((f) => f.rule === 'recap/not-posted').map((f) => f.kol);
    // Leona and Shafandi posted per recap-september-2024.xlsx: not called unposted.
    expect(notPosted).not.toContain('Leona Nur Hafidhoro');
    expect(notPosted).not.toContain('Shafandi Viana');
  });
});

describe('partial runs with full context (--context)', () => {
  it('the staged-listing case: findings for the listing only, with the recaps joined', async () => {
    const d = await repo('staged');
    const alone = json((await kolops(['check', 'kol-listing-2024.xlsx', '--format', 'json', '--as-of', '2024-10-01'], { cwd: d })).stdout);
    const posted = ['Leona Nur Hafidhoro', 'Shafandi Viana'];
    expect(alone.findings.filter((f) => f.rule === 'recap/not-posted').map((f) => f.kol)).toEqual(expect.arrayContaining(posted));

    for (const args of [['--context', '.'], ['--context=.'], ['--context', 'recap-september-2024.xlsx', 'recap-postingan.xlsx']]) {
      const run = await kolops(['check', 'kol-listing-2024.xlsx', ...args, '--format', 'json', '--as-of', '2024-10-01'], { cwd: d });
      const r = json(run.stdout);
      expect(r.summary.files, args.join(' ')).toBe(1);
      expect(r.findings.every((f) => f.file === 'kol-listing-2024.xlsx')).toBe(true);
      expect(r.findings.filter((f) => f.rule === 'recap/not-posted').map((f) => f.kol)).not.toEqual(expect.arrayContaining(posted));
    }
    // The same findings for the listing as a run over everything gives.
    const full = json((await kolops(['check', '.', '--format', 'json', '--as-of', '2024-10-01'], { cwd: d })).stdout);
    const withContext = json((await kolops(['check', 'kol-listing-2024.xlsx', '--context=.', '--format', 'json', '--as-of', '2024-10-01'], { cwd: d })).stdout);
    const key = (f: JsonFinding) => `${f.rule} ${f.kol} ${f.message}`;
    expect(withContext.findings.map(key)).toEqual(full.findings.filter((f) => f.file === 'kol-listing-2024.xlsx').map(key));
  });

  it('the config key `context` does the same for every run of that config', async () => {
    const d = await repo('config-context');
    const config = JSON.parse(await readFile(join(d, 'kolops.config.json'), 'utf8'));
    await writeFile(join(d, 'kolops.config.json'), JSON.stringify({ ...config, context: ['.'] }));
    const run = json((await kolops(['check', 'kol-listing-2024.xlsx', '--format', 'json', '--as-of', '2024-10-01'], { cwd: d })).stdout);
    expect(run.summary.files).toBe(1);
    expect(run.findings.filter((f) => f.rule === 'recap/not-posted').map((f) => f.kol)).not.toContain('Leona Nur Hafidhoro');
  });

  it('kolops chase with --context: the recaps join, and only the named files\' KOLs are listed', async () => {
    const d = await repo('chase-context');
    const kols = async (args: string[]) => (JSON.parse((await kolops(['chase', ...args, '--as-of', '2024-09-27', '--format', 'json'], { cwd: d })).stdout) as { items: { kol: string }[] }).items.map((i) => i.kol);
    expect(await kols(['kol-listing-2024.xlsx'])).toEqual(['Leona Nur Hafidhoro', 'Nata Shina', 'Shafandi Viana']);
    // Leona and Shafandi posted (per the recap); the seed recap's own all-`-` KOLs are not the listing's.
    expect(await kols(['kol-listing-2024.xlsx', '--context=.'])).toEqual(['Nata Shina']);
    expect(await kols(['.'])).toEqual(['Nata Shina', 'Anjasmara Prasetya', 'Rio Mahotira']);
  });

  it('--context with nothing to check is a usage error, not a check of the whole folder', async () => {
    const run = await kolops(['check', '--context', 'examples/', 'examples/kol-listing-2024.xlsx'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no files to check: --context takes every path after it/);
  });

  it('a context file that cannot be read is said, since the join is short of it', async () => {
    const d = await repo('bad-context');
    await writeFile(join(d, 'broken.xlsx'), 'not a zip');
    const r = json((await kolops(['check', 'kol-listing-2024.xlsx', '--context=.', '--format', 'json'], { cwd: d })).stdout);
    expect(r.findings.filter((f) => f.rule === 'file/unreadable').map((f) => f.file)).toEqual(['broken.xlsx']);
  });
});

/** A listing whose rows are all clean but for the ones `mess` changes. */
function listingRows(mess: (rows: CellInput[][]) => void): CellInput[][] {
  const rows = cleanListingRows(20);
  mess(rows);
  return [LISTING_HEADER, ...rows];
}

describe('baselines', () => {
  const twoErrors = (rows: CellInput[][]) => {
    rows[2]![5] = 'YES'; rows[2]![4] = '2024-09-05'; // agreed, posted, but no address
    rows[5]![2] = 'banyak'; // followers unreadable
  };

  it('accepts today\'s findings, stays green across inserted and re-sorted rows, fails on a new one', async () => {
    const d = join(dir, 'baseline');
    await mkdir(d);
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: listingRows(twoErrors) }]);
    expect((await kolops(['check', '.'], { cwd: d })).code).toBe(1);

    const missing = await kolops(['check', '.', '--baseline', 'kolops-baseline.json'], { cwd: d });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/baseline kolops-baseline\.json does not exist\. Write it first: kolops check --baseline kolops-baseline\.json --suppress-all/);

    const written = await kolops(['check', '.', '--suppress-all'], { cwd: d });
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('kolops: baseline kolops-baseline.json written: 2 accepted findings\n');
    const file = JSON.parse(await readFile(join(d, 'kolops-baseline.json'), 'utf8'));
    expect(file.findings.map((e: { rule: string; file: string }) => [e.rule, e.file])).toEqual([
      ['listing/agreed-missing-address', 'listing.xlsx'], ['listing/followers-unparseable', 'listing.xlsx'],
    ]);
    expect(JSON.stringify(file)).not.toMatch(/"row"|"cell"/);

    const green = await kolops(['check', '.', '--baseline', 'kolops-baseline.json'], { cwd: d });
    expect(green.code).toBe(0);
    expect(green.stdout).toMatch(/2 findings accepted in the baseline kolops-baseline\.json are not shown\n(.*\n)*1 file checked: no new problems\n$/);

    // Rows inserted above and the sheet re-sorted: nothing new.
    const shuffled = listingRows(twoErrors);
    const body = shuffled.slice(1).reverse();
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: [['LIST KOL SEPTEMBER 2024'], [], shuffled[0]!, ...body] }]);
    const moved = await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--format', 'json'], { cwd: d });
    expect(json(moved.stdout).findings).toEqual([]);
    expect(moved.code).toBe(0);

    // A new error appears: only it is reported, exit 1.
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: listingRows((rows) => { twoErrors(rows); rows[9]![2] = 'entah'; }) }]);
    const fresh = await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--format', 'json'], { cwd: d });
    expect(fresh.code).toBe(1);
    expect(json(fresh.stdout).findings).toMatchObject([{ rule: 'listing/followers-unparseable', kol: 'KOL kol 10' }]);
    expect(json(fresh.stdout).baseline).toEqual({ file: 'kolops-baseline.json', suppressed: 2, absent: 0, written: false });
  });

  it('a finding fixed is absent; --prune-suppressions drops it; a warning grown into an error is new', async () => {
    const d = join(dir, 'prune');
    await mkdir(d);
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: listingRows(twoErrors) }]);
    expect((await kolops(['check', '.', '--suppress-all'], { cwd: d })).code).toBe(0);
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: listingRows((rows) => { rows[5]![2] = 'banyak'; }) }]);
    const run = await kolops(['check', '.', '--baseline', 'kolops-baseline.json'], { cwd: d });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 baseline entries no longer occur \(fixed\?\); --prune-suppressions removes them from kolops-baseline\.json/);
    const sarif = JSON.parse((await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--format', 'sarif'], { cwd: d })).stdout);
    const states = sarif.runs[0].results.map((r: { ruleId: string; baselineState: string; suppressions?: unknown[] }) => [r.ruleId, r.baselineState, Boolean(r.suppressions)]);
    expect(states).toEqual([['listing/followers-unparseable', 'unchanged', true], ['listing/agreed-missing-address', 'absent', false]]);

    expect((await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--prune-suppressions'], { cwd: d })).code).toBe(0);
    const pruned = JSON.parse(await readFile(join(d, 'kolops-baseline.json'), 'utf8'));
    expect(pruned.findings.map((e: { rule: string }) => e.rule)).toEqual(['listing/followers-unparseable']);
    const sarifNew = JSON.parse((await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--format', 'sarif'], { cwd: d })).stdout);
    expect(sarifNew.runs[0].results.map((r: { baselineState: string }) => r.baselineState)).toEqual(['unchanged']);

    // Severity: an accepted warning that becomes an error is new.
    const b = JSON.parse(await readFile(join(d, 'kolops-baseline.json'), 'utf8'));
    b.findings[0].severity = 'warning';
    await writeFile(join(d, 'kolops-baseline.json'), JSON.stringify(b));
    expect((await kolops(['check', '.', '--baseline', 'kolops-baseline.json'], { cwd: d })).code).toBe(1);
  });

  it('a renamed workbook: its old entries are absent and its findings new, even in a partial run', async () => {
    const d = join(dir, 'renamed');
    await mkdir(d);
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: listingRows(twoErrors) }]);
    await writeXlsx(d, 'other.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20, 'o')] }]);
    expect((await kolops(['check', '.', '--suppress-all'], { cwd: d })).code).toBe(0);
    await cp(join(d, 'listing.xlsx'), join(d, 'listing-september.xlsx'));
    await rm(join(d, 'listing.xlsx'));
    const run = json((await kolops(['check', 'other.xlsx', '--baseline', 'kolops-baseline.json', '--format', 'json'], { cwd: d })).stdout);
    expect(run.baseline).toMatchObject({ suppressed: 0, absent: 2 });
    const all = await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--format', 'json'], { cwd: d });
    expect(all.code).toBe(1);
    expect(json(all.stdout).findings.map((f) => f.file)).toEqual(['listing-september.xlsx', 'listing-september.xlsx']);
  });

  it('closing a month: --suppress-month accepts that month only', async () => {
    const d = join(dir, 'close-month');
    await mkdir(d);
    await writeXlsx(d, 'listing.xlsx', [
      { name: 'September 2024', rows: listingRows(twoErrors) },
      { name: 'Oktober 2024', rows: listingRows((rows) => { rows[3]![2] = 'entah'; }).map((r, i) => (i === 0 ? r : [...r.slice(0, 8), `https://www.instagram.com/okt${i}/`])) },
    ]);
    const closed = await kolops(['check', '.', '--baseline', 'kolops-baseline.json', '--suppress-month', '2024-09', '--format', 'json'], { cwd: d });
    expect(closed.code).toBe(1);
    expect(json(closed.stdout).findings.map((f) => [f.rule, f.month])).toEqual([['listing/followers-unparseable', '2024-10']]);
    const entries = JSON.parse(await readFile(join(d, 'kolops-baseline.json'), 'utf8')).findings;
    expect(entries.every((e: { month: string }) => e.month === '2024-09')).toBe(true);
  });

  it('never overwrites a file that is not a kolops baseline; a pre-commit run leaves other files\' entries alone', async () => {
    const d = await repo('baseline-safety');
    await writeFile(join(d, 'package.json'), '{"name":"team-workbooks"}');
    const run = await kolops(['check', '.', '--baseline', 'package.json', '--suppress-all'], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/package\.json is not a kolops baseline \(format\); nothing was changed/);
    expect(await readFile(join(d, 'package.json'), 'utf8')).toBe('{"name":"team-workbooks"}');

    expect((await kolops(['check', '.', '--suppress-all', '--as-of', '2024-10-01'], { cwd: d })).code).toBe(0);
    const before = await readFile(join(d, 'kolops-baseline.json'), 'utf8');
    const one = await kolops(['check', 'recap-postingan.xlsx', '--context=.', '--baseline', 'kolops-baseline.json', '--prune-suppressions', '--as-of', '2024-10-01', '--format', 'json'], { cwd: d });
    expect(one.code).toBe(0);
    expect(json(one.stdout).baseline).toMatchObject({ absent: 0 });
    expect(await readFile(join(d, 'kolops-baseline.json'), 'utf8')).toBe(before);
  });
});

describe('a config per folder', () => {
  it('kolops check a b uses each folder\'s own config, and the outputs say which', async () => {
    const a = join(dir, 'brand-a');
    const b = join(dir, 'brand-b');
    for (const [d, target, prefix] of [[a, 20, 'a'], [b, 25, 'b']] as const) {
      await mkdir(d);
      await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20, prefix)] }]);
      await writeFile(join(d, 'kolops.config.json'), JSON.stringify({ brands: [{ name: 'Herbana' }], listing: { monthlyTarget: target } }));
    }
    const run = await kolops(['check', 'brand-a', 'brand-b', '--format', 'json'], { cwd: dir });
    const r = json(run.stdout);
    expect(r.files.map((f) => [f.path, f.config])).toEqual([
      ['brand-a/listing.xlsx', 'brand-a/kolops.config.json'], ['brand-b/listing.xlsx', 'brand-b/kolops.config.json'],
    ]);
    // Only b's target (25) is missed; without its config both would use 20, and with a's neither.
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual([['listing/monthly-target', 'brand-b/listing.xlsx']]);
    const text = await kolops(['check', 'brand-a', 'brand-b'], { cwd: dir });
    expect(text.stdout).toMatch(/configs: brand-a\/kolops\.config\.json \(1 file\); brand-b\/kolops\.config\.json \(1 file\)\n/);
    // --config overrides for all.
    const forced = json((await kolops(['check', 'brand-a', 'brand-b', '--config', 'brand-a/kolops.config.json', '--format', 'json'], { cwd: dir })).stdout);
    expect(forced.findings).toEqual([]);
    expect(new Set(forced.files.map((f) => f.config))).toEqual(new Set(['brand-a/kolops.config.json']));
    // The monthly report adds its files up as one: different configs are refused, not mixed.
    const report = await kolops(['report', 'monthly', '--month', '2024-09', 'brand-a', 'brand-b'], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/these files use different configs \(brand-a\/kolops\.config\.json, brand-b\/kolops\.config\.json\)/);
  });
});
