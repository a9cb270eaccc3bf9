import { describe, expect, it } from 'vitest';
import type { ReadNotice } from '../../src/model/source.js';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER, type MemorySheet } from '../helpers/memory.js';

const listing = () => [LISTING_HEADER, ...cleanListingRows(20)];

describe('file/formula-error', () => {
  it('fires on an error result in a column that is read', async () => {
    const rows = listing();
    rows[3]![2] = { type: 'error', code: '#REF!' };
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(r.findings.filter((f) => f.rule === 'file/formula-error')).toMatchObject([{ cell: 'C4', severity: 'error', args: { code: '#REF!', header: 'Followers', cell: 'C4' },
      message: 'cell C4 (Followers) shows the formula error #REF! instead of a value; fix the formula, or overwrite the cell with the value itself (typed, or pasted with Paste Special → Values)' }]);
    const id = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG, { lang: 'id' });
    expect(id.findings.filter((f) => f.rule === 'file/formula-error')).toMatchObject([
      { message: 'sel C4 (Followers) menampilkan error rumus #REF!, bukan nilai; perbaiki rumusnya, atau timpa sel itu dengan nilainya langsung (diketik, atau ditempel dengan Paste Special → Values)' }]);
  });
  it('warns on a formula with no cached result', async () => {
    const rows = listing();
    rows[3]![2] = { type: 'no-result', formula: 'VLOOKUP(B4,Data!A:B,2,0)' };
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(r.findings.filter((f) => f.rule === 'file/formula-error')).toMatchObject([{ cell: 'C4', severity: 'warning', messageId: 'no-result',
      message: 'the formula in cell C4 (Followers) has no saved result (=VLOOKUP(B4,Data!A:B,2,0)); open and save the file in Excel so its value is stored' }]);
  });
  it('ignores errors in columns nobody reads', async () => {
    const rows = listing().map((r, i) => [...r, i === 0 ? 'Scratch' : { type: 'error' as const, code: '#N/A' }]);
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(r.findings.map((f) => f.rule)).toEqual(['table/unmapped-column']); // said once, at the header: not read
  });
  it('names the KOL and brand of the row, like every row finding', async () => {
    const rows = listing();
    rows[3]![2] = { type: 'error', code: '#VALUE!' };
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(r.findings.filter((f) => f.rule === 'file/formula-error')).toMatchObject([{ kol: 'KOL kol 3', brand: 'Herbana', month: '2024-09' }]);
  });
});

describe('file/unknown-table', () => {
  it('fires on a sheet with data but no recognisable header', async () => {
    const r = await checkMemory({ 'l.xlsx': [{ name: 'Notes', rows: [['Catatan meeting'], ['follow up KOL', 'besok']] }] });
    expect(r.findings).toMatchObject([{ rule: 'file/unknown-table', sheet: 'Notes', severity: 'warning', messageId: 'unknown',
      message: expect.stringMatching(/; if it holds a table to check, give it a header row there \(e\.g\. "No \| KOL \| Followers \| Platform \| Brand \| Link"\), or map its headers in kolops.config.json "columns"$/) }]);
  });
  it('says which column a near-table lacks, and how to add or map it, in both languages', async () => {
    const header = ['No', 'Followers', 'Platform', 'Brand', 'Alamat'];
    const rows = [header, [1, '20K', 'Instagram', 'Herbana', 'Jl. Melati 1']];
    const en = await checkMemory({ 'x.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(en.findings).toMatchObject([{ rule: 'file/unknown-table', messageId: 'no-subject',
      message: 'sheet has data but no table kolops can read: the closest header row has running number (No), followers, platform, brand, and address, but no KOL name, handle / username, or profile link column says whom each row is about. Add one, or map your header to it in kolops.config.json "columns"' }]);
    const id = await checkMemory({ 'x.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG, { lang: 'id' });
    expect(id.findings).toMatchObject([{ message: 'sheet berisi data, tetapi tidak ada tabel yang bisa dibaca kolops: baris header yang paling mendekati berisi nomor urut (No), followers, platform, merek, dan alamat, tetapi tidak ada kolom nama KOL, handle / username, atau link profil yang menyebut siapa yang dimaksud di tiap baris. Tambahkan kolom itu, atau petakan header Anda ke kolom itu di kolops.config.json "columns"' }]);
  });
  it('is silent for an empty sheet and for a sheet with only a header', async () => {
    const r = await checkMemory({ 'l.xlsx': [{ name: 'Empty', rows: [] }, { name: 'September 2024', rows: [LISTING_HEADER] }] }, HERBANA_CONFIG);
    expect(r.findings.filter((f) => f.rule === 'file/unknown-table')).toEqual([]);
  });
});

describe('file/hidden-sheet', () => {
  it('notes a hidden sheet that holds a table, and still checks it', async () => {
    const rows = listing();
    rows[1]![6] = 'Friendster';
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows, state: 'veryHidden' }] }, HERBANA_CONFIG);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['file/hidden-sheet', 'listing/unknown-platform']);
  });
  it('says in words what hidden and very hidden mean, and what to do, in both languages', async () => {
    const sheets = (state: 'hidden' | 'veryHidden') => ({ 'l.xlsx': [{ name: 'September 2024', rows: listing(), state }] });
    const hidden = (await checkMemory(sheets('hidden'), HERBANA_CONFIG)).findings;
    expect(hidden).toMatchObject([{ rule: 'file/hidden-sheet', severity: 'info', sheet: 'September 2024', messageId: 'hidden', args: { state: 'hidden' },
      message: 'this sheet is hidden, but its tables are checked like the others; to see the findings in it, unhide it (right-click a sheet tab → Unhide), or delete it if it is an old copy' }]);
    const veryHidden = (await checkMemory(sheets('veryHidden'), HERBANA_CONFIG)).findings;
    expect(veryHidden).toMatchObject([{ rule: 'file/hidden-sheet', messageId: 'very-hidden', args: { state: 'veryHidden' },
      message: 'this sheet is very hidden: Excel\'s Unhide does not list it, only the VBA editor (Alt+F11) can show it; its tables are checked like the others. To see it, select it in the VBA editor and set Visible to xlSheetVisible, or delete it there if it is an old copy' }]);
    expect((await checkMemory(sheets('hidden'), HERBANA_CONFIG, { lang: 'id' })).findings).toMatchObject([
      { message: 'sheet ini disembunyikan, tetapi tabelnya tetap diperiksa seperti sheet lain; untuk melihat temuannya, tampilkan sheet ini (klik kanan tab sheet → Unhide), atau hapus jika sheet ini salinan lama' }]);
    expect((await checkMemory(sheets('veryHidden'), HERBANA_CONFIG, { lang: 'id' })).findings).toMatchObject([
      { message: 'sheet ini sangat tersembunyi (very hidden): tidak muncul di menu Unhide Excel, hanya bisa ditampilkan dari VBA editor (Alt+F11); tabelnya tetap diperiksa seperti sheet lain. Untuk melihatnya, pilih sheet ini di VBA editor lalu ubah Visible menjadi xlSheetVisible, atau hapus di sana jika sheet ini salinan lama' }]);
  });
  it('says nothing of visible sheets', async () => {
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: listing() }] }, HERBANA_CONFIG);
    expect(r.findings).toEqual([]);
  });
});

describe('file/ragged-row', () => {
  /** A CSV as the reader gives it: its rows, and the ragged-row notices it raised while reading them. */
  async function csv(notices: ReadNotice[], lang: 'en' | 'id' = 'en') {
    const { checkFiles } = await import('../../src/engine/check.js');
    const { configSchema } = await import('../../src/config/schema.js');
    const { memoryWorkbook } = await import('../helpers/memory.js');
    const sheet: MemorySheet = { name: 'September 2024', rows: listing() };
    return checkFiles(['l.csv'], configSchema.parse(HERBANA_CONFIG), { lang }, {
      async openWorkbook(path) {
        const wb = memoryWorkbook(path, [sheet]);
        wb.notices.push(...notices);
        return wb;
      },
    });
  }
  const ragged = (rowNumber: number, found: number): ReadNotice => ({ code: 'ragged-row', sheet: 'September 2024', rowNumber, args: { found, expected: 9 } });

  it('explains a line with more values than the header (an unquoted delimiter), in both languages', async () => {
    const r = await csv([ragged(4, 10)]);
    expect(r.findings).toMatchObject([{ rule: 'file/ragged-row', severity: 'warning', row: 4, messageId: 'too-many',
      message: 'this line of the CSV has 10 values where the header has 9: a cell holding a comma or semicolon (as in "Jl. Melati 7, Depok") without double quotes around it is split in two, and every value after it moves one column to the right. Put that cell in double quotes, or save the file from Excel again as CSV' }]);
    expect((await csv([ragged(4, 10)], 'id')).findings).toMatchObject([
      { message: 'baris CSV ini berisi 10 nilai, sedangkan header berisi 9: sel yang memuat koma atau titik koma (seperti "Jl. Melati 7, Depok") tanpa tanda kutip ganda terbelah menjadi dua, sehingga semua nilai sesudahnya bergeser satu kolom ke kanan. Beri tanda kutip ganda pada sel itu, atau simpan ulang file dari Excel sebagai CSV' }]);
  });
  it('explains a line with fewer values than the header, in both languages', async () => {
    expect((await csv([ragged(6, 7)])).findings).toMatchObject([{ row: 6, messageId: 'too-few',
      message: 'this line of the CSV has 7 values where the header has 9: values are missing, or a line break inside a cell without double quotes around it split the record over two lines. Fill in the missing values, or save the file from Excel again as CSV' }]);
    expect((await csv([ragged(6, 7)], 'id')).findings).toMatchObject([
      { message: 'baris CSV ini berisi 7 nilai, sedangkan header berisi 9: ada nilai yang hilang, atau ganti baris di dalam sel tanpa tanda kutip ganda memecah datanya menjadi dua baris. Lengkapi nilai yang hilang, atau simpan ulang file dari Excel sebagai CSV' }]);
  });
  it('is silent for a file whose lines all fit the header', async () => {
    expect((await csv([])).findings).toEqual([]);
  });
});

describe('file/unreadable (engine level)', () => {
  it('turns a reader crash into a finding for that file and goes on with the others', async () => {
    const r = await checkMemory({ 'a.xlsx': [{ name: 'September 2024', rows: listing() }] }, HERBANA_CONFIG);
    expect(r.summary.files).toBe(1);
    const { checkFiles } = await import('../../src/engine/check.js');
    const { configSchema } = await import('../../src/config/schema.js');
    const { memoryWorkbook } = await import('../helpers/memory.js');
    const result = await checkFiles(['bad.xlsx', 'good.xlsx'], configSchema.parse(HERBANA_CONFIG), { lang: 'id' }, {
      async openWorkbook(path) {
        if (path === 'bad.xlsx') throw new Error('boom\n    at somewhere (stack)');
        return memoryWorkbook(path, [{ name: 'September 2024', rows: listing() }]);
      },
    });
    expect(result.findings).toMatchObject([{ rule: 'file/unreadable', file: 'bad.xlsx', message: 'tidak bisa dibaca: error tak terduga (boom)' }]);
    expect(result.files[1]!.tables).toHaveLength(1);
  });
});

describe('file/kind-not-found', () => {
  const recapOnly = { 'r.xlsx': [{ name: 'September 2024', rows: [['KOL', 'Brand', 'Post Date', 'Post Link', 'Caption'], ['Sinta', 'Herbana', '2024-09-05', 'https://www.instagram.com/p/x/', '#iklan @herbana']] }] };
  it('fires when a kind-only command is given a file without that kind, naming what the file holds', async () => {
    const r = await checkMemory(recapOnly, HERBANA_CONFIG, { kinds: ['kol-listing'], explicit: new Set(['r.xlsx']) });
    expect(r.findings).toMatchObject([{ rule: 'file/kind-not-found', severity: 'warning', file: 'r.xlsx', messageId: 'file-other-kinds',
      message: 'no KOL listing in this file, so nothing in it was checked; it holds 1 posting recap. Check it with kolops check, or name the file that holds the KOL listing.' }]);
    expect(r.summary.files).toBe(1);
  });
  it('says so in Indonesian, and when no table is recognised at all', async () => {
    const r = await checkMemory({ 'n.xlsx': [{ name: 'Catatan', rows: [['halo']] }] }, HERBANA_CONFIG, { kinds: ['affiliate-deals'], explicit: new Set(['n.xlsx']), lang: 'id' });
    expect(r.findings.find((f) => f.rule === 'file/kind-not-found')).toMatchObject({ messageId: 'file-no-tables',
      message: expect.stringMatching(/^tidak ada daftar deal affiliate di file ini, dan tidak ada tabel lain yang dikenali/) });
  });
  it('is silent when the file holds the kind, and for a plain check of any file', async () => {
    const listing = { 'l.xlsx': [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] }] };
    expect((await checkMemory(listing, HERBANA_CONFIG, { kinds: ['kol-listing'], explicit: new Set(['l.xlsx']) })).findings).toEqual([]);
    expect((await checkMemory(recapOnly, HERBANA_CONFIG, { explicit: new Set(['r.xlsx']) })).findings.map((f) => f.rule)).not.toContain('file/kind-not-found');
  });
  it('lists a file found in a folder as not checked, and fires for the folder only when nothing in it holds the kind', async () => {
    const files = { '/f/l.xlsx': [{ name: 'September 2024', rows: [LISTING_HEADER, ...cleanListingRows(20)] }], '/f/r.xlsx': recapOnly['r.xlsx'] };
    const some = await checkMemory(files, HERBANA_CONFIG, { kinds: ['kol-listing'], folders: ['/f'] });
    expect(some.findings).toEqual([]);
    expect(some.notChecked).toEqual([{ path: '/f/r.xlsx', kinds: ['posting-recap'] }]);
    expect(some.summary.files).toBe(1);
    const none = await checkMemory(files, HERBANA_CONFIG, { kinds: ['affiliate-deals'], folders: ['/f'] });
    expect(none.findings).toMatchObject([{ rule: 'file/kind-not-found', file: '/f', messageId: 'folder-other-kinds',
      message: 'no affiliate deal list in this folder, so nothing in it was checked: its 2 workbooks hold 1 KOL listing and 1 posting recap.' }]);
  });
});
