import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');

interface Json {
  files: { path: string; tables: { sheet: string; kind: string; headerRow: number; rows: number; month: string | null }[] }[];
  findings: { rule: string; severity: string; sheet: string; row: number; cell: string | null; kol: string | null; month: string | null; message: string }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

describe('kolops check examples/ (the seed workbooks)', () => {
  it('reads all three seed tables and reports the listing\'s real problems', async () => {
    const run = await kolops(['check', 'examples/', '--format', 'json'], { cwd: root });
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as Json;
    expect(run.code).toBe(1);
    const tables = r.files.flatMap((f) => f.tables.map((t) => `${f.path} ${t.sheet} ${t.kind} h${t.headerRow} ${t.month}`));
    expect(tables).toEqual([
      'examples/affiliate-deals.xlsx Affiliate affiliate-deals h2 2024-08',
      'examples/affiliate-deals.xlsx Affiliate affiliate-deals h16 2024-09',
      'examples/kol-listing-2024.xlsx September kol-listing h1 2024-09',
      'examples/kol-listing-2024.xlsx Oktober kol-listing h2 2024-10',
      'examples/recap-postingan.xlsx Recap posting-recap h3 null',
    ]);
    const sept = r.findings.filter((f) => f.sheet === 'September');
    // The seed month: 30 distinct KOLs (target met), the blank row numbered 28 (sheet row 29),
    // and 8.301 read as 8,301 followers: a nano KOL, so no follower or tier finding.
    expect(sept.map((f) => `${f.rule} ${f.row}`)).toEqual(['listing/blank-row 29']);
    const okt = r.findings.filter((f) => f.sheet === 'Oktober').map((f) => `${f.rule} ${f.cell ?? f.row}`);
    expect(okt).toEqual([
      'listing/monthly-target 2',
      'listing/agreed-missing-address D4',
      'listing/repeat-kol B5',
      'listing/unknown-brand H7',
      'listing/unknown-status F8',
    ]);
    expect(r.findings.find((f) => f.rule === 'listing/monthly-target')!.message).toBe('2024-10: 6 KOLs listed, target is 20 (14 short)');
  });

  it('prints a readable text report in Bahasa Indonesia', async () => {
    const run = await kolops(['check', 'examples/', '--lang', 'id'], { cwd: root });
    expect(run.stdout).toContain('Oktober!D4');
    expect(run.stdout).toContain('Sinta Dewi bersedia menerima PR pack ("YES") tetapi alamat pengiriman kosong');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 file diperiksa: 1 error, 3 peringatan, 2 info');
  });

  it('list validate checks the listing only', async () => {
    const run = await kolops(['list', 'validate', 'examples/', '--format', 'json'], { cwd: root });
    const r = JSON.parse(run.stdout) as Json;
    expect(r.files.flatMap((f) => f.tables.map((t) => t.kind))).toEqual(['kol-listing', 'kol-listing']);
  });
});
