import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

// The shipped CLI is dist/bundle/kolops.cjs with a V8 code cache (scripts/bundle.mjs,
// bin/load-cli.js); every other CLI test runs the sources in-process. These prove the
// bundle is the same program and that the cache is what a run uses.
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kolops.js');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function run(args: string[], opts: { cwd?: string; bin?: string } = {}) {
  const r = spawnSync(process.execPath, [opts.bin ?? bin, ...args], { cwd: opts.cwd ?? root, env: { ...process.env, NO_COLOR: '1', KOLOPS_REPORT_CODE_CACHE: '1' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI', () => {
  it('says the same as the sources, finding for finding, in both languages', async () => {
    for (const args of [
      ['check', 'examples/', '--format', 'json', '--as-of', '2024-09-20'],
      ['check', 'examples/', '--as-of', '2024-09-20', '--lang', 'id'],
      ['describe', 'examples/kol-listing-2024.xlsx'],
    ]) {
      const bundled = run(args);
      const source = await kolops(args, { cwd: root });
      expect(bundled.stdout, args.join(' ')).toBe(source.stdout);
      expect(bundled.code).toBe(source.code);
      expect(bundled.stderr).toBe(`kolops: code cache accepted\n${source.stderr}`);
    }
  });

  it('is built with a code cache named after the bundle it belongs to', () => {
    const files = readdirSync(join(root, 'dist', 'bundle'));
    const hash = /^\/\/kolops-bundle ([0-9a-f]{40})\n/.exec(readFileSync(join(root, 'dist', 'bundle', 'kolops.cjs'), 'utf8'))?.[1];
    expect(hash).toBeDefined();
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([`kolops.${hash}.cache`]);
  });

  it('runs without its cache when the bundle is not the one the cache was made for', async () => {
    const dir = await makeTempDir();
    mkdirSync(join(dir, 'dist'));
    cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(root, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), { recursive: true });
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    const file = join(dir, 'dist', 'bundle', 'kolops.cjs');
    // A rebuilt bundle names another hash: the old cache beside it is not read.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^\/\/kolops-bundle [0-9a-f]{40}/, `//kolops-bundle ${'0'.repeat(40)}`));
    const r = run(['check', join(root, 'examples', 'kol-listing-2024.xlsx'), '--format', 'json', '--as-of', '2024-09-20'], { bin: join(dir, 'bin', 'kolops.js') });
    expect(r.stderr).toBe('kolops: code cache none\n');
    expect(r.stdout).toBe(run(['check', join(root, 'examples', 'kol-listing-2024.xlsx'), '--format', 'json', '--as-of', '2024-09-20']).stdout);
  });

  it('answers --version and -v from package.json without loading the bundle', () => {
    for (const flag of ['--version', '-v']) {
      const r = run([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' }); // no "code cache" line: nothing was loaded
    }
    // With more arguments commander answers, with the same number.
    expect(run(['--version', '--lang', 'id']).stdout).toBe(`${pkg.version}\n`);
  });
});
