import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/config/schema.js';
import type { CheckResult } from '../../src/model/result.js';
import { checkMemory, HERBANA_CONFIG, type CellInput } from '../helpers/memory.js';

/** Seed "Gambar 3.4": a title, the header, then (here or above the header) the meta rows, then the deals. */
const BLOCK_HEADER = ['No', 'Nama Akun', 'Link', 'Status'];
const LONG_HEADER = ['Bulan', 'Platform', 'Merek', 'Nama Akun', 'Link', 'Video', 'Live', 'Bukti', 'Komisi (%)', 'Penjualan', 'Target', 'Status'];

const tiktok = (h: string) => `https://www.tiktok.com/@${h}`;
const shopee = (h: string) => `https://shopee.co.id/${h}`;

/** `n` distinct deals on TikTok links (the seed's accounts are TikTok creators). */
const deals = (n: number, prefix = 'creator', link = tiktok): CellInput[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, `${prefix}${i + 1}`, link(`${prefix}${i + 1}`), 'DONE']);

/** A block with its meta rows below the header, as in the seed. */
function block(title: string, meta: string[], rows: CellInput[][]): CellInput[][] {
  return [[title], BLOCK_HEADER, ...meta.map((m) => [m]), ...rows];
}

/** A block with its meta rows between the title and the header. */
function blockMetaAbove(title: string, meta: string[], rows: CellInput[][]): CellInput[][] {
  return [[title], ...meta.map((m) => [m]), BLOCK_HEADER, ...rows];
}

interface Deal {
  month?: string; platform?: string; brand?: string; account: string; link?: string;
  videos?: CellInput; lives?: CellInput; proof?: CellInput; commission?: CellInput; sales?: CellInput; target?: CellInput; status?: string;
}

/** A long-layout row; by default a complete September 2024 TikTok Shop × Herbana deal. */
function longRow(d: Deal): CellInput[] {
  return [
    d.month ?? 'September 2024', d.platform ?? 'TikTok Shop', d.brand ?? 'Herbana', d.account, d.link ?? tiktok(d.account.replace(/^@/, '')),
    'videos' in d ? d.videos : 3, 'lives' in d ? d.lives : 1, 'proof' in d ? d.proof : `https://vt.tiktok.com/ZS${d.account}1/ https://vt.tiktok.com/ZS${d.account}2/`,
    'commission' in d ? d.commission : 0.1, 'sales' in d ? d.sales : 1_000_000, 'target' in d ? d.target : 10_000_000, d.status ?? 'DONE',
  ];
}

async function run(rows: CellInput[][], opts: { lang?: 'en' | 'id'; config?: ConfigInput; sheet?: string } = {}): Promise<CheckResult> {
  return checkMemory({ 'deals.xlsx': [{ name: opts.sheet ?? 'Affiliate', rows }] }, { ...HERBANA_CONFIG, ...opts.config }, { lang: opts.lang ?? 'en' });
}

const only = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule);
const affiliateRules = (r: CheckResult) => r.findings.filter((f) => f.rule.startsWith('affiliate/'));

describe('a clean deal list', () => {
  it('has no affiliate findings, block layout or long layout', async () => {
    const blocks = [
      ...block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', ['Yang sudah di contact: 46 (Abel Cantika)', 'Yang sudah deal: 3 (Agustus)'], deals(3, 'aug')),
      ...block('SHOPEE HERBAMOJO YANG DEAL SEPTEMBER', ['Yang sudah di contact: 12 (Abel Cantika)', 'Yang sudah deal: 2 (September)'], deals(2, 'sep', shopee)),
    ];
    const r = await run(blocks);
    expect(r.files[0]!.tables).toMatchObject([
      { kind: 'affiliate-deals', headerRow: 2, month: '2024-08', brand: 'Herbana', platform: 'TikTok' },
      { kind: 'affiliate-deals', headerRow: 9, month: '2024-09', brand: 'Herbamojo', platform: 'Shopee' },
    ]);
    expect(affiliateRules(r)).toEqual([]);
    const long = await run([LONG_HEADER, longRow({ account: '@rina' }), longRow({ account: 'bima', platform: 'Shopee', link: shopee('bima') })], { config: { affiliate: { commission: { min: 5, max: 20 } } } });
    expect(long.files[0]!.tables).toMatchObject([{ kind: 'affiliate-deals', headerRow: 1 }]);
    expect(affiliateRules(long)).toEqual([]);
  });
});

describe('affiliate/count-mismatch', () => {
  const sept = (declared: string, n: number) =>
    block('TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER', ['Yang sudah di contact: 46 (Abel Cantika)', `Yang sudah deal: ${declared} (September)`], deals(n));

  it('fires at the meta row when 5 deals are declared and 9 listed (the seed\'s September), in both languages', async () => {
    const en = only(await run(sept('5', 9)), 'affiliate/count-mismatch');
    expect(en).toMatchObject([{ severity: 'warning', sheet: 'Affiliate', row: 4, cell: 'A4', kol: null, brand: 'Herbana', month: '2024-09',
      messageId: 'mismatch', args: { declared: 5, listed: 9, text: 'Yang sudah deal: 5 (September)', block: 'TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER', headerRow: 2 },
      message: 'block "TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER" (header at row 2) declares 5 deals ("Yang sudah deal: 5 (September)") but lists 9 deal rows; correct the count, or add or remove deal rows so the two agree' }]);
    expect(only(await run(sept('5', 9), { lang: 'id' }), 'affiliate/count-mismatch')).toMatchObject([
      { message: 'blok "TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER" (header di baris 2) melaporkan 5 deal ("Yang sudah deal: 5 (September)"), tetapi baris deal yang tercantum ada 9; perbaiki jumlahnya, atau tambah atau hapus baris deal agar keduanya sama' }]);
  });

  it('names a block without a title by its header row, in both languages', async () => {
    const rows = [BLOCK_HEADER, ['Yang sudah deal: 5'], ...deals(3)];
    expect(only(await run(rows, { sheet: 'Deals September 2024' }), 'affiliate/count-mismatch')).toMatchObject([{ row: 2, cell: 'A2', messageId: 'mismatch-untitled',
      message: 'the block with its header at row 1 declares 5 deals ("Yang sudah deal: 5") but lists 3 deal rows; correct the count, or add or remove deal rows so the two agree' }]);
    expect(only(await run(rows, { sheet: 'Deals September 2024', lang: 'id' }), 'affiliate/count-mismatch')).toMatchObject([
      { message: 'blok dengan header di baris 1 melaporkan 5 deal ("Yang sudah deal: 5"), tetapi baris deal yang tercantum ada 3; perbaiki jumlahnya, atau tambah atau hapus baris deal agar keduanya sama' }]);
  });

  it('is silent when the declared count matches the rows', async () => {
    expect(only(await run(sept('9', 9)), 'affiliate/count-mismatch')).toEqual([]);
  });

  it('is silent when the count is TBA (unknown, never zero)', async () => {
    expect(only(await run(sept('TBA', 9)), 'affiliate/count-mismatch')).toEqual([]);
  });

  it('does not count declined or unreachable rows as deals', async () => {
    const rows = [...deals(2), [3, 'creator3', tiktok('creator3'), 'TIDAK BISA DI CONTACT'], [4, 'creator4', tiktok('creator4'), 'TIDAK']];
    expect(only(await run(sept('2', 0).concat(rows)), 'affiliate/count-mismatch')).toEqual([]);
    expect(only(await run(sept('4', 0).concat(rows)), 'affiliate/count-mismatch')).toMatchObject([{ args: { declared: 4, listed: 2 },
      message: expect.stringContaining('declares 4 deals ("Yang sudah deal: 4 (September)") but lists 2 deal rows') }]);
  });

  it('keeps one count per block: only the block that is off is reported', async () => {
    const rows = [
      ...block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', ['Yang sudah di contact: 46', 'Yang sudah deal: 3 (Agustus)'], deals(3, 'aug')),
      ...block('TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER', ['Yang sudah di contact: TBA', 'Yang sudah deal: 2 (September)'], deals(3, 'sep')),
    ];
    expect(only(await run(rows), 'affiliate/count-mismatch')).toMatchObject([{ row: 11, cell: 'A11', month: '2024-09',
      message: expect.stringMatching(/^block "TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER" \(header at row 9\) declares 2 deals \("Yang sudah deal: 2 \(September\)"\) but lists 3 deal rows;/) }]);
  });

  it('reads meta rows above the header too, reported at the header row (their own row is not known)', async () => {
    const rows = blockMetaAbove('TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER', ['Yang sudah di contact: 46 (Abel Cantika)', 'Yang sudah deal: 5 (September)'], deals(9));
    const r = await run(rows);
    expect(r.files[0]!.tables).toMatchObject([{ headerRow: 4, month: '2024-09' }]);
    expect(only(r, 'affiliate/count-mismatch')).toMatchObject([{ row: 4, cell: null, month: '2024-09', message: 'block "TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER" (header at row 4) declares 5 deals ("Yang sudah deal: 5 (September)") but lists 9 deal rows; correct the count, or add or remove deal rows so the two agree' }]);
    const ok = blockMetaAbove('TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER', ['Yang sudah deal: 9 (September)'], deals(9));
    expect(only(await run(ok), 'affiliate/count-mismatch')).toEqual([]);
  });
});

describe('affiliate/contacted-less-than-deals', () => {
  const title = 'TIKTOK SHOP HERBANA YANG DEAL AGUSTUS';

  it('fires at the contacted row when fewer accounts were contacted than deals declared, in both languages', async () => {
    const rows = block(title, ['Yang sudah di contact: 3 (Abel Cantika)', 'Yang sudah deal: 5 (Agustus)'], deals(5));
    expect(only(await run(rows), 'affiliate/contacted-less-than-deals')).toMatchObject([{ severity: 'error', row: 3, cell: 'A3', brand: 'Herbana', month: '2024-08',
      message: 'only 3 accounts contacted ("Yang sudah di contact: 3 (Abel Cantika)"), but 5 deals declared ("Yang sudah deal: 5 (Agustus)"); every deal was first a contacted account, so one of the two counts is wrong; correct whichever it is' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/contacted-less-than-deals')).toMatchObject([
      { message: 'baru 3 akun yang dihubungi ("Yang sudah di contact: 3 (Abel Cantika)"), tetapi deal yang dilaporkan ada 5 ("Yang sudah deal: 5 (Agustus)"); setiap deal berasal dari akun yang sudah dihubungi, jadi salah satu jumlah itu keliru; perbaiki yang keliru' }]);
  });

  it('counts the listed rows when no deal count is declared (or it is TBA), in both languages', async () => {
    const rows = block(title, ['Yang sudah di contact: 2', 'Yang sudah deal: TBA'], deals(3));
    expect(only(await run(rows), 'affiliate/contacted-less-than-deals')).toMatchObject([{ row: 3,
      message: 'only 2 accounts contacted ("Yang sudah di contact: 2"), but 3 deals listed in the block; every deal was first a contacted account, so correct the contacted count' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/contacted-less-than-deals')).toMatchObject([
      { message: 'baru 2 akun yang dihubungi ("Yang sudah di contact: 2"), tetapi ada 3 deal yang tercantum di blok ini; setiap deal berasal dari akun yang sudah dihubungi, jadi perbaiki jumlah akun yang dihubungi' }]);
  });

  it('is silent when contacts cover the deals (46 contacted, 10 deals, as in the seed)', async () => {
    expect(only(await run(block(title, ['Yang sudah di contact: 46 (Abel Cantika)', 'Yang sudah deal: 10 (Agustus)'], deals(10))), 'affiliate/contacted-less-than-deals')).toEqual([]);
    expect(only(await run(block(title, ['Yang sudah di contact: 5', 'Yang sudah deal: 5'], deals(5))), 'affiliate/contacted-less-than-deals')).toEqual([]);
  });

  it('is silent when the contacted count is TBA', async () => {
    expect(only(await run(block(title, ['Yang sudah di contact: TBA', 'Yang sudah deal: 5'], deals(5))), 'affiliate/contacted-less-than-deals')).toEqual([]);
  });

  it('reads the meta rows above the header too', async () => {
    const rows = blockMetaAbove(title, ['Yang sudah di contact: 3 (Abel Cantika)', 'Yang sudah deal: 5 (Agustus)'], deals(5));
    expect(only(await run(rows), 'affiliate/contacted-less-than-deals')).toMatchObject([{ row: 4, cell: null, messageId: 'fewer-than-declared', args: { contacted: 3, deals: 5 } }]);
  });
});

describe('affiliate/duplicate-account', () => {
  const title = 'TIKTOK SHOP HERBANA YANG DEAL SEPTEMBER';

  it('fires on every extra row of one account however written, naming the first, in both languages', async () => {
    const rows = block(title, ['Yang sudah deal: 4'], [
      [1, '@Herbana99', '', 'DONE'],
      [2, 'bima', tiktok('bima'), 'DONE'],
      [3, 'Herbana 99', 'tiktok.com/@herbana99/', 'DONE'],
      [4, 'herbana99', '', 'DONE'],
    ]);
    const en = only(await run(rows), 'affiliate/duplicate-account');
    expect(en).toMatchObject([
      { severity: 'error', row: 6, cell: 'C6', kol: 'Herbana 99', brand: 'Herbana', month: '2024-09', message: 'Herbana 99 is listed more than once in this block: first at row 4; delete one of the two rows, or merge them' },
      { row: 7, cell: 'B7', kol: 'herbana99', message: 'herbana99 is listed more than once in this block: first at row 4; delete one of the two rows, or merge them' },
    ]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/duplicate-account').map((f) => f.message)).toEqual([
      'Herbana 99 tercantum lebih dari sekali di blok ini: pertama di baris 4; hapus salah satu barisnya, atau gabungkan keduanya',
      'herbana99 tercantum lebih dari sekali di blok ini: pertama di baris 4; hapus salah satu barisnya, atau gabungkan keduanya',
    ]);
  });

  it('is silent for distinct accounts, and for one account in two blocks (two months)', async () => {
    expect(only(await run(block(title, [], deals(5))), 'affiliate/duplicate-account')).toEqual([]);
    const twoBlocks = [
      ...block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', ['Yang sudah deal: 1'], [[1, 'herbana99', tiktok('herbana99'), 'DONE']]),
      ...block(title, ['Yang sudah deal: 1'], [[1, '@Herbana99', tiktok('herbana99'), 'DONE']]),
    ];
    expect(only(await run(twoBlocks), 'affiliate/duplicate-account')).toEqual([]);
  });

  it('in the long layout, fires within one month × platform × brand, in both languages', async () => {
    const rows = [LONG_HEADER, longRow({ account: '@Herbana99', link: '' }), longRow({ account: 'rina' }), longRow({ account: 'Herbana 99', link: 'tiktok.com/@herbana99/' })];
    expect(only(await run(rows), 'affiliate/duplicate-account')).toMatchObject([
      { row: 4, cell: 'E4', kol: 'Herbana 99', brand: 'Herbana', month: '2024-09', message: 'Herbana 99 is listed more than once for TikTok / Herbana / 2024-09: first at row 2 of this sheet; delete one of the two rows, or merge them' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/duplicate-account')).toMatchObject([
      { message: 'Herbana 99 tercantum lebih dari sekali untuk TikTok / Herbana / 2024-09: pertama di baris 2 sheet ini; hapus salah satu barisnya, atau gabungkan keduanya' }]);
  });

  it('in the long layout, names the sheet, and the file, of the first row when they differ', async () => {
    const first = [LONG_HEADER, longRow({ account: 'herbana99' })];
    const again = [LONG_HEADER, longRow({ account: '@Herbana99' })];
    const sheets = await checkMemory({ 'deals.xlsx': [{ name: 'Deals Sept', rows: first }, { name: 'Tambahan', rows: again }] }, HERBANA_CONFIG);
    expect(only(sheets, 'affiliate/duplicate-account')).toMatchObject([{ sheet: 'Tambahan', row: 2, messageId: 'in-month-sheet',
      message: '@Herbana99 is listed more than once for TikTok / Herbana / 2024-09: first at row 2 of sheet "Deals Sept"; delete one of the two rows, or merge them' }]);
    const files = await checkMemory({ 'a.xlsx': [{ name: 'Deals', rows: first }], 'b.xlsx': [{ name: 'Deals', rows: again }] }, HERBANA_CONFIG, { lang: 'id' });
    expect(only(files, 'affiliate/duplicate-account')).toMatchObject([{ file: 'b.xlsx', messageId: 'in-month-file',
      message: '@Herbana99 tercantum lebih dari sekali untuk TikTok / Herbana / 2024-09: pertama di a.xlsx, sheet "Deals", baris 2; hapus salah satu barisnya, atau gabungkan keduanya' }]);
  });

  it('in the long layout, is silent for the same account in another month, brand or platform', async () => {
    const rows = [LONG_HEADER,
      longRow({ account: 'herbana99' }),
      longRow({ account: 'herbana99', month: 'Oktober 2024' }),
      longRow({ account: 'herbana99', brand: 'Herbamojo' }),
      longRow({ account: 'herbana99', platform: 'Shopee', link: '' }),
    ];
    expect(only(await run(rows), 'affiliate/duplicate-account')).toEqual([]);
  });
});

describe('affiliate/platform-link-mismatch', () => {
  it('fires on a tiktok.com link in a SHOPEE block (the seed), in both languages', async () => {
    const rows = block('SHOPEE HERBANA YANG DEAL AGUSTUS', ['Yang sudah deal: 2 (Agustus)'], [[1, 'herbana99', tiktok('herbana99'), 'DONE'], [2, 'bima', shopee('bima'), 'DONE']]);
    expect(only(await run(rows), 'affiliate/platform-link-mismatch')).toMatchObject([{ severity: 'error', row: 4, cell: 'C4', kol: 'herbana99', brand: 'Herbana', month: '2024-08',
      message: 'link https://www.tiktok.com/@herbana99 points to TikTok, but this block is for Shopee (its title: "SHOPEE HERBANA YANG DEAL AGUSTUS"); move the deal to a TikTok block, or replace the link with the account\'s Shopee link' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/platform-link-mismatch')).toMatchObject([
      { message: 'link https://www.tiktok.com/@herbana99 mengarah ke TikTok, padahal blok ini untuk Shopee (judulnya: "SHOPEE HERBANA YANG DEAL AGUSTUS"); pindahkan deal ini ke blok TikTok, atau ganti link-nya dengan link akun Shopee' }]);
  });

  it('is silent for TikTok links in a TIKTOK SHOP block, and for a block whose title names no platform', async () => {
    expect(only(await run(block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', [], deals(3))), 'affiliate/platform-link-mismatch')).toEqual([]);
    expect(only(await run(block('HERBANA YANG DEAL AGUSTUS', [], deals(3))), 'affiliate/platform-link-mismatch')).toEqual([]);
  });

  it('in the long layout, checks the row\'s own Platform cell, in both languages', async () => {
    const rows = [LONG_HEADER, longRow({ account: 'rina', platform: 'Shopee' }), longRow({ account: 'bima', platform: 'Shopee', link: shopee('bima') }), longRow({ account: 'ayu' })];
    expect(only(await run(rows), 'affiliate/platform-link-mismatch')).toMatchObject([{ row: 2, cell: 'E2', kol: 'rina',
      message: 'link https://www.tiktok.com/@rina points to TikTok, but the deal is on Shopee; correct the Platform cell, or replace the link with the account\'s Shopee link' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/platform-link-mismatch')).toMatchObject([
      { message: 'link https://www.tiktok.com/@rina mengarah ke TikTok, padahal deal ini di Shopee; perbaiki sel Platform, atau ganti link-nya dengan link akun Shopee' }]);
  });
});

describe('affiliate/deliverables-incomplete', () => {
  const check = async (d: Deal, opts: { lang?: 'en' | 'id'; config?: ConfigInput } = {}) =>
    only(await run([LONG_HEADER, longRow(d)], opts), 'affiliate/deliverables-incomplete');

  it('fires on a DONE deal with 2 of 3 videos, at the Video cell, in both languages', async () => {
    expect(await check({ account: 'rina', videos: 2 })).toMatchObject([{ severity: 'warning', row: 2, cell: 'F2', kol: 'rina', brand: 'Herbana', month: '2024-09',
      message: 'rina is marked "DONE" but the deliverables are incomplete: 2 of 3 videos; ask the affiliate for what is missing, or change the status until it is delivered' }]);
    expect(await check({ account: 'rina', videos: 2 }, { lang: 'id' })).toMatchObject([{ message: 'rina berstatus "DONE", tetapi deliverable belum lengkap: 2 dari 3 video; minta kekurangannya ke affiliate, atau ubah statusnya sampai semuanya disetor' }]);
  });

  it('fires on a DONE deal with no live session, in both languages', async () => {
    expect(await check({ account: 'rina', lives: 0 })).toMatchObject([{ cell: 'G2', message: 'rina is marked "DONE" but the deliverables are incomplete: no live session (1 required); ask the affiliate for what is missing, or change the status until it is delivered' }]);
    expect(await check({ account: 'rina', lives: '' }, { lang: 'id' })).toMatchObject([{ message: 'rina berstatus "DONE", tetapi deliverable belum lengkap: belum ada sesi live (wajib 1); minta kekurangannya ke affiliate, atau ubah statusnya sampai semuanya disetor' }]);
    expect(await check({ account: 'rina', lives: 1 }, { config: { affiliate: { deliverables: { lives: 2 } } } })).toMatchObject([
      { message: 'rina is marked "DONE" but the deliverables are incomplete: 1 of 2 live sessions; ask the affiliate for what is missing, or change the status until it is delivered' }]);
  });

  it('fires on a DONE deal whose proof is empty or holds no link, in both languages', async () => {
    expect(await check({ account: 'rina', proof: '' })).toMatchObject([{ cell: 'H2', message: 'rina is marked "DONE" but the deliverables are incomplete: no proof link; ask the affiliate for what is missing, or change the status until it is delivered' }]);
    expect(await check({ account: 'rina', proof: '' }, { lang: 'id' })).toMatchObject([{ message: 'rina berstatus "DONE", tetapi deliverable belum lengkap: belum ada link bukti; minta kekurangannya ke affiliate, atau ubah statusnya sampai semuanya disetor' }]);
    expect(await check({ account: 'rina', proof: 'screenshot di grup WA' })).toMatchObject([
      { message: 'rina is marked "DONE" but the deliverables are incomplete: no link in the proof ("screenshot di grup WA"); ask the affiliate for what is missing, or change the status until it is delivered' }]);
    expect(await check({ account: 'rina', proof: 'screenshot di grup WA' }, { lang: 'id' })).toMatchObject([
      { message: 'rina berstatus "DONE", tetapi deliverable belum lengkap: tidak ada link di kolom bukti ("screenshot di grup WA"); minta kekurangannya ke affiliate, atau ubah statusnya sampai semuanya disetor' }]);
  });

  it('lists everything missing in one finding, at the first short column, in both languages', async () => {
    const d: Deal = { account: '@rina', videos: 1, lives: 0, proof: '', status: 'YES (DONE)' };
    expect(await check(d)).toMatchObject([{ cell: 'F2', kol: '@rina',
      message: '@rina is marked "YES (DONE)" but the deliverables are incomplete: 1 of 3 videos, no live session (1 required), and no proof link; ask the affiliate for what is missing, or change the status until it is delivered' }]);
    expect(await check(d, { lang: 'id' })).toMatchObject([
      { message: '@rina berstatus "YES (DONE)", tetapi deliverable belum lengkap: 1 dari 3 video, belum ada sesi live (wajib 1), dan belum ada link bukti; minta kekurangannya ke affiliate, atau ubah statusnya sampai semuanya disetor' }]);
  });

  it('is silent for a complete deal, a deal not done yet, and the config\'s own requirement', async () => {
    expect(await check({ account: 'rina' })).toEqual([]);
    expect(await check({ account: 'rina', videos: 4, lives: 2, proof: 'https://drive.google.com/x' })).toEqual([]);
    expect(await check({ account: 'rina', videos: 0, lives: 0, proof: '', status: 'ON PROCESS' })).toEqual([]);
    expect(await check({ account: 'rina', videos: 2, lives: 0 }, { config: { affiliate: { deliverables: { videos: 2, lives: 0 } } } })).toEqual([]);
  });

  it('is silent where the sheet has no Video, Live or Bukti column (the seed\'s blocks)', async () => {
    expect(only(await run(block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', [], deals(3))), 'affiliate/deliverables-incomplete')).toEqual([]);
  });
});

describe('affiliate/unknown-status', () => {
  it('fires on a typo with a did-you-mean, at the Status cell, in both languages', async () => {
    const rows = block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', [], [[1, 'rina', tiktok('rina'), 'DOEN'], [2, 'bima', tiktok('bima'), 'DONE']]);
    expect(only(await run(rows), 'affiliate/unknown-status')).toMatchObject([{ severity: 'warning', row: 3, cell: 'D3', kol: 'rina', brand: 'Herbana', month: '2024-08',
      messageId: 'did-you-mean', args: { value: 'DOEN', suggestion: 'DONE', status: 'done' },
      message: 'deal status "DOEN" is not in the status vocabulary; did you mean "DONE"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "statuses": {"done": ["DOEN"]}' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/unknown-status')).toMatchObject([
      { message: 'status deal "DOEN" tidak ada di daftar status; mungkin maksudnya "DONE"? Perbaiki isi sel ini, atau, jika tim memang menulisnya begitu, tambahkan ke kolops.config.json: "statuses": {"done": ["DOEN"]}' }]);
  });

  it('fires without a suggestion for a phrase like nothing known, in both languages', async () => {
    const rows = [LONG_HEADER, longRow({ account: 'rina', status: 'MASIH DIKIRA-KIRA' })];
    expect(only(await run(rows), 'affiliate/unknown-status')).toMatchObject([{ cell: 'L2',
      message: 'deal status "MASIH DIKIRA-KIRA" is not in the status vocabulary, so this deal is not counted as done; write a known phrase (DONE, ON PROCESS, CANCEL), or add it to kolops.config.json under the status it means, e.g. "statuses": {"pending": ["MASIH DIKIRA-KIRA"]}' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/unknown-status')).toMatchObject([
      { message: 'status deal "MASIH DIKIRA-KIRA" tidak ada di daftar status, jadi deal ini tidak terhitung selesai; tulis frasa yang dikenal (DONE, ON PROCESS, CANCEL), atau tambahkan ke kolops.config.json di status yang dimaksud, mis. "statuses": {"pending": ["MASIH DIKIRA-KIRA"]}' }]);
  });

  it('is silent for known phrases, blanks, and the team\'s own phrases from the config', async () => {
    const rows = block('TIKTOK SHOP HERBANA YANG DEAL AGUSTUS', [], [
      [1, 'a', tiktok('a'), 'DONE'], [2, 'b', tiktok('b'), 'Selesai'], [3, 'c', tiktok('c'), 'on process'], [4, 'd', tiktok('d'), ''], [5, 'e', tiktok('e'), 'BATAL'],
    ]);
    expect(only(await run(rows, { config: { statuses: { declined: ['BATAL'] } } }), 'affiliate/unknown-status')).toEqual([]);
  });
});

describe('affiliate/commission-out-of-range', () => {
  const range: ConfigInput = { affiliate: { commission: { min: 5, max: 20 } } };

  it('fires above the configured range, at the Komisi cell, in both languages', async () => {
    const rows = [LONG_HEADER, longRow({ account: 'asep', commission: 0.25 }), longRow({ account: 'rina', commission: 0.1 })];
    expect(only(await run(rows, { config: range }), 'affiliate/commission-out-of-range')).toMatchObject([{ severity: 'warning', row: 2, cell: 'I2', kol: 'asep', brand: 'Herbana', month: '2024-09',
      message: 'asep: commission 25% is above the range 5–20% set in kolops.config.json (affiliate.commission); correct the cell if it is a typo, or have the deal approved' }]);
    expect(only(await run(rows, { config: range, lang: 'id' }), 'affiliate/commission-out-of-range')).toMatchObject([{ message: 'asep: komisi 25% di atas rentang 5–20% yang diatur di kolops.config.json (affiliate.commission); perbaiki selnya jika salah ketik, atau mintakan persetujuan untuk deal ini' }]);
  });

  it('fires below the range, each language writing decimals its own way', async () => {
    const rows = [LONG_HEADER, longRow({ account: 'asep', commission: '2,5%' })];
    expect(only(await run(rows, { config: range }), 'affiliate/commission-out-of-range')).toMatchObject([{ message: 'asep: commission 2.5% is below the range 5–20% set in kolops.config.json (affiliate.commission); correct the cell if it is a typo, or have the deal approved' }]);
    expect(only(await run(rows, { config: range, lang: 'id' }), 'affiliate/commission-out-of-range')).toMatchObject([{ message: 'asep: komisi 2,5% di bawah rentang 5–20% yang diatur di kolops.config.json (affiliate.commission); perbaiki selnya jika salah ketik, atau mintakan persetujuan untuk deal ini' }]);
  });

  it('is silent inside the range (bounds included), and when no range is configured', async () => {
    const rows = [LONG_HEADER, longRow({ account: 'a', commission: 5 }), longRow({ account: 'b', commission: '20%' }), longRow({ account: 'c', commission: 0.125 })];
    expect(only(await run(rows, { config: range }), 'affiliate/commission-out-of-range')).toEqual([]);
    expect(only(await run([LONG_HEADER, longRow({ account: 'asep', commission: 0.25 })]), 'affiliate/commission-out-of-range')).toEqual([]);
  });
});

describe('affiliate/bonus-due', () => {
  it('says the cash bonus is due once sales reach the target, at the Penjualan cell, in both languages', async () => {
    const rows = [LONG_HEADER, longRow({ account: '@Herbana99', sales: 26_750_000, target: 25_000_000 })];
    expect(only(await run(rows), 'affiliate/bonus-due')).toMatchObject([{ severity: 'info', row: 2, cell: 'J2', kol: '@Herbana99', brand: 'Herbana', month: '2024-09',
      message: '@Herbana99 reached the sales target (Rp 26,750,000 of Rp 25,000,000): cash bonus due' }]);
    expect(only(await run(rows, { lang: 'id' }), 'affiliate/bonus-due')).toMatchObject([
      { message: '@Herbana99 sudah mencapai target penjualan (Rp 26.750.000 dari target Rp 25.000.000): bonus tunai jatuh tempo' }]);
    expect(only(await run([LONG_HEADER, longRow({ account: 'rina', sales: 'Rp 10.000.000', target: 'Rp 10.000.000' })]), 'affiliate/bonus-due')).toHaveLength(1);
  });

  it('is silent below the target, without a target, or with a zero target', async () => {
    const rows = [LONG_HEADER,
      longRow({ account: 'a', sales: 24_999_999, target: 25_000_000 }),
      longRow({ account: 'b', sales: 5_000_000, target: '' }),
      longRow({ account: 'c', sales: 5_000_000, target: 0 }),
    ];
    expect(only(await run(rows), 'affiliate/bonus-due')).toEqual([]);
  });
});
