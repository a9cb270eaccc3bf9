/**
 * The reader conformance test (issue 13): every construct the reader was found to get
 * wrong on real files, in a small package made here, read through `kolops textconv` and
 * compared with the cells the file means — and, where LibreOffice reads the file, with
 * LibreOffice's own reading (`soffice --headless --convert-to csv`).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, sofficePath } from '../helpers/fixtures.js';
import { NS_MAIN, NS_REL, sharedStrings, simpleXlsx, worksheet, xlsxPackage } from '../helpers/xlsx-parts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const inl = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

interface Construct {
  name: string;
  what: string;
  bytes: () => Buffer;
  /** textconv's lines after `## S`, exactly. */
  cells: string[];
  /** LibreOffice's CSV of the sheet, when it reads the file; null when it is not the reference (said why). */
  libreoffice: string | null;
}

/** Excel's own dates for serials below 61 (ECMA-376 Part 1 §18.17.4.1, the 1900 leap-year bug); LibreOffice counts them a day apart. */
const EXCEL_ONLY = null;

const CONSTRUCTS: Construct[] = [
  {
    name: 'huge-ref', what: 'a cell reference like ZZZZZZZ1 (was: Node aborted, exit 133)',
    bytes: () => simpleXlsx(`<row r="1">${inl('A1', 'ok')}<c r="ZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row><row r="2">${inl('A2', 'dua')}</row>`),
    cells: ['S!A1\tok', 'S!A2\tdua', '# bad-cell-ref (row 1): ref=ZZZZZZZ1'], libreoffice: 'ok\ndua',
  },
  {
    name: 'prefixed', what: 'worksheet XML with a namespace prefix, as the .NET OpenXML SDK writes (was: every sheet empty)',
    bytes: () => xlsxPackage({
      workbook: `<?xml version="1.0"?><x:workbook xmlns:x="${NS_MAIN}" xmlns:r="${NS_REL}"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      parts: { 'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Halo</x:t></x:is></x:c><x:c r="B1"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>` },
    }),
    cells: ['S!A1\tHalo', 'S!B1\t42'], libreoffice: 'Halo,42',
  },
  {
    name: 'rid-prefix', what: 'r:id written with another prefix (was: "damaged or truncated")',
    bytes: () => xlsxPackage({
      workbook: `<?xml version="1.0"?><workbook xmlns="${NS_MAIN}" xmlns:relationships="${NS_REL}"><sheets><sheet name="S" sheetId="1" relationships:id="rId1"/></sheets></workbook>`,
      parts: { 'xl/worksheets/sheet1.xml': worksheet(`<row r="1">${inl('A1', 'prefix lain')}</row>`) },
    }),
    cells: ['S!A1\tprefix lain'], libreoffice: 'prefix lain',
  },
  {
    name: 'outside-xl', what: 'parts outside xl/, the workbook found through _rels/.rels (was: "not a spreadsheet")',
    bytes: () => xlsxPackage({
      workbookPath: 'wb/book.xml',
      workbookRels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="sheets/s1.xml"/></Relationships>`,
      parts: { 'wb/sheets/s1.xml': worksheet(`<row r="1">${inl('A1', 'di luar xl')}</row>`) },
    }),
    cells: ['S!A1\tdi luar xl'], libreoffice: 'di luar xl',
  },
  {
    name: 'strings-case', what: 'xl/SharedStrings.xml, cased unlike its reference (was: cells silently missing)',
    bytes: () => xlsxPackage({
      workbookRels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      parts: { 'xl/worksheets/sheet1.xml': worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'), 'xl/SharedStrings.xml': sharedStrings(['<t>Nata Shina</t>', '<t>354K</t>']) },
    }),
    cells: ['S!A1\tNata Shina', 'S!B1\t354K'], libreoffice: 'Nata Shina,354K',
  },
  {
    name: 'iso-dates', what: 't="d" cells, ISO 8601 date text (was: 2021-01-01 read as 1905-07-13)',
    bytes: () => simpleXlsx('<row r="1"><c r="A1" t="d"><v>2021-01-01</v></c><c r="B1" t="d"><v>2021-01-01T09:30:00</v></c></row>'),
    // LibreOffice writes them as serials: 44197 is 2021-01-01, .3958 is 09:30.
    cells: ['S!A1\t2021-01-01', 'S!B1\t2021-01-01 09:30'], libreoffice: '44197,44197.3958333333',
  },
  {
    name: 'cdata', what: 'an inline string inside CDATA (was: dropped)',
    bytes: () => simpleXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Halo & <dunia>]]></t></is></c></row>'),
    cells: ['S!A1\tHalo & <dunia>'], libreoffice: 'Halo & <dunia>',
  },
  {
    name: 'rich-before-runs', what: 'rich text with plain text before the runs, and a phonetic guide (was: the plain text lost)',
    bytes: () => simpleXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: ['<t>Kamis, </t><r><rPr><b/></rPr><t>5 September</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>'] }),
    cells: ['S!A1\tKamis, 5 September'], libreoffice: '"Kamis, 5 September"',
  },
  {
    name: 'escapes', what: '_x000D_ and _x005F_ escapes (was: kept literally)',
    bytes: () => simpleXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', { strings: ['<t>baris satu_x000D_\nbaris dua</t>', '<t>tetap _x005F_x000D_ apa adanya</t>'] }),
    cells: ['S!A1\tbaris satu\\nbaris dua', 'S!B1\ttetap _x000D_ apa adanya'], libreoffice: '"baris satu\nbaris dua",tetap _x000D_ apa adanya',
  },
  {
    name: 'datetimes', what: 'date-times, times of day, [h]:mm:ss durations (was: time dropped, a time shown as 1899-12-30, durations as dates)',
    bytes: () => simpleXlsx('<row r="1"><c r="A1" s="1"><v>44035.375</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>1.5</v></c><c r="D1" s="4"><v>44035</v></c></row>', { formats: ['yyyy-mm-dd hh:mm', 'h:mm', '[h]:mm:ss', 'yyyy-mm-dd'] }),
    cells: ['S!A1\t2020-07-23 09:00', 'S!B1\t12:00', 'S!C1\t36:00:00', 'S!D1\t2020-07-23'], libreoffice: '2020-07-23 09:00:00,12:00:00 PM,36:00:00,2020-07-23',
  },
  {
    name: 'early-serials', what: 'serials below 61 in the 1900 system (was: one day early)',
    bytes: () => simpleXlsx('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c><c r="C1" s="1"><v>60</v></c><c r="D1" s="1"><v>61</v></c></row>', { formats: ['yyyy-mm-dd'] }),
    cells: ['S!A1\t1900-01-01', 'S!B1\t1900-02-28', 'S!C1\t1900-02-29', 'S!D1\t1900-03-01'], libreoffice: EXCEL_ONLY,
  },
  {
    name: 'bad-refs', what: 'a shared-string index out of range, refs like A0 and 1A (was: dropped silently, Sheet1!ZZZZZNaN)',
    bytes: () => simpleXlsx(`<row r="1"><c r="A1" t="s"><v>5</v></c><c r="A0" t="inlineStr"><is><t>a0</t></is></c><c r="1A" t="inlineStr"><is><t>1a</t></is></c>${inl('D1', 'masih dibaca')}</row>`, { strings: ['<t>satu</t>'] }),
    cells: ['S!D1\tmasih dibaca', '# missing-shared-string (row 1): ref=A1 index=5 count=1', '# bad-cell-ref (row 1): ref=A0', '# bad-cell-ref (row 1): ref=1A'], libreoffice: ',,,masih dibaca',
  },
];

let dir: string;
const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice side of the reader conformance test: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');
const loCsv = new Map<string, string>();

beforeAll(async () => {
  dir = await makeTempDir();
  for (const c of CONSTRUCTS) await writeFile(join(dir, `${c.name}.xlsx`), c.bytes());
  if (soffice) {
    // One LibreOffice run converts them all (each start costs seconds).
    const out = join(dir, 'lo');
    await mkdir(out);
    const files = CONSTRUCTS.filter((c) => c.libreoffice !== null).map((c) => join(dir, `${c.name}.xlsx`));
    await promisify(execFile)(soffice, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', out, ...files], { timeout: 180_000 });
    for (const c of CONSTRUCTS) {
      if (c.libreoffice === null) continue;
      loCsv.set(c.name, (await readFile(join(out, `${c.name}.csv`), 'utf8')).replace(/\r?\n$/, ''));
    }
  }
}, 240_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reader conformance: kolops textconv reads each construct as the file means it', () => {
  it.each(CONSTRUCTS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const run = await kolops(['textconv', join(dir, `${c.name}.xlsx`)]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean), c.what).toEqual(['## S', ...c.cells]);
  });

  it.skipIf(!soffice).each(CONSTRUCTS.filter((c) => c.libreoffice !== null).map((c) => [c.name, c] as const))('%s: LibreOffice reads the same', (_name, c) => {
    expect(loCsv.get(c.name), c.what).toBe(c.libreoffice);
  });
});

describe('what the reader cannot read is a finding, and the run goes on', () => {
  it('a cell outside the grid and a missing shared string are file/malformed-cell warnings; the rest is checked', async () => {
    const run = await kolops(['check', join(dir, 'bad-refs.xlsx'), join(dir, 'huge-ref.xlsx'), '--format', 'json']);
    expect([0, 1]).toContain(run.code);
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; file: string; message: string; severity: string }[] }).findings;
    const malformed = findings.filter((f) => f.rule === 'file/malformed-cell');
    expect(malformed.map((f) => [f.file.replace(/.*\//, ''), f.severity])).toEqual([
      ['bad-refs.xlsx', 'warning'], ['bad-refs.xlsx', 'warning'], ['bad-refs.xlsx', 'warning'], ['huge-ref.xlsx', 'warning'],
    ]);
    expect(malformed.find((f) => f.message.includes('ZZZZZZZ1'))!.message).toMatch(/outside Excel's grid \(A1 to XFD1048576\), so the cell was skipped/);
    expect(malformed.find((f) => f.message.includes('shared string'))!.message).toMatch(/cell A1 points at shared string 5, but the file has 1: the cell is read as empty/);
  });

  it('a well-formed workbook gets no file/malformed-cell', async () => {
    const run = await kolops(['check', join(dir, 'prefixed.xlsx'), join(dir, 'datetimes.xlsx'), '--format', 'json']);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain('file/malformed-cell');
  });

  it('a sheet that unpacks past the limit is refused fast, naming the limit — declared in the directory, or found while inflating', async () => {
    const sheet = worksheet(Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}">${inl(`A${i + 1}`, 'x'.repeat(100))}</row>`).join(''));
    // The directory says 1.5 GB: nothing is inflated at all.
    const liar = join(dir, 'declared-huge.xlsx');
    await writeFile(liar, xlsxPackage({ parts: { 'xl/worksheets/sheet1.xml': sheet }, declaredSizes: { 'xl/worksheets/sheet1.xml': 1_500_000_000 } }));
    const started = Date.now();
    const run = await kolops(['check', liar, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(5000);
    const f = (JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect(f).toMatchObject([{ rule: 'file/unreadable', message: expect.stringMatching(/^cannot read: .*unpacks to 1,500,000,000 bytes, over the limit that protects this machine.*"limits"/) }]);
    expect(run.code).toBe(1);
    // The honest size, over a limit the config sets.
    const honest = join(dir, 'big-sheet.xlsx');
    await writeFile(honest, xlsxPackage({ parts: { 'xl/worksheets/sheet1.xml': sheet } }));
    await writeFile(join(dir, 'limits.json'), JSON.stringify({ limits: { maxSheetBytes: 100_000 } }));
    const limited = JSON.parse((await kolops(['check', honest, '--config', join(dir, 'limits.json'), '--format', 'json'])).stdout) as { findings: { rule: string; message: string }[] };
    expect(limited.findings).toMatchObject([{ rule: 'file/unreadable', message: expect.stringMatching(/over the limit/) }]);
    await writeFile(join(dir, 'cells.json'), JSON.stringify({ limits: { maxCells: 500 } }));
    const cells = JSON.parse((await kolops(['check', honest, '--config', join(dir, 'cells.json'), '--format', 'json'])).stdout) as { findings: { rule: string; message: string }[] };
    expect(cells.findings.find((x) => x.rule === 'file/unreadable')!.message).toMatch(/more than 500 cells \(limits\.maxCells\)/);
  });

  it('damaged deflate data is "damaged", with what to do, not a raw zlib message', async () => {
    const good = simpleXlsx(`<row r="1">${inl('A1', 'halo '.repeat(200))}</row>`);
    const zip = Buffer.from(good);
    const at = zip.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
    zip.fill(0x55, at + 10, at + 40); // inside the sheet's deflate stream
    await writeFile(join(dir, 'damaged.xlsx'), zip);
    const run = await kolops(['check', join(dir, 'damaged.xlsx'), '--format', 'json']);
    const f = (JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect(f).toMatchObject([{ rule: 'file/unreadable', message: expect.stringMatching(/damaged.*Open it in Excel or LibreOffice and save it again, or restore a copy/) }]);
    expect(run.stderr).toBe('');
  });
});

describe('no sheet XML makes a command crash (fast-check)', () => {
  const cellArb = fc.oneof(
    fc.record({ ref: fc.oneof(fc.constantFrom('A1', 'B2', 'ZZZZZZZ1', 'A0', '1A', 'XFD1048576', 'XFE1', '', 'a1', 'AAAAAAAAAAAAAAAAAAAA9'), fc.string({ maxLength: 12 })),
      t: fc.constantFrom('', ' t="s"', ' t="str"', ' t="b"', ' t="e"', ' t="d"', ' t="inlineStr"', ' t="n"', ' t="x"'),
      s: fc.constantFrom('', ' s="0"', ' s="1"', ' s="99"', ' s="-1"', ' s="x"'),
      v: fc.oneof(fc.constantFrom('0', '1', '-1', '1e308', 'NaN', '2021-01-01', '99999999', '', 'abc', '&amp;', '&#xFFFFFF;', '1.5'), fc.string({ maxLength: 8 })) })
      .map(({ ref, t, s, v }) => `<c r="${ref.replace(/["<&]/g, '')}"${t}${s}><v>${v.replace(/[<]/g, '')}</v></c>`),
    fc.constantFrom('<c r="A1"><f>SUM(A1:A2)</f></c>', '<c r="B1"><f t="shared" si="0" ref="B1:B9">A1*2</f><v>2</v></c>', '<c r="B2"><f t="shared" si="0"/><v>4</v></c>',
      '<c r="C1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c>', '<c/>', '<c r="D1" t="inlineStr"><is><r><t>a</t></r><rPh><t>b</t></rPh></is></c>'),
    fc.string({ maxLength: 20 }),
  );
  const rowArb = fc.tuple(fc.oneof(fc.constantFrom('', ' r="1"', ' r="0"', ' r="2000000"', ' r="x"', ' r="3"'), fc.nat(50).map((n) => ` r="${n}"`)), fc.array(cellArb, { maxLength: 6 }))
    .map(([r, cells]) => `<row${r}>${cells.join('')}</row>`);
  const sheetArb = fc.tuple(fc.array(rowArb, { maxLength: 8 }), fc.nat(400), fc.boolean()).map(([rows, cut, truncate]) => {
    const xml = worksheet(rows.join(''));
    return truncate ? xml.slice(0, Math.max(1, xml.length - cut)) : xml;
  });

  it('exit 0, 1 or 2 and no stack trace, for any sheet XML, cut short or not', async () => {
    const d = join(dir, 'fuzz');
    await mkdir(d, { recursive: true });
    let n = 0;
    await fc.assert(fc.asyncProperty(sheetArb, fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), async (sheet, strings) => {
      const path = join(d, `f${n++}.xlsx`);
      await writeFile(path, xlsxPackage({
        parts: { 'xl/worksheets/sheet1.xml': sheet, 'xl/sharedStrings.xml': sharedStrings(strings.map((s) => `<t>${s.replace(/[<&]/g, '')}</t>`)) },
      }));
      for (const args of [['check', path, '--format', 'json'], ['textconv', path], ['describe', path]]) {
        const run = await kolops(args);
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |internal error/);
      }
    }), { numRuns: 150 });
  }, 120_000);

  it('and the same in a real process for the refs that once aborted Node (exit 133)', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'kolops.js');
    const code = await new Promise<number | null>((resolve) => {
      execFile(process.execPath, [bin, 'check', join(dir, 'huge-ref.xlsx'), join(dir, 'prefixed.xlsx'), '--format', 'json'], (err) => resolve(err ? (err as { code?: number }).code ?? null : 0));
    });
    expect([0, 1]).toContain(code);
  });
});
