/**
 * The `kolops-check` hook of .pre-commit-hooks.yaml, run by the real pre-commit framework
 * in a temporary repository of workbooks. pre-commit clones a snapshot of this checkout,
 * builds it (`npm install`, `npm pack`, `npm install -g` of the tarball) and runs
 * `kolops check --quiet <staged files>`.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../helpers/fixtures.js';
import { cleanListingRows, LISTING_HEADER } from '../helpers/memory.js';
import { cleanEnv, initGitRepo, INSTALL_TIMEOUT, installTemp, removeInstallTemp, run, snapshotKolops, timing, type Run } from './helpers.js';

const hasPreCommit = spawnSync('sh', ['-c', 'command -v pre-commit'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('skipping the pre-commit hook tests: no `pre-commit` on PATH (Debian: apt-get install pre-commit)');

afterAll(removeInstallTemp);

const RULE = 'listing/agreed-missing-address';

describe.skipIf(!hasPreCommit)('the kolops-check hook of the pre-commit framework', () => {
  let kolops: { dir: string; rev: string | null };
  let repo: string;
  let env: NodeJS.ProcessEnv;
  let tryRepo: Promise<Run>;
  const preCommit = (...args: string[]): Promise<Run> => run('pre-commit', args, { cwd: repo, env });
  const git = (...args: string[]): Promise<Run> => run('git', args, { cwd: repo, env });
  const output = (r: Run) => r.stdout + r.stderr;
  /** The file counts of kolops's summary lines: one line per kolops process. */
  const checked = (r: Run) => [...output(r).matchAll(/(\d+) files? checked/g)].map((m) => Number(m[1]));

  beforeAll(async () => {
    kolops = await snapshotKolops({ git: true });
    repo = await installTemp('workbook-repo');
    // pre-commit's store (clones and built hook environments) for these tests alone.
    env = cleanEnv({ PRE_COMMIT_HOME: await installTemp('pre-commit-home'), PRE_COMMIT_COLOR: 'never' });
    await initGitRepo(repo);
    const sheet = (rows: unknown[][]) => [{ name: 'September 2024', rows: [LISTING_HEADER, ...rows] }];
    await writeXlsx(repo, 'clean.xlsx', sheet(cleanListingRows(20)));
    // Agreed to the PR pack ("YES") with no shipping address: an error.
    await writeXlsx(repo, 'broken.xlsx', sheet([...cleanListingRows(19), [20, 'Sinta Dewi', '45K', '', '', 'YES', 'Instagram', 'Herbana', 'https://www.instagram.com/sintadewi/']]));
    await writeFile(`${repo}/.pre-commit-config.yaml`, [
      'repos:',
      `  - repo: ${kolops.dir}`,
      `    rev: ${kolops.rev}`,
      '    hooks:',
      '      - id: kolops-check',
      '',
    ].join('\n'));
    // try-repo builds the hook in a store of its own each time: start it now, beside the
    // first `pre-commit run`, in a repository of its own so the two never share an index.
    const tryDir = await installTemp('try-repo');
    await initGitRepo(tryDir);
    await copyFile(`${repo}/broken.xlsx`, `${tryDir}/broken.xlsx`);
    tryRepo = run('pre-commit', ['try-repo', kolops.dir, 'kolops-check', '--files', 'broken.xlsx'], { cwd: tryDir, env });
  }, INSTALL_TIMEOUT);

  it('passes a clean listing (exit 0), building the hook environment on first use', async () => {
    const r = await preCommit('run', 'kolops-check', '--files', 'clean.xlsx');
    timing('pre-commit: install the hook environment + first run', r.ms);
    expect(output(r)).toMatch(/kolops check\.+Passed/);
    expect(r.code).toBe(0);
  }, INSTALL_TIMEOUT);

  it('fails a listing with an agreed KOL without an address (exit 1) and names the rule', async () => {
    const r = await preCommit('run', 'kolops-check', '--files', 'broken.xlsx');
    timing('pre-commit run (environment cached)', r.ms);
    expect(output(r)).toMatch(/kolops check\.+Failed/);
    expect(output(r)).toContain(RULE);
    expect(output(r)).toContain('broken.xlsx');
    expect(r.code).toBe(1);
  }, INSTALL_TIMEOUT);

  it('checks all the files in one kolops run (require_serial), so joins see them together', async () => {
    // Without require_serial, pre-commit splits 9 files into runs of at most
    // max(4, ceil(9 / CPUs)) on a machine with 2 CPUs or more.
    const copies = Array.from({ length: 8 }, (_, i) => `clean-${i + 1}.xlsx`);
    for (const name of copies) await copyFile(`${repo}/clean.xlsx`, `${repo}/${name}`);
    const r = await preCommit('run', 'kolops-check', '--files', ...copies, 'broken.xlsx');
    expect(r.code).toBe(1);
    expect(checked(r)).toEqual([9]);
  }, INSTALL_TIMEOUT);

  it('takes workbooks by extension in any case, and leaves out Excel lock files and other files', async () => {
    for (const name of ['BROKEN.XLSX', '~$broken.xlsx', 'notes.txt']) await copyFile(`${repo}/broken.xlsx`, `${repo}/${name}`);
    const r = await preCommit('run', 'kolops-check', '--files', 'BROKEN.XLSX', '~$broken.xlsx', 'notes.txt');
    expect(output(r)).toContain('BROKEN.XLSX');
    expect(checked(r)).toEqual([1]);
    expect(r.code).toBe(1);
    const none = await preCommit('run', 'kolops-check', '--files', '~$broken.xlsx', 'notes.txt');
    expect(output(none)).toMatch(/kolops check\.+\(no files to check\)Skipped/);
    expect(none.code).toBe(0);
  }, INSTALL_TIMEOUT);

  it('as the git hook: commits a clean workbook, refuses a broken one', async () => {
    expect((await preCommit('install')).code).toBe(0);
    await git('add', '.pre-commit-config.yaml', 'clean.xlsx');
    const ok = await git('commit', '-m', 'September listing');
    expect(output(ok)).toMatch(/kolops check\.+Passed/);
    expect(ok.code).toBe(0);

    await git('add', 'broken.xlsx');
    const refused = await git('commit', '-m', 'September listing, one more KOL');
    expect(output(refused)).toContain(RULE);
    expect(refused.code).toBe(1);
    expect((await git('rev-list', '--count', 'HEAD')).stdout.trim()).toBe('1');
  }, INSTALL_TIMEOUT);

  it('works with `pre-commit try-repo` before a rev is pinned (its own fresh environment)', async () => {
    const r = await tryRepo;
    timing('pre-commit try-repo (installs again, in parallel with the first run)', r.ms);
    expect(output(r)).toContain(RULE);
    expect(r.code).toBe(1);
  }, INSTALL_TIMEOUT);

  it('with args ["--context=."], a staged listing is joined to the recap beside it', async () => {
    const rows = cleanListingRows(20, 'ag');
    for (const i of [0, 1]) { rows[i]![5] = 'YES (DONE)'; rows[i]![3] = `Jl. Melati ${i + 1}`; }
    await writeXlsx(repo, 'agreed.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...rows] }]);
    await writeXlsx(repo, 'recap.xlsx', [{ name: 'September 2024', rows: [
      ['KOL', 'Link', 'Brand', 'Post Date', 'Post Link', 'Caption'],
      ...[0, 1].map((i) => [rows[i]![1], rows[i]![8], 'Herbana', '2024-09-12', `https://www.instagram.com/p/ag${i}/`, '#iklan pagi segar']),
    ] as unknown[][] }]);
    const alone = await preCommit('run', 'kolops-check', '--files', 'agreed.xlsx');
    expect(alone.code).toBe(1); // checked alone, both agreed KOLs look unposted
    expect(output(alone)).toContain('recap/not-posted');

    const config = `${repo}/.pre-commit-config.yaml`;
    await writeFile(config, `${(await readFile(config, 'utf8')).trimEnd()}\n        args: ["--context=."]\n`);
    const joined = await preCommit('run', 'kolops-check', '--files', 'agreed.xlsx');
    expect(output(joined)).not.toContain('recap/not-posted');
    expect(joined.code).toBe(0);
  }, INSTALL_TIMEOUT);
});
