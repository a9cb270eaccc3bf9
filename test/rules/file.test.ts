import { describe, expect, it } from 'vitest';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER } from '../helpers/memory.js';

const listing = () => [LISTING_HEADER, ...cleanListingRows(20)];

describe('file/formula-error', () => {
  it('fires on an error result in a column that is read', async () => {
    const rows = listing();
    rows[3]![2] = { type: 'error', code: '#REF!' };
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(r.findings.filter((f) => f.rule === 'file/formula-error')).toMatchObject([{ cell: 'C4', severity: 'error', args: { code: '#REF!', header: 'Followers' } }]);
  });
  it('warns on a formula with no cached result', async () => {
    const rows = listing();
    rows[3]![2] = { type: 'no-result', formula: 'VLOOKUP(B4,Data!A:B,2,0)' };
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows }] }, HERBANA_CONFIG);
    expect(r.findings.filter((f) => f.rule === 'file/formula-error')).toMatchObject([{ cell: 'C4', severity: 'warning', messageId: 'no-result' }]);
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
    expect(r.findings).toMatchObject([{ rule: 'file/unknown-table', sheet: 'Notes', severity: 'warning' }]);
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
  it('says nothing of visible sheets', async () => {
    const r = await checkMemory({ 'l.xlsx': [{ name: 'September 2024', rows: listing() }] }, HERBANA_CONFIG);
    expect(r.findings).toEqual([]);
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
    expect(result.findings).toMatchObject([{ rule: 'file/unreadable', file: 'bad.xlsx', message: 'tidak bisa dibaca: boom' }]);
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
