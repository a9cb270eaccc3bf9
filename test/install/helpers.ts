/**
 * kolops as a workbook repository gets it: packed by npm, installed from the tarball,
 * run through its bin. Real processes only (npm, npx, git, pre-commit), in temp folders.
 *
 * Each test file calls `afterAll(removeInstallTemp)`; the tarball is packed once per test
 * file (vitest isolates modules per file) and removed with the rest.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Generous: a cold npm cache downloads ~250 packages for `npm ci`. */
export const INSTALL_TIMEOUT = 300_000;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds, for the timings the tests print. */
  ms: number;
}

/**
 * The environment of a child process as a user's shell would have it: without what
 * `npm test` adds (npm_*, INIT_CWD) and what a git hook running the tests adds (GIT_DIR,
 * GIT_INDEX_FILE …), which would point the child's npm or git at this repository.
 * Messages in English, no colours.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || /^GIT_/.test(k) || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  Object.assign(env, { LC_ALL: 'C.UTF-8', NO_COLOR: '1', npm_config_update_notifier: 'false' }, extra);
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  return env;
}

/** Run a command to its end; never rejects on a non-zero exit (the code is the point). */
export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? cleanEnv(), timeout: opts.timeout ?? INSTALL_TIMEOUT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** `run`, but a non-zero exit throws with the command's output, for set-up steps. */
export async function mustRun(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Run> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd}) exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const made: string[] = [];

/** A temp folder removed by `removeInstallTemp`. */
export async function installTemp(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kolops-${prefix}-`));
  made.push(dir);
  return dir;
}

export async function removeInstallTemp(): Promise<void> {
  packed = undefined;
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export function timing(label: string, ms: number): void {
  console.info(`timing: ${label} ${(ms / 1000).toFixed(1)} s`);
}

/**
 * This checkout as it stands — committed, modified and new files alike, but not what
 * .gitignore leaves out (node_modules, dist) — copied to a temp folder: what a clone of
 * it would hold once the work in progress is committed. With `git`, it is a repository
 * with that one commit, and the commit's id is returned too.
 */
export async function snapshotKolops(opts: { git?: boolean } = {}): Promise<{ dir: string; rev: string | null }> {
  const listed = await mustRun('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT });
  const dir = await installTemp('checkout');
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree, not yet in git
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await copyFile(join(ROOT, file), join(dir, file));
  }
  if (!opts.git) return { dir, rev: null };
  await initGitRepo(dir);
  await mustRun('git', ['add', '-A'], { cwd: dir });
  await mustRun('git', ['commit', '-q', '-m', 'kolops snapshot'], { cwd: dir });
  const rev = (await mustRun('git', ['rev-parse', 'HEAD'], { cwd: dir })).stdout.trim();
  return { dir, rev };
}

/** `git init` with a local identity and no signing, so commits work on any machine. */
export async function initGitRepo(dir: string): Promise<void> {
  await mustRun('git', ['init', '-q'], { cwd: dir });
  await mustRun('git', ['config', 'user.name', 'kolops test'], { cwd: dir });
  await mustRun('git', ['config', 'user.email', 'kolops-test@example.invalid'], { cwd: dir });
  await mustRun('git', ['config', 'commit.gpgsign', 'false'], { cwd: dir });
}

export interface PackResult {
  filename: string;
  files: { path: string }[];
}

/**
 * The JSON `npm pack --json` prints. A lifecycle script's own stdout comes first on
 * stdout (npm sends only its `> kolops@… prepare` banner to stderr under --json), so
 * the array is taken from its first line that opens it.
 */
export function parsePackJson(stdout: string): PackResult {
  const start = stdout.search(/^\[\s*$/m);
  if (start < 0) throw new Error(`npm pack --json printed no JSON array:\n${stdout}`);
  const [result] = JSON.parse(stdout.slice(start)) as PackResult[];
  if (!result) throw new Error('npm pack --json printed an empty array');
  return result;
}

let packed: Promise<{ tarball: string; pack: PackResult }> | undefined;

/**
 * `npm pack` of a snapshot of this checkout, so its `prepare` builds dist/ there from
 * the current sources without rewriting this checkout's dist/ under tests running in
 * parallel. The snapshot borrows this checkout's node_modules for the build. Cached.
 */
export function packKolopsWithContents(): Promise<{ tarball: string; pack: PackResult }> {
  if (!packed) {
    packed = (async () => {
      const { dir } = await snapshotKolops();
      await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const dest = await installTemp('tarball');
      const r = await mustRun('npm', ['pack', '--pack-destination', dest, '--json'], { cwd: dir });
      timing('npm pack (with the prepare build)', r.ms);
      const pack = parsePackJson(r.stdout);
      return { tarball: join(dest, pack.filename), pack };
    })();
  }
  return packed;
}

/** The path of the kolops tarball (`kolops-<version>.tgz`). */
export async function packKolops(): Promise<string> {
  return (await packKolopsWithContents()).tarball;
}

/**
 * `npm install -D <tarball>` in `dir`, as a team does in its workbook repository
 * (a minimal package.json is written first when there is none). `npx --no-install kolops`
 * then runs it from dir/node_modules/.bin.
 */
export async function installKolops(dir: string): Promise<void> {
  const tarball = await packKolops();
  if (!existsSync(join(dir, 'package.json'))) {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'workbooks', private: true }, null, 2) + '\n');
  }
  const r = await mustRun('npm', ['install', '-D', tarball, '--no-audit', '--no-fund'], { cwd: dir });
  timing('npm install <tarball>', r.ms);
}
