import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingKeys, kolops } from '../helpers/cli.js';
import { useLibreOfficeCopiesOfExamples } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

interface Json {
  files: { path: string; tables: { sheet: string; kind: string; headerRow: number; rows: number; month: string | null; brand: string | null; platform: string | null }[] }[];
  findings: { rule: string; severity: string; sheet: string; row: number; cell: string | null; kol: string | null; brand: string | null; month: string | null; message: string }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

const json = (stdout: string) => JSON.parse(stdout) as Json;

describe('kolops affiliate check on the seed deal list ("Gambar 3.4")', () => {
  it('reports September\'s 5 declared vs 9 listed, the repeated account and the TikTok links in Shopee blocks', async () => {
    const run = await kolops(['affiliate', 'check', 'examples/affiliate-deals.xlsx', '--format', 'json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const r = json(run.stdout);
    expect(r.files[0]!.tables.map((t) => `${t.kind} h${t.headerRow} ${t.month} ${t.brand} ${t.platform}`)).toEqual([
      'affiliate-deals h2 2024-08 Herbana Shopee',
      'affiliate-deals h16 2024-09 Herbana Shopee',
    ]);
    // August declares 10 and lists 10: only September's block is off.
    expect(r.findings.filter((f) => f.rule === 'affiliate/count-mismatch')).toMatchObject([
      { severity: 'warning', sheet: 'Affiliate', row: 18, cell: 'A18', month: '2024-09', brand: 'Herbana', message: 'block "SHOPEE HERBANA YANG DEAL SEPTEMBER" (header at row 16) declares 5 deals ("Yang sudah deal: 5 (September)") but lists 9 deal rows; correct the count, or add or remove deal rows so the two agree' },
    ]);
    // Every deal row is herbana99: rows 6–14 repeat row 5 (August), rows 20–27 repeat row 19 (September).
    const dupes = r.findings.filter((f) => f.rule === 'affiliate/duplicate-account');
    expect(dupes.map((f) => f.cell)).toEqual([...[6, 7, 8, 9, 10, 11, 12, 13, 14], ...[20, 21, 22, 23, 24, 25, 26, 27]].map((n) => `C${n}`));
    expect(dupes[0]).toMatchObject({ severity: 'error', kol: 'herbana99', month: '2024-08', message: 'herbana99 is listed more than once in this block: first at row 5; delete one of the two rows, or merge them' });
    expect(dupes.at(-1)).toMatchObject({ month: '2024-09', message: 'herbana99 is listed more than once in this block: first at row 19; delete one of the two rows, or merge them' });
    // tiktok.com links under SHOPEE titles: every deal row of both blocks.
    const links = r.findings.filter((f) => f.rule === 'affiliate/platform-link-mismatch');
    expect(links.map((f) => f.row)).toEqual([...Array.from({ length: 10 }, (_, i) => 5 + i), ...Array.from({ length: 9 }, (_, i) => 19 + i)]);
    const shopeeLink = (month: string) => `link https://www.tiktok.com/@herbana99 points to TikTok, but this block is for Shopee (its title: "SHOPEE HERBANA YANG DEAL ${month}"); move the deal to a TikTok block, or replace the link with the account's Shopee link`;
    expect(links.every((f) => f.message === shopeeLink(f.month === '2024-08' ? 'AGUSTUS' : 'SEPTEMBER'))).toBe(true);
    // 46 contacted over 10 deals, and September's contacted count is TBA: nothing to say.
    expect(r.findings.map((f) => f.rule)).not.toContain('affiliate/contacted-less-than-deals');
    expect(r.summary).toEqual({ files: 1, errors: 36, warnings: 1, infos: 0 });
  });

  it('speaks Bahasa Indonesia', async () => {
    const run = await kolops(['affiliate', 'check', 'examples/affiliate-deals.xlsx', '--lang', 'id'], { cwd: root });
    expect(run.stdout).toContain('Affiliate!A18');
    expect(run.stdout).toContain('blok "SHOPEE HERBANA YANG DEAL SEPTEMBER" (header di baris 16) melaporkan 5 deal ("Yang sudah deal: 5 (September)"), tetapi baris deal yang tercantum ada 9');
    expect(run.stdout).toContain('link https://www.tiktok.com/@herbana99 mengarah ke TikTok, padahal blok ini untuk Shopee (judulnya: "SHOPEE HERBANA YANG DEAL AGUSTUS")');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 file diperiksa: 36 error, 1 peringatan, 0 info');
  });
});

describe('kolops affiliate check on the long layout (examples/affiliate-deliverables-2024.xlsx)', () => {
  it('reports the deliverables, commission, bonus, duplicate and status findings', async () => {
    const run = await kolops(['affiliate', 'check', 'examples/affiliate-deliverables-2024.xlsx', '--format', 'json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const r = json(run.stdout);
    expect(r.files[0]!.tables).toMatchObject([{ sheet: 'Deals September 2024', kind: 'affiliate-deals', headerRow: 1, rows: 9, month: '2024-09' }]);
    expect(r.findings.map((f) => `${f.rule} ${f.cell} ${f.kol}`)).toEqual([
      'affiliate/deliverables-incomplete F4 @rinafitjourney',
      'affiliate/deliverables-incomplete G5 jamu.papa.gym',
      'affiliate/deliverables-incomplete H6 dapur.herbal.ayu',
      'affiliate/commission-out-of-range I7 @kopi.jamu.kang.asep',
      'affiliate/bonus-due J8 @Herbana99',
      'affiliate/duplicate-account E9 Herbana 99',
      'affiliate/unknown-status L10 mamasehat.lina',
    ]);
    const message = (cell: string) => r.findings.find((f) => f.cell === cell)!.message;
    expect(message('F4')).toBe('@rinafitjourney is marked "DONE" but the deliverables are incomplete: 2 of 3 videos; ask the affiliate for what is missing, or change the status until it is delivered');
    expect(message('G5')).toBe('jamu.papa.gym is marked "DONE" but the deliverables are incomplete: no live session (1 required); ask the affiliate for what is missing, or change the status until it is delivered');
    expect(message('H6')).toBe('dapur.herbal.ayu is marked "DONE" but the deliverables are incomplete: no proof link; ask the affiliate for what is missing, or change the status until it is delivered');
    // examples/kolops.config.json: "commission": {"min": 5, "max": 20}; the cell holds 0.25 shown as 25%.
    expect(message('I7')).toBe('@kopi.jamu.kang.asep: commission 25% is above the range 5–20% set in kolops.config.json (affiliate.commission); correct the cell if it is a typo, or have the deal approved');
    expect(message('J8')).toBe('@Herbana99 reached the sales target (Rp 26,750,000 of Rp 25,000,000): cash bonus due');
    // `@Herbana99` (row 8, no link) and `tiktok.com/@herbana99/` (row 9) are one TikTok account.
    expect(message('E9')).toBe('Herbana 99 is listed more than once for TikTok / Herbana / 2024-09: first at row 8 of this sheet; delete one of the two rows, or merge them');
    expect(message('L10')).toBe('deal status "DOEN" is not in the status vocabulary; did you mean "DONE"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "statuses": {"done": ["DOEN"]}');
    expect(r.findings.every((f) => f.month === '2024-09')).toBe(true);
    expect(r.findings.find((f) => f.cell === 'E9')).toMatchObject({ severity: 'error', brand: 'Herbana' });
    expect(r.findings.find((f) => f.cell === 'J8')).toMatchObject({ severity: 'info' });
    expect(r.summary).toEqual({ files: 1, errors: 1, warnings: 5, infos: 1 });
  });

  it('speaks Bahasa Indonesia', async () => {
    const run = await kolops(['affiliate', 'check', 'examples/affiliate-deliverables-2024.xlsx', '--lang', 'id'], { cwd: root });
    expect(run.stdout).toContain('@rinafitjourney berstatus "DONE", tetapi deliverable belum lengkap: 2 dari 3 video');
    expect(run.stdout).toContain('@Herbana99 sudah mencapai target penjualan (Rp 26.750.000 dari target Rp 25.000.000): bonus tunai jatuh tempo');
    expect(run.stdout).toContain('@kopi.jamu.kang.asep: komisi 25% di atas rentang 5–20%');
  });

  it('checks affiliate tables only when given the whole examples folder', async () => {
    const run = await kolops(['affiliate', 'check', 'examples/', '--format', 'json'], { cwd: root });
    const r = json(run.stdout);
    expect(r.files.flatMap((f) => f.tables.map((t) => t.kind))).toEqual(['affiliate-deals', 'affiliate-deals', 'affiliate-deals']);
    expect(r.findings.every((f) => f.rule.startsWith('affiliate/'))).toBe(true);
  });

  it('needs at least one file (usage error, exit 2)', async () => {
    const run = await kolops(['affiliate', 'check'], { cwd: root });
    expect(run.code).toBe(2);
  });
});

const files = ['affiliate-deals.xlsx', 'affiliate-deliverables-2024.xlsx'];
const { soffice, folders } = useLibreOfficeCopiesOfExamples(root, files, 'affiliate');

describe('affiliate workbooks re-saved by LibreOffice', () => {
  it.skipIf(!soffice)('give the same findings as the originals (stacked blocks, meta rows, percent and number cells)', async () => {
    for (const f of files) {
      const a = await kolops(['affiliate', 'check', join(folders.original, f), '--format', 'json']);
      const b = await kolops(['affiliate', 'check', join(folders.converted, f), '--format', 'json']);
      const keys = findingKeys(a.stdout);
      expect(keys.length, f).toBeGreaterThan(5);
      expect(findingKeys(b.stdout), f).toEqual(keys);
      expect(json(b.stdout).files[0]!.tables.map((t) => `${t.headerRow} ${t.month}`), f).toEqual(json(a.stdout).files[0]!.tables.map((t) => `${t.headerRow} ${t.month}`));
    }
    const seed = findingKeys((await kolops(['affiliate', 'check', join(folders.converted, 'affiliate-deals.xlsx'), '--format', 'json'])).stdout);
    expect(seed).toContain('affiliate/count-mismatch 18A  2024-09');
  });
});
