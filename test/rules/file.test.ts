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
    expect(r.findings).toEqual([]);
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
