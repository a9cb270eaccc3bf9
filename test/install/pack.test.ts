import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, INSTALL_TIMEOUT, installKolops, installTemp, packKolopsWithContents, parsePackJson, removeInstallTemp, ROOT, run, timing, VERSION, type PackResult } from './helpers.js';

afterAll(removeInstallTemp);

interface Json {
  tool: string;
  version: string;
  findings: { rule: string; severity: string }[];
  summary: { errors: number };
}

describe('npm pack', () => {
  let pack: PackResult;
  beforeAll(async () => {
    ({ pack } = await packKolopsWithContents());
  }, INSTALL_TIMEOUT);

  it('ships the built CLI, the bin and the templates, and no sources or tests', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths).toContain('dist/bundle/kolops.cjs');
    expect(paths.filter((p) => /^dist\/bundle\/kolops\.[0-9a-f]{40}\.cache$/.test(p))).toHaveLength(1);
    // The bundle is the whole CLI: tsc's module-per-file output stays in the repository.
    expect(paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/bundle/'))).toEqual([]);
    expect(paths).toContain('bin/kolops.js');
    // Without it the bin scripts would load as ES modules (the package's type) and fail.
    expect(paths).toContain('bin/package.json');
    expect(paths).toContain('package.json');
    expect(paths.some((p) => p.startsWith('templates/'))).toBe(true);
    expect(paths.filter((p) => /^(src|test|scripts|bench|examples|node_modules)\//.test(p) || p.startsWith('.'))).toEqual([]);
  });

  it('finds the JSON after whatever a lifecycle script printed on stdout', () => {
    const json = JSON.stringify([{ filename: 'kolops-0.1.0.tgz', files: [{ path: 'bin/kolops.js' }] }], null, 2);
    expect(parsePackJson(`compiled 157 files\n[not json]\n${json}\n`).filename).toBe('kolops-0.1.0.tgz');
    expect(parsePackJson(json).files).toEqual([{ path: 'bin/kolops.js' }]);
    expect(() => parsePackJson('> kolops@0.1.0 prepare\n')).toThrow(/no JSON array/);
  });
});

describe('a workbook folder that installs the tarball', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await installTemp('workbooks');
    await installKolops(dir);
    await copyFile(join(ROOT, 'examples', 'kol-listing-2024.xlsx'), join(dir, 'kol-listing-2024.xlsx'));
  }, INSTALL_TIMEOUT);

  it('gets kolops in node_modules, without its sources', () => {
    expect(existsSync(join(dir, 'node_modules', 'kolops', 'dist', 'bundle', 'kolops.cjs'))).toBe(true);
    // Everything but exceljs is inside the bundle: nothing else is installed for it.
    expect(['commander', 'zod', 'chalk', 'cli-table3'].filter((p) => existsSync(join(dir, 'node_modules', p)))).toEqual([]);
    expect(existsSync(join(dir, 'node_modules', 'kolops', 'src'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules', '.bin', 'kolops'))).toBe(true);
  });

  it('runs `npx --no-install kolops --version`: the version of package.json', async () => {
    const r = await run('npx', ['--no-install', 'kolops', '--version'], { cwd: dir });
    timing('npx kolops --version', r.ms);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('checks the example listing: exit 1, JSON findings with rule ids', async () => {
    const r = await run('npx', ['--no-install', 'kolops', 'check', 'kol-listing-2024.xlsx', '--format', 'json', '--as-of', '2024-09-20'], { cwd: dir, env: cleanEnv() });
    timing('npx kolops check (json)', r.ms);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.tool).toBe('kolops');
    expect(json.version).toBe(VERSION);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(f.rule).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(json.findings.map((f) => f.rule)).toContain('listing/agreed-missing-address');
    expect(json.summary.errors).toBeGreaterThan(0);
  });
});
