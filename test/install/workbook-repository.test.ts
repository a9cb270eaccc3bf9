/**
 * The README's recipe for a team's own workbook repository, run as written: kolops
 * installed from the packed tarball, the README's pre-commit hook on a staged listing,
 * and the README's CI command against a baseline. The shell blocks are read out of the
 * README (marked `<!-- tested: … -->`), so the README cannot drift from what is tested.
 */
import { readFileSync } from 'node:fs';
import { chmod, copyFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../helpers/fixtures.js';
import { cleanListingRows, LISTING_HEADER, type CellInput } from '../helpers/memory.js';
import { cleanEnv, initGitRepo, INSTALL_TIMEOUT, installTemp, mustRun, packKolops, removeInstallTemp, ROOT, run } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The fenced block right after `<!-- tested: NAME -->` in the README. */
function readmeBlock(name: string): string {
  const marker = `<!-- tested: ${name} -->`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README has no block marked ${marker}`);
  const m = /```\w*\n([\s\S]*?)```/.exec(readme.slice(at + marker.length));
  if (!m) throw new Error(`no fenced block after ${marker}`);
  return m[1]!;
}

let repo: string;
const env = cleanEnv();
const git = (...args: string[]) => run('git', args, { cwd: repo, env });
const sh = (script: string, extra: Record<string, string> = {}) => run('sh', ['-c', script], { cwd: repo, env: cleanEnv(extra) });
const AGREED = [0, 1, 2];

/** September's listing: 20 KOLs, three agreed (with an address) and no post date here; `mess` breaks it. */
async function writeListing(mess: (rows: CellInput[][]) => void = () => {}): Promise<void> {
  const rows = cleanListingRows(20);
  for (const i of AGREED) {
    rows[i]![5] = 'YES (DONE)';
    rows[i]![3] = `Jl. Melati ${i + 1}, Jakarta`;
  }
  mess(rows);
  await writeXlsx(repo, 'listing.xlsx', [{ name: 'September 2024', rows: [LISTING_HEADER, ...rows] }]);
}

beforeAll(async () => {
  repo = await installTemp('workbooks');
  await initGitRepo(repo);
  const tarball = await packKolops();
  // As the README says: the tarball lives in the repository, so `npm ci` works on every clone.
  await copyFile(tarball, join(repo, basename(tarball)));
  await writeFile(join(repo, 'package.json'), `${JSON.stringify({ name: 'team-workbooks', private: true }, null, 2)}\n`);
  await mustRun('npm', ['install', '--save-dev', `./${basename(tarball)}`, '--no-audit', '--no-fund'], { cwd: repo, env });
  await writeFile(join(repo, '.gitignore'), 'node_modules/\n');
  await writeFile(join(repo, 'kolops.config.json'), JSON.stringify({ year: 2024, brands: [{ name: 'Herbana', handles: ['@herbana.id'] }] }, null, 2));
  // The recap that shows the three agreed KOLs' posts.
  const rows = cleanListingRows(20);
  await writeXlsx(repo, 'recap.xlsx', [{ name: 'September 2024', rows: [
    ['KOL', 'Link', 'Brand', 'Post Date', 'Post Link', 'Caption'],
    ...AGREED.map((i) => [rows[i]![1], rows[i]![8], 'Herbana', `2024-09-1${i}`, `https://www.instagram.com/p/post${i}/`, '#iklan Segar tiap pagi bareng @herbana.id']),
  ] as CellInput[][] }]);
  const hook = join(repo, '.git', 'hooks', 'pre-commit');
  await writeFile(hook, readmeBlock('pre-commit-hook'));
  await chmod(hook, 0o755);
  await mustRun('git', ['add', '.'], { cwd: repo, env });
  await mustRun('git', ['commit', '-q', '-m', 'Workbook repository with kolops and the September recap'], { cwd: repo, env });
}, INSTALL_TIMEOUT);
afterAll(removeInstallTemp);

describe('a workbook repository with kolops installed from the tarball', () => {
  it('the README hook passes a staged listing whose posts the recap shows; checking it alone would not', async () => {
    await writeListing();
    const alone = await sh('npx --no-install kolops check --quiet listing.xlsx');
    expect(alone.code).toBe(1); // what the old hook did: every agreed KOL "not posted"
    expect(alone.stdout.match(/recap\/not-posted/g)).toHaveLength(3);

    await git('add', 'listing.xlsx');
    const commit = await git('commit', '-m', 'September listing');
    expect(commit.code, commit.stdout + commit.stderr).toBe(0);
    expect((await git('rev-list', '--count', 'HEAD')).stdout.trim()).toBe('2');
  });

  it('the hook refuses a staged listing with an error, naming it', async () => {
    await writeListing((rows) => { rows[0]![3] = ''; }); // agreed, no address
    await git('add', 'listing.xlsx');
    const refused = await git('commit', '-m', 'September listing, address lost');
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/listing\/agreed-missing-address/);
    expect((await git('rev-list', '--count', 'HEAD')).stdout.trim()).toBe('2');
    await git('checkout', '--', 'listing.xlsx');
    await git('reset', '-q');
  });

  it('with a baseline written, the README CI command exits 0 until a new error appears, then 1', async () => {
    const ci = readmeBlock('ci-check').trim();
    // An error the team accepts: a follower count nobody can read, kept as the KOL wrote it.
    await writeListing((rows) => { rows[10]![2] = 'banyak'; });
    const before = await sh(ci);
    expect(before.code).toBe(2); // no baseline yet: said, not guessed
    expect(before.stderr).toMatch(/baseline kolops-baseline\.json does not exist/);

    expect((await sh('npx --no-install kolops check --suppress-all')).code).toBe(0);
    await git('add', 'listing.xlsx', 'kolops-baseline.json');
    const accepted = await git('commit', '-m', 'Accept the unreadable follower count of KOL kol 11');
    expect(accepted.code, accepted.stdout + accepted.stderr).toBe(0); // the hook honours the baseline

    const green = await sh(ci);
    expect(green.code, green.stdout + green.stderr).toBe(0);
    expect(green.stdout).toMatch(/1 finding accepted in the baseline kolops-baseline\.json is not shown/);

    await writeListing((rows) => { rows[10]![2] = 'banyak'; rows[11]![2] = 'entah'; });
    const red = await sh(ci);
    expect(red.code).toBe(1);
    expect(red.stdout).toMatch(/^::error file=listing\.xlsx,line=13,title=listing\/followers-unparseable::/m);
    expect(red.stdout.match(/^::error /gm)).toHaveLength(1);
  });
});
