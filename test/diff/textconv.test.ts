import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellLine, valueText } from '../../src/diff/cells.js';
import { sheetRef, textconv } from '../../src/diff/textconv.js';
import { makeTempDir, oleBytes, writeCsv, writeRaw, writeXlsx } from '../helpers/fixtures.js';

let dir: string;
let book: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-textconv-');
  book = await writeXlsx(dir, 'kinds.xlsx', [
    {
      name: 'List',
      rows: [
        ['No', 'KOL', 'Followers', 'Post Date', 'Link', 'Notes', 'Total', 'OK', 'Bad', 'Rich', 'Pending'],
        [1, 'Nata Shina', '354K', new Date(Date.UTC(2024, 8, 14)), { text: '@natashina', hyperlink: 'https://www.instagram.com/natashina/' },
          'line one\nline two\tend', { formula: 'A2*2', result: 2 }, true, { error: '#N/A' },
          { richText: [{ text: 'bo' }, { font: { bold: true }, text: 'ld' }] }, { formula: 'SUM(A1:A2)' }],
        [],
        [undefined, '   ', 2.5, undefined, { text: 'https://x.id/a', hyperlink: 'https://x.id/a' }],
      ],
    },
    { name: 'Okt 2024', rows: [['a']], state: 'hidden' },
    { name: "KOL's", rows: [['b']], state: 'veryHidden' },
    { name: 'Empty', rows: [] },
  ]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('kolops textconv', () => {
  it('prints every non-empty cell as Sheet!A1<TAB>value, sheets in workbook order with headings', async () => {
    expect(await textconv(book)).toBe([
      '## List',
      'List!A1\tNo', 'List!B1\tKOL', 'List!C1\tFollowers', 'List!D1\tPost Date', 'List!E1\tLink', 'List!F1\tNotes',
      'List!G1\tTotal', 'List!H1\tOK', 'List!I1\tBad', 'List!J1\tRich', 'List!K1\tPending',
      'List!A2\t1',
      'List!B2\tNata Shina',
      'List!C2\t354K',
      'List!D2\t2024-09-14',
      'List!E2\t@natashina <https://www.instagram.com/natashina/>',
      'List!F2\tline one\\nline two\\tend',
      'List!G2\t=A2*2 → 2',
      'List!H2\tTRUE',
      'List!I2\t#N/A',
      'List!J2\tbold',
      'List!K2\t=SUM(A1:A2) → ?',
      'List!C4\t2.5',
      'List!E4\t<https://x.id/a>',
      '## Okt 2024 (hidden)',
      "'Okt 2024'!A1\ta",
      "## KOL's (very hidden)",
      "'KOL''s'!A1\tb",
      '## Empty',
      '',
    ].join('\n'));
  });

  it('is deterministic: two runs give the same bytes', async () => {
    expect(await textconv(book)).toBe(await textconv(book));
  });

  it('reads CSV as one sheet named after the file', async () => {
    const csv = await writeCsv(dir, 'deals.csv', [['Akun', 'Komisi'], ['@herbana99', '10%']]);
    expect(await textconv(csv)).toBe('## deals\ndeals!A1\tAkun\ndeals!B1\tKomisi\ndeals!A2\t@herbana99\ndeals!B2\t10%\n');
  });

  it('prints one "# unreadable" line for files it cannot read, never throws', async () => {
    const ole = await writeRaw(dir, 'locked.xlsx', oleBytes());
    const broken = await writeRaw(dir, 'broken.xlsx', Buffer.from('PK\u0003\u0004garbage'));
    const out1 = await textconv(ole);
    const out2 = await textconv(broken);
    const out3 = await textconv(`${dir}/missing.xlsx`);
    for (const out of [out1, out2, out3]) expect(out).toMatch(/^# unreadable: [^\n]+\n$/);
    // The reason as `kolops check` words it (file/unreadable), not the reader's internal code.
    expect(out1).toContain('legacy .xls or a password-protected workbook');
  });

  it('reads an xlsx git handed over without an extension', async () => {
    const { readFile } = await import('node:fs/promises');
    const bare = await writeRaw(dir, 'blob', await readFile(book));
    expect(await textconv(bare)).toBe(await textconv(book));
  });
});

describe('cell text', () => {
  it('quotes sheet names that are not plain words, as a cell reference does', () => {
    expect(sheetRef('September')).toBe('September');
    expect(sheetRef('Okt 2024')).toBe("'Okt 2024'");
    expect(sheetRef("KOL's")).toBe("'KOL''s'");
  });

  it('shows each value kind', () => {
    expect(valueText({ type: 'number', value: 85300 })).toBe('85300');
    expect(valueText({ type: 'boolean', value: false })).toBe('FALSE');
    expect(valueText({ type: 'string', text: 'a\r\nb' })).toBe('a\\nb');
    expect(cellLine({ type: 'date', iso: '2024-10-01' }, 'TODAY()')).toBe('=TODAY() → 2024-10-01');
    expect(cellLine({ type: 'no-result', formula: 'B2+1' }, undefined)).toBe('=B2+1 → ?');
  });
});
