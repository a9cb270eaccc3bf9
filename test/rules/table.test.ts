import { describe, expect, it } from 'vitest';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER, type CellInput } from '../helpers/memory.js';

const mine = (r: Awaited<ReturnType<typeof checkMemory>>, rule: string) => r.findings.filter((f) => f.rule === rule);
const listing = (header: CellInput[] = LISTING_HEADER, rows = cleanListingRows(20)) => [header, ...rows];

describe('table/unmapped-column', () => {
  it('fires for a header that matched nothing, suggesting the column and the config line', async () => {
    const header = [...LISTING_HEADER.slice(0, 5), 'Status Endorse', ...LISTING_HEADER.slice(6)];
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: listing(header) }] }, HERBANA_CONFIG);
    expect(mine(r, 'table/unmapped-column')).toMatchObject([{ severity: 'info', row: 1, column: 'F', cell: 'F1',
      message: 'header "Status Endorse" matched no column, so kolops does not read it; if it is the PR-pack status, add to kolops.config.json: "columns": {"kol-listing": {"Status Endorse": "prStatus"}}' }]);
  });
  it('names a column of another kind, and one it cannot place, in Indonesian too', async () => {
    const header = ['No', 'Nama Akun', 'Link', 'Status', 'Followers', 'Zodiak'];
    const rows: CellInput[][] = [header, [1, 'akun1', 'https://shopee.co.id/akun1', 'DONE', '10K', 'Leo']];
    const r = await checkMemory({ 'a.xlsx': [{ name: 'Agustus 2024', rows }] }, HERBANA_CONFIG, { lang: 'id' });
    expect(mine(r, 'table/unmapped-column').map((f) => f.message)).toEqual([
      'header "Followers" mirip followers, yang tidak ada di daftar deal affiliate, jadi kolops tidak membacanya',
      'header "Zodiak" tidak cocok dengan kolom mana pun, jadi kolops tidak membacanya',
    ]);
  });
  it('names a calendar\'s status column as a post\'s status, not a deal\'s', async () => {
    const rows: CellInput[][] = [['Tanggal', 'Jam', 'Platform', 'Jenis Konten', 'Caption', 'Statusnya'],
      ['Kamis, 10 Oktober 2024', '19.00', 'Instagram', 'Feed', 'Halo @herbana.id', 'Draft']];
    for (const [lang, want] of [['en', 'if it is the status, add'], ['id', 'status']] as const) {
      const r = await checkMemory({ 'c.xlsx': [{ name: 'Oktober 2024', rows }] }, HERBANA_CONFIG, { lang });
      const [f] = mine(r, 'table/unmapped-column');
      expect(f!.message).toContain(want);
      expect(f!.message).not.toMatch(/deal/);
    }
  });
  it('is quiet when every header is read, and for the config\'s own words', async () => {
    expect(mine(await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: listing() }] }, HERBANA_CONFIG), 'table/unmapped-column')).toEqual([]);
    const header = [...LISTING_HEADER.slice(0, 5), 'Status Endorse', ...LISTING_HEADER.slice(6)];
    const config = { ...HERBANA_CONFIG, columns: { 'kol-listing': { 'status endorse': 'prStatus' as const } } };
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: listing(header) }] }, config);
    expect(mine(r, 'table/unmapped-column')).toEqual([]);
    expect(r.files[0]!.tables).toHaveLength(1);
  });
});

describe('table/missing-column', () => {
  it('fires for a listing without a PR-pack status, and without post dates or a recap', async () => {
    const header = LISTING_HEADER.filter((h) => h !== 'Willing to receive PR Pack' && h !== 'Post Date');
    const rows = cleanListingRows(20).map((row) => row.filter((_, i) => i !== 4 && i !== 5));
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }] }, HERBANA_CONFIG);
    expect(mine(r, 'table/missing-column').map((f) => [f.messageId, f.severity, f.row])).toEqual([
      ['listing-status', 'warning', 1], ['listing-post-date', 'warning', 1],
    ]);
    expect(mine(r, 'table/missing-column')[0]!.message).toMatch(/^no PR-pack status column: no KOL counts as agreed/);
  });
  it('fires for a recap without a posting date, and a deal list without a status', async () => {
    const recap: CellInput[][] = [['KOL', 'Brand', 'Post Link', 'Caption'], ['Sinta', 'Herbana', 'https://www.instagram.com/p/x/', '#iklan @herbana']];
    const deals: CellInput[][] = [['No', 'Nama Akun', 'Link', 'Video'], [1, 'akun1', 'https://shopee.co.id/akun1', 3]];
    const r = await checkMemory({ 'r.xlsx': [{ name: 'September 2024', rows: recap }, { name: 'Deals September 2024', rows: deals }] }, HERBANA_CONFIG);
    expect(mine(r, 'table/missing-column').map((f) => [f.sheet, f.messageId])).toEqual([['Deals September 2024', 'deal-status'], ['September 2024', 'recap-date']]);
    expect(mine(r, 'table/missing-column')[0]!.message).toBe('no deal status column: no deal counts as done, so the funnel\'s done figure and the deliverables check leave this table out. Name the column (e.g. "Status") or map it in config "columns"');
    const id = await checkMemory({ 'r.xlsx': [{ name: 'Deals September 2024', rows: deals }] }, HERBANA_CONFIG, { lang: 'id' });
    expect(mine(id, 'table/missing-column')[0]!.message).toBe('tidak ada kolom status deal: tidak ada deal yang terhitung selesai, jadi angka selesai di funnel dan cek deliverable tidak memakai tabel ini. Beri nama kolomnya (mis. "Status") atau petakan di config "columns"');
  });
  it('is quiet for a full listing, and for a listing without post dates whose recap is there', async () => {
    expect(mine(await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: listing() }] }, HERBANA_CONFIG), 'table/missing-column')).toEqual([]);
    const header = LISTING_HEADER.filter((h) => h !== 'Post Date');
    const rows = cleanListingRows(20).map((row) => row.filter((_, i) => i !== 4));
    const recap: CellInput[][] = [['KOL', 'Brand', 'Post Date', 'Post Link', 'Caption'], ['KOL kol 1', 'Herbana', '2024-09-05', 'https://www.instagram.com/p/x/', '#iklan @herbana']];
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: [header, ...rows] }], 'r.xlsx': [{ name: 'September 2024', rows: recap }] }, HERBANA_CONFIG);
    expect(mine(r, 'table/missing-column')).toEqual([]);
  });
});

describe('table/month-unknown', () => {
  it('fires when nothing dates a table, and leaves its rows out of the month', async () => {
    const r = await checkMemory({ 'list.xlsx': [{ name: 'Sheet1', rows: listing() }] }, HERBANA_CONFIG);
    expect(mine(r, 'table/month-unknown')).toMatchObject([{ severity: 'warning', sheet: 'Sheet1', row: 1, month: null,
      message: expect.stringMatching(/^no month found for this table .*the sheet name "Sheet1".*: its 20 rows are left out of per-month figures/) }]);
    expect(r.files[0]!.tables[0]!.month).toBeNull();
    expect(mine(r, 'listing/monthly-target')).toEqual([]); // not counted into some month
  });
  it('is quiet when the sheet, --month, or the post dates name the month, and for a recap dated by its posts', async () => {
    expect(mine(await checkMemory({ 'list.xlsx': [{ name: 'Okt 24', rows: listing() }] }, HERBANA_CONFIG), 'table/month-unknown')).toEqual([]);
    expect(mine(await checkMemory({ 'list.xlsx': [{ name: 'Sheet1', rows: listing() }] }, HERBANA_CONFIG, { month: '2024-09' }), 'table/month-unknown')).toEqual([]);
    const recap: CellInput[][] = [['KOL', 'Brand', 'Post Date', 'Post Link', 'Caption'], ['Sinta', 'Herbana', '2024-09-05', 'x', '#iklan'], ['Budi', 'Herbana', '2024-10-02', 'y', '#iklan']];
    expect(mine(await checkMemory({ 'r.xlsx': [{ name: 'Recap', rows: recap }] }, HERBANA_CONFIG), 'table/month-unknown')).toEqual([]);
  });
});
