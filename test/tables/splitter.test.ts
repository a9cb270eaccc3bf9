import { describe, expect, it } from 'vitest';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER, type CellInput } from '../helpers/memory.js';

const deal = (n: number): CellInput[] => [n, `akun${n}`, `https://shopee.co.id/akun${n}`, 'DONE'];

describe('tables in a sheet', () => {
  it('finds stacked blocks, each with its own title, platform, brand and month', async () => {
    const rows: CellInput[][] = [
      ['SHOPEE HERBANA YANG DEAL AGUSTUS'], ['No', 'Nama Akun', 'Link', 'Status'], ['Yang sudah deal: 2 (Agustus)'], deal(1), deal(2),
      ['TIKTOK SHOP HERBAMOJO YANG DEAL SEPTEMBER'], ['No', 'Nama Akun', 'Link', 'Status'], deal(1),
    ];
    const r = await checkMemory({ 'a.xlsx': [{ name: 'Affiliate', rows }] }, HERBANA_CONFIG);
    expect(r.files[0]!.tables).toEqual([
      { sheet: 'Affiliate', kind: 'affiliate-deals', headerRow: 2, rows: 3, month: '2024-08', brand: 'Herbana', platform: 'Shopee' },
      { sheet: 'Affiliate', kind: 'affiliate-deals', headerRow: 7, rows: 1, month: '2024-09', brand: 'Herbamojo', platform: 'TikTok' },
    ]);
  });

  it('finds blocks side by side, with the right cell references in each', async () => {
    const side = (left: CellInput[], right: CellInput[]): CellInput[] => [...left, ...Array(4 - left.length).fill(''), '', ...right];
    const rows: CellInput[][] = [
      side(['SHOPEE HERBANA YANG DEAL AGUSTUS'], ['TIKTOK SHOP HERBANA YANG DEAL AGUSTUS']),
      side(['No', 'Nama Akun', 'Link', 'Status'], ['No', 'Nama Akun', 'Link', 'Status']),
      side(deal(1), [1, 'tt1', 'https://www.tiktok.com/@tt1', 'DONE']),
      side(deal(2), [2, 'tt2', 'https://www.tiktok.com/@tt2', 'DONE']),
      side(deal(3), []),
    ];
    const r = await checkMemory({ 'a.xlsx': [{ name: 'Affiliate', rows }] }, HERBANA_CONFIG);
    expect(r.files[0]!.tables.map((t) => `${t.platform} h${t.headerRow} ${t.rows} ${t.month}`)).toEqual(['Shopee h2 3 2024-08', 'TikTok h2 2 2024-08']);
  });

  it('does not split a listing whose header has an empty spacer column', async () => {
    const header = [...LISTING_HEADER.slice(0, 4), '', ...LISTING_HEADER.slice(4)];
    const rows = cleanListingRows(20).map((r) => [...r.slice(0, 4), '', ...r.slice(4)]);
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }] }, HERBANA_CONFIG);
    expect(r.files[0]!.tables).toHaveLength(1);
    expect(r.findings).toEqual([]);
  });

  it('ends a table after a run of blank rows and finds the next one below', async () => {
    const rows: CellInput[][] = [LISTING_HEADER, ...cleanListingRows(20), [], [], [], [], [], ['LIST KOL OKTOBER 2024'], LISTING_HEADER, ...cleanListingRows(20, 'okt')];
    const r = await checkMemory({ 'l.xlsx': [{ name: 'Sheet1', rows }] }, HERBANA_CONFIG, { month: '2024-09' });
    expect(r.files[0]!.tables.map((t) => `${t.headerRow} ${t.rows} ${t.month}`)).toEqual(['1 20 2024-09', '28 20 2024-10']);
  });
});
