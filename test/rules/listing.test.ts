import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/result.js';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER, type CellInput } from '../helpers/memory.js';

/** A September 2024 listing: the 20 clean rows with `edit` applied to them. */
async function september(edit: (rows: CellInput[][]) => void = () => {}, config = HERBANA_CONFIG, sheet = 'September 2024'): Promise<CheckResult> {
  const rows = cleanListingRows(20);
  edit(rows);
  return checkMemory({ 'list.xlsx': [{ name: sheet, rows: [LISTING_HEADER, ...rows] }] }, config);
}

function only(result: CheckResult, rule: string) {
  return result.findings.filter((f) => f.rule === rule);
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
});

describe('listing/followers-unparseable', () => {
  it('fires on text that is no number', async () => {
    const r = await september((rows) => { rows[0]![2] = 'banyak'; });
    expect(only(r, 'listing/followers-unparseable')).toMatchObject([{ row: 2, cell: 'C2', messageId: 'unparseable' }]);
  });
  it('fires on a typed 8.301 that Excel stored as the number 8.301 (ambiguous)', async () => {
    const r = await september((rows) => { rows[0]![2] = 8.301; });
    expect(only(r, 'listing/followers-unparseable')).toMatchObject([{ messageId: 'ambiguous' }]);
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
  });
  it('fires for a tier the config does not allow', async () => {
    const r = await september((rows) => { rows[2]![2] = '1,2 jt'; }, { ...HERBANA_CONFIG, listing: { allowedTiers: ['nano', 'micro', 'macro'] } });
    expect(only(r, 'listing/tier-out-of-range')).toMatchObject([{ row: 4, messageId: 'not-allowed', args: { tier: 'mega' } }]);
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
      message: 'Someone Else is listed twice in 2024-09: first at row 4 of this sheet; delete one of the two rows' }]);
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
    expect(only(other, 'listing/duplicate-kol').map((f) => f.message)).toEqual(['Someone Else is listed twice in 2024-09: first in a.xlsx, sheet "September 2024", row 4; delete one of the two rows']);
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
    expect(only(r, 'listing/repeat-kol')).toMatchObject([{ sheet: 'Oktober 2024', row: 22, severity: 'info', args: { previousMonth: '2024-09' } }]);
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
  it('fires on text that is not a link', async () => {
    const r = await september((rows) => { rows[1]![8] = 'lihat di IG ya'; });
    expect(only(r, 'listing/invalid-link')).toMatchObject([{ cell: 'I3', messageId: 'not-a-url' }]);
  });
  it('fires on a TikTok link in an Instagram row', async () => {
    const r = await september((rows) => { rows[1]![8] = 'https://www.tiktok.com/@kol2'; });
    expect(only(r, 'listing/invalid-link')).toMatchObject([{ cell: 'I3', messageId: 'platform-mismatch' }]);
  });
  it('accepts a hyperlink cell whose text is a name and whose target is the profile', async () => {
    const r = await september((rows) => { rows[1]![8] = { type: 'hyperlink', text: 'KOL 2', url: 'https://www.instagram.com/kol2/' }; });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/unknown-brand', () => {
  it('fires with a did-you-mean', async () => {
    const r = await september((rows) => { rows[0]![7] = 'Herbanna'; });
    expect(only(r, 'listing/unknown-brand')).toMatchObject([{ messageId: 'did-you-mean', args: { suggestion: 'Herbana' } }]);
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
  it('fires on an unknown platform', async () => {
    const r = await september((rows) => { rows[0]![6] = 'Friendster'; });
    expect(only(r, 'listing/unknown-platform')).toMatchObject([{ cell: 'G2' }]);
  });
  it('accepts IG and TikTok spellings', async () => {
    const r = await september((rows) => { rows[0]![6] = 'IG'; rows[1]![6] = 'tiktok'; rows[1]![8] = 'https://www.tiktok.com/@kol2'; });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/unknown-status', () => {
  it('fires on a phrase outside the vocabulary', async () => {
    const r = await september((rows) => { rows[0]![5] = 'BELUM DIBALAS'; });
    expect(only(r, 'listing/unknown-status')).toMatchObject([{ cell: 'F2' }]);
  });
  it('accepts configured phrases', async () => {
    const r = await september((rows) => { rows[0]![5] = 'BELUM DIBALAS'; }, { ...HERBANA_CONFIG, statuses: { pending: ['BELUM DIBALAS'] } });
    expect(r.findings).toEqual([]);
  });
});

describe('listing/agreed-missing-address', () => {
  it('fires when YES (DONE) has no address', async () => {
    const r = await september((rows) => { rows[0]![5] = 'YES (DONE)'; });
    expect(only(r, 'listing/agreed-missing-address')).toMatchObject([{ cell: 'D2', severity: 'error', kol: 'KOL kol 1' }]);
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
  });
});
