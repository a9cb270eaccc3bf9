import { cp, lstat, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const readme = await readFile(join(root, 'README.md'), 'utf8');
const SEPT = ['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01'];

let dir: string;
/** A copy of examples/, so a test that goes wrong can never touch the real ones. */
let work: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-report-cli-');
  work = join(dir, 'work');
  await cp(join(root, 'examples'), join(work, 'examples'), { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inWork = (args: string[], env: NodeJS.ProcessEnv = {}) => kolops(args, { cwd: work, env: { LANG: 'C', ...env } });

describe('kolops report monthly', () => {
  it('prints the terminal summary shown in the README (npm run docs:readme refreshes it)', async () => {
    const run = await kolops(SEPT, { cwd: root, env: { LANG: 'C' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readme).toContain(`<!-- report-example:start -->\n\`\`\`text\n$ npx kolops ${SEPT.join(' ')}\n${run.stdout}\`\`\`\n<!-- report-example:end -->`);
    expect(run.stdout).toContain('Herbana  ✓ target met: 30 KOLs listed, target 20');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks Bahasa Indonesia with --lang id (and from LANG)', async () => {
    const run = await inWork([...SEPT, '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Laporan bulanan KOL — September 2024');
    expect(run.stdout).toContain('Per 1 Oktober 2024, dibandingkan dengan Agustus 2024');
    expect((await inWork(SEPT, { LANG: 'id_ID.UTF-8' })).stdout).toContain('target tercapai: 30 KOL di-listing, target 20');
  });

  it('--format json: the report JSON on stdout and nothing else', async () => {
    const run = await inWork([...SEPT, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { month: string; brands: { brand: string; listed: number; posted: number }[]; previousMonth: { month: string }; findings: object };
    expect(Object.keys(doc).slice(0, 5)).toEqual(['month', 'brands', 'affiliate', 'previousMonth', 'findings']);
    expect(doc.month).toBe('2024-09');
    expect(doc.brands).toMatchObject([{ brand: 'Herbana', listed: 30, posted: 4 }]);
    expect(doc.previousMonth.month).toBe('2024-08');
    expect(doc.findings).toEqual({ errors: 26, warnings: 19, infos: 3 });
  });

  it.each(['md', 'html', 'json', 'xlsx'])('-o report.%s writes the file atomically and says so on stderr', async (ext) => {
    const out = join(dir, `out-${ext}`);
    await mkdir(out);
    const run = await inWork([...SEPT, '-o', join(out, `report.${ext}`)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kolops: report for September 2024 written to ${join(out, `report.${ext}`)}\n`);
    // Only the report: the temporary file was renamed into place.
    expect(await readdir(out)).toEqual([`report.${ext}`]);
    const bytes = await readFile(join(out, `report.${ext}`));
    if (ext === 'xlsx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    else if (ext === 'json') expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ month: '2024-09' });
    else if (ext === 'html') expect(bytes.toString('utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    else expect(bytes.toString('utf8')).toMatch(/^# KOL monthly report — September 2024\n/);
  });

  it('the same JSON whether on stdout or in a file', async () => {
    const stdout = (await inWork([...SEPT, '--format', 'json'])).stdout;
    const file = join(dir, 'same.json');
    expect((await inWork([...SEPT, '-o', file, '--format', 'json'])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(stdout);
  });
});

describe('kolops report monthly: usage errors are exit 2', () => {
  it('--month is required', async () => {
    const run = await inWork(['report', 'monthly', 'examples/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--month <YYYY-MM>' not specified");
  });

  it.each(['2024-9', '2024-13', 'September', '09-2024'])('--month %s is invalid', async (month) => {
    const run = await inWork(['report', 'monthly', '--month', month, 'examples/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected YYYY-MM');
  });

  it.each(['report.txt', 'report', 'report.xls', 'report.pdf'])('-o %s: unknown extension, nothing written', async (name) => {
    const run = await inWork([...SEPT, '-o', name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kolops: cannot tell the report format from ${name}: use a .xlsx, .md, .html or .json file name, or --format json for stdout\n`);
    expect(await readdir(work)).toEqual(['examples']);
  });

  it('--format json with -o report.md contradicts itself', async () => {
    const run = await inWork([...SEPT, '--format', 'json', '-o', 'report.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format json does not fit report.md');
  });

  it('an existing output file is overwritten only with --force', async () => {
    const file = join(work, 'existing.md');
    await writeFile(file, 'keep me');
    const refused = await inWork([...SEPT, '-o', 'existing.md']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('kolops: not writing existing.md: it already exists. Nothing was changed; name another file, or add --force to replace it.\n');
    expect(await readFile(file, 'utf8')).toBe('keep me');
    const forced = await inWork([...SEPT, '-o', 'existing.md', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^# KOL monthly report/);
    await rm(file);
  });

  it('never writes to an input file, even with --force', async () => {
    const input = join(work, 'examples', 'kol-listing-2024.xlsx');
    const before = await readFile(input);
    for (const args of [
      ['-o', 'examples/kol-listing-2024.xlsx', '--force'],
      ['-o', './examples/../examples/kol-listing-2024.xlsx', '--force'],
      ['-o', input],
    ]) {
      const run = await inWork([...SEPT, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/it is one of the files this run reads \(.*\), and kolops never writes over an input/);
    }
    // A symlink to an input is the input.
    await symlink(input, join(work, 'link.xlsx'));
    const viaLink = await inWork([...SEPT, '-o', 'link.xlsx', '--force']);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toMatch(/not writing link\.xlsx: it is one of the files this run reads \(examples\//);
    expect((await lstat(join(work, 'link.xlsx'))).isSymbolicLink()).toBe(true);
    await rm(join(work, 'link.xlsx'));
    expect(await readFile(input)).toEqual(before);
    expect((await readdir(join(work, 'examples'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a report inside an input folder is an input on the next run', async () => {
    const first = await inWork([...SEPT, '-o', 'examples/report.xlsx']);
    expect(first.code, first.stderr).toBe(0);
    const again = await inWork([...SEPT, '-o', 'examples/report.xlsx', '--force']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not writing examples/report.xlsx: it is one of the files this run reads (examples/report.xlsx)');
    await rm(join(work, 'examples', 'report.xlsx'));
  });

  it('a bad config is exit 2 with the key path', async () => {
    const config = join(dir, 'bad.config.json');
    await writeFile(config, JSON.stringify({ listing: { monthlyTarget: 'twenty' } }));
    const run = await inWork([...SEPT, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid config .*listing\.monthlyTarget/);
    expect(run.stdout).toBe('');
  });

  it('a path that does not exist is exit 2 and no report', async () => {
    const run = await inWork([...SEPT, 'no-such-folder/', '-o', 'partial.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-folder\/?: no such file or folder/);
    expect(await readdir(work)).toEqual(['examples']);
  });

  it('a folder that cannot be written to is exit 2, said in one line', async () => {
    const run = await inWork([...SEPT, '-o', 'no-such-folder/report.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kolops: could not write no-such-folder/report.md: its folder no-such-folder does not exist (ENOENT). '
      + 'Create the folder first, or name a file in a folder that exists. Nothing was changed.\n');
  });
});

describe('kolops report monthly: unreadable inputs', () => {
  it('reports on the readable files and names the unreadable one on stderr (exit 0)', async () => {
    const folder = join(dir, 'mixed');
    await cp(join(root, 'examples'), folder, { recursive: true });
    await writeFile(join(folder, 'broken.xlsx'), 'not a zip');
    const run = await kolops(['report', 'monthly', '--month', '2024-09', folder, '--as-of', '2024-10-01', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^kolops: mixed\/broken\.xlsx: cannot read/);
    expect(JSON.parse(run.stdout)).toMatchObject({ brands: [{ listed: 30 }] });
  });
});
