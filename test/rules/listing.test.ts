import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/result.js';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER, type CellInput } from '../helpers/memory.js';

/** A September 2024 listing: the 20 clean rows with `edit` applied to them. */
async function september(edit: (rows: CellInput[][]) => void = () => {}, config = HERBANA_CONFIG, sheet = 'September 2024', lang: 'en' | 'id' = 'en'): Promise<CheckResult> {
  const rows = cleanListingRows(20);
  edit(rows);
  return checkMemory({ 'list.xlsx': [{ name: sheet, rows: [LISTING_HEADER, ...rows] }] }, config, { lang });
}

function only(result: CheckResult, rule: string) {
  return result.findings.filter((f) => f.rule === rule);
}

/** The messages `rule` reports on the September listing with `edit` applied, in English and in Indonesian. */
async function messages(rule: string, edit: (rows: CellInput[][]) => void, config = HERBANA_CONFIG): Promise<{ en: string[]; id: string[] }> {
  const [en, id] = await Promise.all([september(edit, config), september(edit, config, 'September 2024', 'id')]);
  return { en: only(en, rule).map((f) => f.message), id: only(id, rule).map((f) => f.message) };
}

describe('a clean listing', () => {
  it('has no findings at all and reports its table', async () => {
    const r = await september();
    expect(r.findings).toEqual([]);
    expect(r.files[0]!.tables).toEqual([{ sheet: 'September 2024', kind: 'kol-listing', headerRow: 1, rows: 20, month: '2024-09', brand: null, platform: null }]);
  });
});

describe('listing/required-column', () => {
  it('fires for each missing required column, at the header row', async () => {
    const header = LISTING_HEADER.filter((h) => h !== 'Followers' && h !== 'Brand');
    const rows = cleanListingRows(20).map((r) => r.filter((_, i) => i !== 2 && i !== 7));
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }] }, HERBANA_CONFIG);
    const f = only(r, 'listing/required-column');
    expect(f.map((x) => x.args.column)).toEqual(['Followers', 'Brand']);
    expect(f.every((x) => x.row === 1 && x.severity === 'error')).toBe(true);
    const id = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }] }, HERBANA_CONFIG, { lang: 'id' });
    expect(f[0]!.message).toMatch(/^required column "Followers" not found in the header \(looked for: .*\); add the column, or map your own header to it in kolops.config.json "columns"$/);
    expect(only(id, 'listing/required-column')[0]!.message).toMatch(/^kolom wajib "Followers" tidak ada di header \(dicari: .*\); tambahkan kolomnya, atau petakan header Anda sendiri ke kolom itu di kolops.config.json "columns"$/);
  });
  it('accepts Indonesian headers for the same columns', async () => {
    const header = ['No', 'Nama', 'Pengikut', 'Alamat', 'Tanggal Posting', 'Keterangan', 'Platform', 'Merek', 'Tautan'];
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...cleanListingRows(20)] }] }, HERBANA_CONFIG);
    expect(r.findings).toEqual([]);
  });
});

describe('listing/missing-value', () => {
  it('fires on an empty required cell with its cell reference', async () => {
    const r = await september((rows) => { rows[4]![6] = ''; });
    const f = only(r, 'listing/missing-value');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 6, column: 'G', cell: 'G6', kol: 'KOL kol 5', month: '2024-09' });
  });
  it('says which cell is empty and what to do, in both languages', async () => {
    expect(await messages('listing/missing-value', (rows) => { rows[4]![6] = ''; })).toEqual({
      en: ['the Platform cell is empty; fill it in, or delete the row if the KOL was taken off the listing'],
      id: ['sel Platform kosong; isi sel ini, atau hapus barisnya jika KOL ini sudah dikeluarkan dari listing'],
    });
  });
  it('is silent for a row with every required cell filled', async () => {
    expect(only(await september(), 'listing/missing-value')).toEqual([]);
  });
});

describe('listing/followers-unparseable', () => {
  it('fires on text that is no number, saying how to write a count, in both languages', async () => {
    const r = await september((rows) => { rows[0]![2] = 'banyak'; });
    expect(only(r, 'listing/followers-unparseable')).toMatchObject([{ row: 2, cell: 'C2', messageId: 'unparseable' }]);
    expect(await messages('listing/followers-unparseable', (rows) => { rows[0]![2] = 'banyak'; })).toEqual({
      en: ['follower count "banyak" cannot be read as a number; write the count in digits (8301) or with K / M (85.3K, 1.2M)'],
      id: ['jumlah followers "banyak" tidak bisa dibaca sebagai angka; tulis jumlahnya dengan angka (8301) atau dengan K / jt (85,3K, 1,2 jt)'],
    });
  });
  it('fires on a typed 8.301 that Excel stored as the number 8.301, naming both readings and what to type, in both languages', async () => {
    const r = await september((rows) => { rows[0]![2] = 8.301; });
    expect(only(r, 'listing/followers-unparseable')).toMatchObject([{ messageId: 'ambiguous-number', args: { value: '8.301', count: 8301, whole: 8, fraction: '301', digits: '8301' } }]);
    expect(await messages('listing/followers-unparseable', (rows) => { rows[0]![2] = 8.301; })).toEqual({
      en: ['the cell holds the decimal number 8.301, and no follower count has decimals: Excel stores a typed "8.301" that way when it takes the dot for a decimal point. If the KOL has 8,301 followers, type 8301 (digits only), or set the column to Text before typing it'],
      id: ['sel ini berisi angka desimal 8,301, padahal jumlah followers tidak pernah desimal: Excel menyimpan "8.301" yang diketik seperti itu bila titiknya dibaca sebagai tanda desimal. Jika followers-nya 8.301, ketik 8301 (angka saja), atau ubah format kolomnya ke Text sebelum mengetik'],
    });
  });
  it('fires on text with two readings (a lost K, a decimal thousand), naming both, in both languages', async () => {
    expect(await messages('listing/followers-unparseable', (rows) => { rows[0]![2] = '1.5'; rows[1]![2] = '1.234K'; })).toEqual({
      en: [
        'follower count "1.5" can be read two ways: 1,500 followers, or the decimal number 1.5, which no follower count can be; write the count in digits only (1500), or with K / M (85.3K)',
        'follower count "1.234K" can be read two ways: 1,234 or 1,234,000 followers; write the count in digits only (1234 or 1234000) so it cannot be misread',
      ],
      id: [
        'jumlah followers "1.5" bisa dibaca dua cara: 1.500 followers, atau angka desimal 1,5, padahal jumlah followers tidak pernah desimal; tulis jumlahnya dengan angka saja (1500), atau dengan K / jt (85,3K)',
        'jumlah followers "1.234K" bisa dibaca dua cara: 1.234 atau 1.234.000 followers; tulis jumlahnya dengan angka saja (1234 atau 1234000) agar tidak salah baca',
      ],
    });
  });
  it('reads 8.301, 85.3K, 12,5K, 1,2 jt and 10rb without a finding', async () => {
    const r = await september((rows) => {
      rows[0]![2] = '8.301'; rows[1]![2] = '85.3K'; rows[2]![2] = '12,5K'; rows[3]![2] = '1,2 jt'; rows[4]![2] = '10rb'; rows[5]![2] = 41000;
    });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/tier-out-of-range', () => {
  it('fires below nano', async () => {
    const r = await september((rows) => { rows[2]![2] = '950'; });
    expect(only(r, 'listing/tier-out-of-range')).toMatchObject([{ row: 4, messageId: 'below-nano', severity: 'warning' }]);
    expect(await messages('listing/tier-out-of-range', (rows) => { rows[2]![2] = '950'; })).toEqual({
      en: ['950 followers is below the nano tier (at least 1,000); check the count, or take the KOL off the listing'],
      id: ['950 followers di bawah tier nano (minimal 1.000); periksa jumlahnya, atau keluarkan KOL ini dari listing'],
    });
  });
  it('fires for a tier the config does not allow, naming the config key to change', async () => {
    const config = { ...HERBANA_CONFIG, listing: { allowedTiers: ['nano' as const, 'micro' as const, 'macro' as const] } };
    const r = await september((rows) => { rows[2]![2] = '1,2 jt'; }, config);
    expect(only(r, 'listing/tier-out-of-range')).toMatchObject([{ row: 4, messageId: 'not-allowed', args: { tier: 'mega' } }]);
    expect(await messages('listing/tier-out-of-range', (rows) => { rows[2]![2] = '1,2 jt'; }, config)).toEqual({
      en: ['1,200,000 followers is a mega KOL, a tier this listing does not take (allowed: nano, micro, macro); replace the KOL, or add "mega" to listing.allowedTiers in kolops.config.json'],
      id: ['1.200.000 followers termasuk KOL mega, tier yang tidak diterima listing ini (diizinkan: nano, micro, macro); ganti KOL ini, atau tambahkan "mega" ke listing.allowedTiers di kolops.config.json'],
    });
  });
  it('is silent for counts inside the allowed tiers', async () => {
    expect(only(await september(), 'listing/tier-out-of-range')).toEqual([]);
  });
});

describe('listing/monthly-target', () => {
  it('fires when a month has fewer distinct accounts than the target', async () => {
    const r = await september((rows) => { rows.splice(15); rows.push([...rows[0]!]); });
    const f = only(r, 'listing/monthly-target');
    expect(f).toMatchObject([{ messageId: 'under', args: { month: '2024-09', listed: 15, target: 20, missing: 5 }, month: '2024-09' }]);
  });
  it('counts per brand when the config says so', async () => {
    const r = await september((rows) => { for (const row of rows.slice(0, 5)) row[7] = 'Herbamojo'; },
      { ...HERBANA_CONFIG, listing: { monthlyTarget: 10, targetPerBrand: true } });
    expect(only(r, 'listing/monthly-target')).toMatchObject([{ messageId: 'under-brand', brand: 'Herbamojo', args: { listed: 5 } }]);
  });
  it('leaves a listing whose month is unknown to table/month-unknown, instead of guessing', async () => {
    const r = await september(() => {}, { brands: HERBANA_CONFIG.brands }, 'Sheet1');
    expect(only(r, 'listing/monthly-target')).toEqual([]);
    expect(only(r, 'table/month-unknown')).toMatchObject([{ row: 1 }]);
  });
  it('takes the month from the post dates when nothing else says it', async () => {
    const r = await september((rows) => { rows[0]![4] = 'Kamis, 5 September'; rows[1]![4] = 'Selasa, 10 September'; }, HERBANA_CONFIG, 'Sheet1');
    expect(only(r, 'listing/monthly-target')).toEqual([]);
    expect(r.files[0]!.tables[0]!.month).toBe('2024-09');
  });
  it('takes --month last', async () => {
    const rows = cleanListingRows(20);
    const r = await checkMemory({ 'l.xlsx': [{ name: 'Sheet1', rows: [LISTING_HEADER, ...rows] }] }, HERBANA_CONFIG, { month: '2024-11' });
    expect(r.files[0]!.tables[0]!.month).toBe('2024-11');
    expect(r.findings).toEqual([]);
  });
  it('takes the month from a title row above the header', async () => {
    const r = await checkMemory({ 'l.xlsx': [{ name: 'Sheet1', rows: [['LIST KOL OKTOBER 2025'], LISTING_HEADER, ...cleanListingRows(20)] }] }, HERBANA_CONFIG);
    expect(r.files[0]!.tables[0]).toMatchObject({ month: '2025-10', headerRow: 2 });
  });
  it('lets a month column win over the sheet name', async () => {
    const header = [...LISTING_HEADER, 'Bulan'];
    const rows = cleanListingRows(20).map((r) => [...r, 'Oktober 2024']);
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }] }, HERBANA_CONFIG);
    expect(r.files[0]!.tables[0]!.month).toBe('2024-10');
    expect(r.findings).toEqual([]);
  });
});

describe('listing/duplicate-kol', () => {
  it('fires on the second row of the same account in a month, naming the first', async () => {
    const r = await september((rows) => { rows.push([21, 'Someone Else', '30K', '', '', '', 'Instagram', 'Herbana', 'instagram.com/KOL3']); });
    expect(only(r, 'listing/duplicate-kol')).toMatchObject([{ row: 22, column: 'I', messageId: 'duplicate', args: { firstRow: 4 },
      message: 'Someone Else is listed twice in September 2024: first at row 4 of this sheet; delete one of the two rows' }]);
  });
  it('names the sheet, and the file, of the first row when they differ', async () => {
    const dupe = [21, 'Someone Else', '30K', '', '', '', 'Instagram', 'Herbana', 'instagram.com/KOL3'];
    const sheets = await checkMemory({ 'l.xlsx': [
      { name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] },
      { name: 'Sept tambahan', rows: [LISTING_HEADER, dupe, [22, 'X', '30K', '', '', '', 'Instagram', 'Herbana', 'instagram.com/x', 'September 2024']] },
    ] }, HERBANA_CONFIG, { month: '2024-09' });
    const other = await checkMemory({
      'a.xlsx': [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] }],
      'b.xlsx': [{ name: 'September 2024', rows: [LISTING_HEADER, dupe] }],
    }, HERBANA_CONFIG);
    expect(only(other, 'listing/duplicate-kol').map((f) => f.message)).toEqual(['Someone Else is listed twice in September 2024: first in a.xlsx, sheet "September 2024", row 4; delete one of the two rows']);
    expect(only(sheets, 'listing/duplicate-kol').map((f) => f.messageId)).toEqual(['duplicate-sheet']);
  });
  it('does not fire for the same account in two different months', async () => {
    const r = await checkMemory({ 'l.xlsx': [
      { name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] },
      { name: 'Oktober 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] },
    ] }, HERBANA_CONFIG);
    expect(only(r, 'listing/duplicate-kol')).toEqual([]);
  });
});

describe('listing/repeat-kol', () => {
  it('notes an account listed in an earlier month, in whatever order the sheets come', async () => {
    const r = await checkMemory({ 'l.xlsx': [
      { name: 'Oktober 2024', rows: [LISTING_HEADER, ...cleanListingRows(20, 'new'), [21, 'Back Again', '20K', '', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/kol1/']] },
      { name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] },
    ] }, HERBANA_CONFIG);
    expect(only(r, 'listing/repeat-kol')).toMatchObject([{ sheet: 'Oktober 2024', row: 22, severity: 'info', messageId: 'repeat-sheet',
      args: { previousMonth: '2024-09', previousRow: 2, sheet: 'September 2024' },
      message: 'Back Again was already listed in September 2024, at row 2 of sheet "September 2024"; check that row\'s PR-pack status before contacting the KOL again' }]);
  });
  it('names the earlier file, sheet and row, or just the row on the same sheet, in both languages', async () => {
    const back = [21, 'Back Again', '20K', '', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/kol1/'];
    const files = { 'sept.xlsx': [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] }],
      'okt.xlsx': [{ name: 'Oktober 2024', rows: [LISTING_HEADER, ...cleanListingRows(20, 'new'), back] }] };
    expect(only(await checkMemory(files, HERBANA_CONFIG), 'listing/repeat-kol').map((f) => f.message)).toEqual([
      'Back Again was already listed in September 2024, in sept.xlsx, sheet "September 2024", row 2; check that row\'s PR-pack status before contacting the KOL again']);
    expect(only(await checkMemory(files, HERBANA_CONFIG, { lang: 'id' }), 'listing/repeat-kol').map((f) => f.message)).toEqual([
      'Back Again sudah pernah di-listing pada September 2024, di sept.xlsx, sheet "September 2024", baris 2; cek status PR pack di baris itu sebelum menghubungi KOL ini lagi']);
    // One sheet with a month column: the earlier row is on this sheet.
    const header = [...LISTING_HEADER, 'Bulan'];
    const oneSheet = { 'l.xlsx': [{ name: 'Listing', rows: [header,
      [1, 'KOL kol 1', '20K', '', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/kol1/', 'September 2024'],
      [2, 'KOL kol 1', '20K', '', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/kol1/', 'Oktober 2024']] }] };
    expect(only(await checkMemory(oneSheet, HERBANA_CONFIG, { lang: 'id' }), 'listing/repeat-kol')).toMatchObject([{ row: 3, messageId: 'repeat',
      message: 'KOL kol 1 sudah pernah di-listing pada September 2024, di baris 2 sheet ini; cek status PR pack di baris itu sebelum menghubungi KOL ini lagi' }]);
  });
  it('is silent when every account is new', async () => {
    const r = await checkMemory({ 'l.xlsx': [
      { name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] },
      { name: 'Oktober 2024', rows: [LISTING_HEADER, ...cleanListingRows(20, 'new')] },
    ] }, HERBANA_CONFIG);
    expect(only(r, 'listing/repeat-kol')).toEqual([]);
  });
});

describe('listing/invalid-link', () => {
  it('fires on text that is not a link, saying what to paste, in both languages', async () => {
    const r = await september((rows) => { rows[1]![8] = 'lihat di IG ya'; });
    expect(only(r, 'listing/invalid-link')).toMatchObject([{ cell: 'I3', messageId: 'not-a-url' }]);
    expect(await messages('listing/invalid-link', (rows) => { rows[1]![8] = 'lihat di IG ya'; })).toEqual({
      en: ['link "lihat di IG ya" is not a URL or @handle; paste the KOL\'s profile link (https://www.instagram.com/name/) or write the @handle'],
      id: ['link "lihat di IG ya" bukan URL atau @handle; tempel link profil KOL (https://www.instagram.com/nama/) atau tulis @handle-nya'],
    });
  });
  it('fires on a TikTok link in an Instagram row, naming the row\'s platform, in both languages', async () => {
    const r = await september((rows) => { rows[1]![8] = 'https://www.tiktok.com/@kol2'; });
    expect(only(r, 'listing/invalid-link')).toMatchObject([{ cell: 'I3', messageId: 'platform-mismatch', args: { linkPlatform: 'TikTok', platform: 'Instagram' } }]);
    expect(await messages('listing/invalid-link', (rows) => { rows[1]![8] = 'https://www.tiktok.com/@kol2'; })).toEqual({
      en: ['link points to TikTok, but the row\'s platform is "Instagram"; paste the KOL\'s Instagram profile link, or correct the platform'],
      id: ['link mengarah ke TikTok, padahal platform di baris ini "Instagram"; tempel link profil Instagram milik KOL ini, atau perbaiki platformnya'],
    });
  });
  it('accepts a hyperlink cell whose text is a name and whose target is the profile', async () => {
    const r = await september((rows) => { rows[1]![8] = { type: 'hyperlink', text: 'KOL 2', url: 'https://www.instagram.com/kol2/' }; });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/unknown-brand', () => {
  it('fires with a did-you-mean, naming the config key to extend, in both languages', async () => {
    const r = await september((rows) => { rows[0]![7] = 'Herbanna'; });
    expect(only(r, 'listing/unknown-brand')).toMatchObject([{ messageId: 'did-you-mean', args: { suggestion: 'Herbana' } }]);
    expect(await messages('listing/unknown-brand', (rows) => { rows[0]![7] = 'Herbanna'; })).toEqual({
      en: ['brand "Herbanna" is not one of the brands in kolops.config.json; did you mean "Herbana"? Correct the cell, or, if the team writes Herbana this way too, add "Herbanna" to its "aliases" under "brands"'],
      id: ['merek "Herbanna" tidak termasuk merek di kolops.config.json; mungkin maksudnya "Herbana"? Perbaiki isi sel ini, atau, jika tim juga memakai ejaan ini untuk Herbana, tambahkan "Herbanna" ke "aliases" merek itu di "brands"'],
    });
  });
  it('fires without a suggestion, naming the configured brands and the line to add, in both languages', async () => {
    expect(await messages('listing/unknown-brand', (rows) => { rows[0]![7] = 'Zzzz'; })).toEqual({
      en: ['brand "Zzzz" is not one of the brands in kolops.config.json (Herbana and Herbamojo); correct the cell, or add the brand under "brands": {"name": "Zzzz"}'],
      id: ['merek "Zzzz" tidak termasuk merek di kolops.config.json (Herbana dan Herbamojo); perbaiki isi sel ini, atau tambahkan mereknya di "brands": {"name": "Zzzz"}'],
    });
  });
  it('accepts aliases in any case', async () => {
    const r = await september((rows) => { rows[0]![7] = 'herbana'; rows[1]![7] = 'HERBANA '; });
    expect(r.findings).toEqual([]);
  });
  it('stays silent when the config names no brands', async () => {
    const r = await september((rows) => { rows[0]![7] = 'Whatever'; }, { year: 2024 });
    expect(only(r, 'listing/unknown-brand')).toEqual([]);
  });
});

describe('listing/unknown-platform', () => {
  it('fires on an unknown platform, listing the ones kolops knows, in both languages', async () => {
    const r = await september((rows) => { rows[0]![6] = 'Friendster'; });
    expect(only(r, 'listing/unknown-platform')).toMatchObject([{ cell: 'G2' }]);
    expect(await messages('listing/unknown-platform', (rows) => { rows[0]![6] = 'Friendster'; })).toEqual({
      en: ['platform "Friendster" is not recognised; write one of Instagram, TikTok, YouTube, Twitter, Facebook, Shopee, Tokopedia, or Lazada'],
      id: ['platform "Friendster" tidak dikenali; tulis salah satu dari Instagram, TikTok, YouTube, Twitter, Facebook, Shopee, Tokopedia, atau Lazada'],
    });
  });
  it('accepts IG and TikTok spellings', async () => {
    const r = await september((rows) => { rows[0]![6] = 'IG'; rows[1]![6] = 'tiktok'; rows[1]![8] = 'https://www.tiktok.com/@kol2'; });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/unknown-status', () => {
  it('fires on a phrase outside the vocabulary, naming the config key to extend, in both languages', async () => {
    const r = await september((rows) => { rows[0]![5] = 'BELUM DIBALAS'; });
    expect(only(r, 'listing/unknown-status')).toMatchObject([{ cell: 'F2', messageId: 'unknown' }]);
    expect(await messages('listing/unknown-status', (rows) => { rows[0]![5] = 'BELUM DIBALAS'; })).toEqual({
      en: ['PR-pack status "BELUM DIBALAS" is not in the status vocabulary, so this KOL is not counted as agreed, declined or unreachable; write a known phrase (YES (DONE), TIDAK BISA BARTER, TIDAK BISA DI CONTACT; blank while there is no answer yet), or add it to kolops.config.json under the status it means, e.g. "statuses": {"pending": ["BELUM DIBALAS"]}'],
      id: ['status PR pack "BELUM DIBALAS" tidak ada di daftar status, jadi KOL ini tidak terhitung bersedia, menolak, atau tidak bisa dihubungi; tulis frasa yang dikenal (YES (DONE), TIDAK BISA BARTER, TIDAK BISA DI CONTACT; kosongkan selama belum ada jawaban), atau tambahkan ke kolops.config.json di status yang dimaksud, mis. "statuses": {"pending": ["BELUM DIBALAS"]}'],
    });
  });
  it('fires on a typo with a did-you-mean and the config line for it, in both languages', async () => {
    expect(await messages('listing/unknown-status', (rows) => { rows[0]![5] = 'TIDAK BISA BARTR'; })).toEqual({
      en: ['PR-pack status "TIDAK BISA BARTR" is not in the status vocabulary; did you mean "TIDAK BISA BARTER"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "statuses": {"declined": ["TIDAK BISA BARTR"]}'],
      id: ['status PR pack "TIDAK BISA BARTR" tidak ada di daftar status; mungkin maksudnya "TIDAK BISA BARTER"? Perbaiki isi sel ini, atau, jika tim memang menulisnya begitu, tambahkan ke kolops.config.json: "statuses": {"declined": ["TIDAK BISA BARTR"]}'],
    });
  });
  it('accepts configured phrases', async () => {
    const r = await september((rows) => { rows[0]![5] = 'BELUM DIBALAS'; }, { ...HERBANA_CONFIG, statuses: { pending: ['BELUM DIBALAS'] } });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/agreed-missing-address', () => {
  it('fires when YES (DONE) has no address, in both languages', async () => {
    const r = await september((rows) => { rows[0]![5] = 'YES (DONE)'; });
    expect(only(r, 'listing/agreed-missing-address')).toMatchObject([{ cell: 'D2', severity: 'error', kol: 'KOL kol 1', messageId: 'missing' }]);
    expect(await messages('listing/agreed-missing-address', (rows) => { rows[0]![5] = 'YES (DONE)'; })).toEqual({
      en: ['KOL kol 1 agreed to receive a PR pack ("YES (DONE)") but has no shipping address; fill in the address (ask the KOL or their manager) so the PR pack can be sent'],
      id: ['KOL kol 1 bersedia menerima PR pack ("YES (DONE)"), tetapi alamat pengiriman kosong; isi alamatnya (tanyakan ke KOL atau manajernya) agar PR pack bisa dikirim'],
    });
  });
  it('says so at the status cell when the listing has no address column, in both languages', async () => {
    const header = LISTING_HEADER.filter((h) => h !== 'Address');
    const rows = cleanListingRows(20).map((row) => row.filter((_, i) => i !== 3));
    rows[0]![4] = 'YES (DONE)';
    const sheet = { 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }] };
    expect(only(await checkMemory(sheet, HERBANA_CONFIG), 'listing/agreed-missing-address')).toMatchObject([{ cell: 'E2', messageId: 'no-address-column',
      message: 'KOL kol 1 agreed to receive a PR pack ("YES (DONE)"), but the listing has no address column to ship it to; add an Address column and fill in the KOL\'s address' }]);
    expect(only(await checkMemory(sheet, HERBANA_CONFIG, { lang: 'id' }), 'listing/agreed-missing-address')).toMatchObject([
      { message: 'KOL kol 1 bersedia menerima PR pack ("YES (DONE)"), tetapi listing ini tidak punya kolom alamat untuk pengirimannya; tambahkan kolom Alamat lalu isi alamat KOL ini' }]);
  });
  it('is silent when the address is there, and for refusals', async () => {
    const r = await september((rows) => { rows[0]![5] = 'YES (DONE)'; rows[0]![3] = 'Jl. Melati 7, Depok'; rows[0]![4] = 'Kamis, 5 September'; rows[1]![5] = 'TIDAK BISA BARTER'; });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/blank-row', () => {
  it('fires on a row holding only its number inside the table, not on trailing blanks', async () => {
    const r = await september((rows) => { rows.splice(5, 0, [6, '', '', '', '', '', '', '', '']); rows.push([22, '', '', '', '', '', '', '', ''], []); });
    expect(only(r, 'listing/blank-row')).toMatchObject([{ row: 7, severity: 'info' }]);
    expect(await messages('listing/blank-row', (rows) => { rows.splice(5, 0, [6, '', '', '', '', '', '', '', '']); })).toEqual({
      en: ['blank row inside the table; if a KOL was deleted here by mistake, restore it, otherwise delete the row'],
      id: ['baris kosong di dalam tabel; jika ada KOL yang terhapus tanpa sengaja di sini, kembalikan datanya, jika tidak, hapus baris ini'],
    });
  });
  it('is silent for a table without blank rows', async () => {
    expect(only(await september(), 'listing/blank-row')).toEqual([]);
  });
});
