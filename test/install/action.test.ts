/**
 * action.yml and scripts/action/run.sh, the composite GitHub Action: the script run for
 * real as the runner runs it (GITHUB_ACTION_PATH, GITHUB_STEP_SUMMARY, the inputs in
 * KOLOPS_* variables), and action.yml read line by line so the two cannot drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, cp, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, INSTALL_TIMEOUT, installTemp, removeInstallTemp, ROOT, run, snapshotKolops, timing, type Run } from './helpers.js';

afterAll(removeInstallTemp);

const SCRIPT = 'scripts/action/run.sh';

/** The script as the action's run step calls it: `bash "$GITHUB_ACTION_PATH/scripts/action/run.sh"`. */
function action(actionPath: string, cwd: string, env: Record<string, string | undefined>): Promise<Run> {
  return run('bash', [join(actionPath, SCRIPT)], { cwd, env: cleanEnv({ GITHUB_ACTION_PATH: actionPath, ...env }) });
}

const annotations = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error '));

describe('action.yml', () => {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8').split('\n');
  const script = readFileSync(join(ROOT, SCRIPT), 'utf8');

  /** Keys indented by two spaces under the top-level `inputs:`. */
  const inputs = (() => {
    const start = yml.indexOf('inputs:');
    const end = yml.findIndex((l, i) => i > start && /^\S/.test(l) && !l.startsWith('#'));
    return yml.slice(start + 1, end).flatMap((l) => /^ {2}([a-z][a-z-]*):\s*$/.exec(l)?.[1] ?? []);
  })();
  const envLines = yml.flatMap((l) => {
    const m = /^\s+(KOLOPS_[A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}\s*$/.exec(l);
    return m ? [{ name: m[1]!, input: m[2]! }] : [];
  });

  it('declares the inputs of the README', () => {
    expect(inputs).toEqual(['paths', 'config', 'baseline', 'context', 'args', 'node-version', 'working-directory']);
    expect(yml).toContain('  using: composite');
    expect(yml.some((l) => /^\s+- uses: actions\/setup-node@v4\s*$/.test(l))).toBe(true);
    expect(yml).toContain('        node-version: ${{ inputs.node-version }}');
  });

  it('passes every input to the script through env, as KOLOPS_<INPUT>, and the script reads each', () => {
    expect(envLines.map((e) => e.input)).toEqual(inputs);
    for (const { name, input } of envLines) {
      expect(name).toBe(`KOLOPS_${input.toUpperCase().replace(/-/g, '_')}`);
      expect(script).toContain(`\${${name}`);
    }
  });

  it('runs the committed script and pastes no ${{ }} expression into a shell', () => {
    const runLines = yml.filter((l) => /^\s+run:/.test(l));
    expect(runLines).toEqual(['      run: bash "$GITHUB_ACTION_PATH/scripts/action/run.sh"']);
    expect(script).not.toContain('${{');
    // `${{ }}` appears only as the value of an env variable or of setup-node's `with:`.
    const expressions = yml.filter((l) => !l.trimStart().startsWith('#') && l.includes('${{'));
    expect(expressions.length).toBe(envLines.length + 1);
  });
});

describe('scripts/action/run.sh with KOLOPS_DRY_RUN=1', () => {
  let cwd: string;
  beforeAll(async () => { cwd = await installTemp('action-dry'); });
  const dryRun = async (env: Record<string, string>) => {
    const r = await action(ROOT, cwd, { KOLOPS_DRY_RUN: '1', ...env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout.split('\n').slice(0, -1);
  };
  const head = ['node', join(ROOT, 'bin', 'kolops.js'), 'check', '--format', 'github'];

  it('runs `kolops check --format github .` with the default inputs', async () => {
    expect(await dryRun({ KOLOPS_PATHS: '.' })).toEqual([...head, '.']);
  });

  it('puts each input in its form: --config F, --baseline F, one --context=P per line, the paths, then args', async () => {
    const argv = await dryRun({
      KOLOPS_PATHS: 'listings/\n  recaps/september.xlsx "KOL Listing Oktober.xlsx"\n',
      KOLOPS_CONFIG: 'config/kolops.config.json',
      KOLOPS_BASELINE: 'kolops-baseline.json',
      KOLOPS_CONTEXT: '.\narchive 2023/\n\n',
      KOLOPS_ARGS: '--as-of 2024-09-20 --max-warnings 0',
      KOLOPS_WORKING_DIRECTORY: '.',
    });
    expect(argv).toEqual([
      ...head,
      '--config', 'config/kolops.config.json',
      '--baseline', 'kolops-baseline.json',
      '--context=.', '--context=archive 2023/',
      'listings/', 'recaps/september.xlsx', 'KOL Listing Oktober.xlsx',
      '--as-of', '2024-09-20', '--max-warnings', '0',
    ]);
  });

  it('never evaluates an input: $(…), backticks and ; stay text', async () => {
    const argv = await dryRun({ KOLOPS_PATHS: '$(touch pwned) `touch pwned`', KOLOPS_ARGS: '--month ";touch pwned"', KOLOPS_CONFIG: '$(touch pwned)' });
    expect(argv).toEqual([...head, '--config', '$(touch pwned)', '$(touch', 'pwned)', '`touch', 'pwned`', '--month', ';touch pwned']);
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);
  });

  it('fails with exit 2 and an annotation for a missing working directory or an unmatched quote', async () => {
    const missing = await action(ROOT, cwd, { KOLOPS_DRY_RUN: '1', KOLOPS_WORKING_DIRECTORY: 'no-such-folder' });
    expect(missing.stdout).toContain('::error title=kolops action::working-directory does not exist: no-such-folder');
    expect(missing.code).toBe(2);
    const quote = await action(ROOT, cwd, { KOLOPS_DRY_RUN: '1', KOLOPS_PATHS: "Dimas' listing.xlsx" });
    expect(quote.stdout).toMatch(/^::error title=kolops action::cannot split "paths"/);
    expect(quote.code).toBe(2);
  });
});

describe('scripts/action/run.sh on the examples', () => {
  let cwd: string;
  let summary: string;
  beforeAll(async () => {
    cwd = await installTemp('action-workspace');
    await cp(join(ROOT, 'examples'), cwd, { recursive: true });
    summary = join(await installTemp('action-summary'), 'step-summary.md');
    await writeFile(summary, '');
  });

  it('annotates the errors, writes the step summary and exits 1 (kolops\'s code)', async () => {
    const r = await action(ROOT, cwd, { KOLOPS_ACTION_SKIP_INSTALL: '1', GITHUB_STEP_SUMMARY: summary, KOLOPS_PATHS: '.', KOLOPS_ARGS: '--as-of 2024-09-20' });
    timing('run.sh on examples/ (install skipped)', r.ms);
    expect(r.code).toBe(1);
    expect(annotations(r.stdout).length).toBeGreaterThan(0);
    expect(r.stdout).toContain('::error file=kol-listing-2024.xlsx,line=4,title=listing/agreed-missing-address::');
    const md = await readFile(summary, 'utf8');
    expect(md).toMatch(/^## kolops /);
    expect(md).toContain('listing/agreed-missing-address');
  });

  it('exits 0 when the paths have no error, in the working directory given', async () => {
    const r = await action(ROOT, join(cwd, '..'), {
      KOLOPS_ACTION_SKIP_INSTALL: '1', GITHUB_STEP_SUMMARY: summary, KOLOPS_WORKING_DIRECTORY: cwd,
      KOLOPS_PATHS: 'recap-postingan.xlsx', KOLOPS_ARGS: '--as-of 2024-09-20',
    });
    expect(annotations(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('stops with exit 2 on a Node.js older than 20, naming the node-version input', async () => {
    const bin = await installTemp('old-node');
    await writeFile(join(bin, 'node'), '#!/bin/sh\ncase "$1" in --version) echo v18.20.4 ;; *) echo 18 ;; esac\n');
    await chmod(join(bin, 'node'), 0o755);
    const r = await action(ROOT, cwd, { KOLOPS_ACTION_SKIP_INSTALL: '1', KOLOPS_NODE_VERSION: '18', PATH: `${bin}${delimiter}${process.env.PATH}` });
    expect(r.stdout).toContain('::error title=kolops action::kolops needs Node.js 20 or later; this step has v18.20.4 (node-version input: 18)');
    expect(r.code).toBe(2);
  });
});

describe('scripts/action/run.sh installing kolops in a fresh checkout of the action', () => {
  let actionPath: string;
  let cwd: string;
  beforeAll(async () => {
    ({ dir: actionPath } = await snapshotKolops());
    cwd = await installTemp('action-fresh-workspace');
    await cp(join(ROOT, 'examples', 'kol-listing-2024.xlsx'), join(cwd, 'kol-listing-2024.xlsx'));
  });

  it('runs npm ci (which builds dist/ through prepare), then the check', async () => {
    expect(existsSync(join(actionPath, 'dist'))).toBe(false);
    const r = await action(actionPath, cwd, { KOLOPS_ARGS: '--as-of 2024-09-20' });
    timing('run.sh with npm ci in a fresh checkout', r.ms);
    expect(r.stdout).toContain(`::group::Install kolops (${actionPath})`);
    expect(existsSync(join(actionPath, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(r.stdout).toContain('title=listing/agreed-missing-address');
    expect(r.code).toBe(1);
  }, INSTALL_TIMEOUT);

  it('does not install again when the action runs a second time in the job', async () => {
    const r = await action(actionPath, cwd, { KOLOPS_ARGS: '--as-of 2024-09-20' });
    timing('run.sh again (installed)', r.ms);
    expect(r.stdout).not.toContain('::group::');
    expect(r.code).toBe(1);
  });
});
