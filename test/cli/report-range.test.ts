/**
 * `kolops report range` end to end, as a user types it, over a copy of examples/: every
 * output (terminal, JSON, Markdown, HTML, xlsx), the usage errors (exit 2, one line, nothing
 * read), Bahasa Indonesia, paths shown relative to the working folder, a workbook with no
 * formula even when the team's own text looks like one, the README's excerpt, and the
 * HTML laid out in headless Chromium at 360 px and on A4 (skipped, saying why, without it).
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, NO_CHROMIUM } from '../helpers/chromium.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeRaw, writeXlsx } from '../helpers/fixtures.js';
import { expectFitsScreen, expectPrintsOnA4 } from '../helpers/html-probe.js';
import { readEntry, readZip } from '../helpers/zip.js';

const root = join(import.meta.dirname, '..', '..');
const readme = await readFile(join(root, 'README.md'), 'utf8');
const RANGE = ['report', 'range', '--from', '2024-08', '--to', '2024-10', 'examples/', '--as-of', '2024-11-01'];

let dir: string;
/** A copy of examples/, so a test that goes wrong can never touch the real ones. */
let work: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-range-cli-');
  work = join(dir, 'work');
  await cp(join(root, 'examples'), join(work, 'examples'), { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inWork = (args: string[], env: NodeJS.ProcessEnv = {}) => kolops(args, { cwd: work, env: { LANG: 'C', ...env } });

interface RangeJson {
  from: string; to: string; asOf: string; months: string[]; target: number;
  brands: { brand: string; months: { month: string; listed: number | null; acceptanceRate: number | null; onTime: number | null }[] }[];
  affiliate: { platform: string; brand: string; months: { month: string; contacted: number | null; dealRows: number | null }[] }[];
  findings: { months: { month: string; errors: number; warnings: number; infos: number }[]; withoutMonth: { errors: number; warnings: number; infos: number } };
}

describe('kolops report range: the outputs', () => {
  it('prints a table per brand and per funnel with a row per month, "no rows" where a month has none', async () => {
    const run = await inWork(RANGE);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^KOL report — August 2024 to October 2024\nAs of 1 November 2024\./);
    expect(run.stdout).toMatch(/│ September 2024 │ +30 ✓ │ +20 │ +16\.7% │ +5 │ +4 │ +3 │ +1 │ +1 │ +60\.0% │/);
    // Herbana has no listing in August: said, and no figure of that row is a 0.
    const august = run.stdout.split('\n').find((l) => l.startsWith('│ August 2024') && l.includes('no rows'))!;
    expect(august).not.toMatch(/\b0\b/);
    // A count the August block states; "not stated" where September's says TBA.
    expect(run.stdout).toMatch(/│ August 2024 +│ +46 │ +10 │ +10 │ +10 │/);
    expect(run.stdout).toContain('not stated');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('--format json: the range JSON on stdout and nothing else, the same as -o range.json', async () => {
    const run = await inWork([...RANGE, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as RangeJson;
    expect(Object.keys(doc)).toEqual(['from', 'to', 'asOf', 'months', 'target', 'brands', 'affiliate', 'findings', 'undated']);
    expect(doc.months).toEqual(['2024-08', '2024-09', '2024-10']);
    const herbana = doc.brands.find((b) => b.brand === 'Herbana')!;
    expect(herbana.months.map((m) => m.listed)).toEqual([null, 30, 1]);
    const file = join(dir, 'same.json');
    expect((await inWork([...RANGE, '-o', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(run.stdout);
  });

  it('says for each month what report monthly says for it', async () => {
    const range = JSON.parse((await inWork([...RANGE, '--format', 'json'])).stdout) as RangeJson;
    for (const [i, month] of range.months.entries()) {
      const monthly = JSON.parse((await inWork(['report', 'monthly', '--month', month, 'examples/', '--as-of', '2024-11-01', '--format', 'json'])).stdout) as {
        brands: { brand: string; listed: number; acceptanceRate: number | null; onTime: number }[];
        findings: { errors: number; warnings: number; infos: number };
      };
      for (const b of range.brands) {
        const same = monthly.brands.find((x) => x.brand === b.brand);
        expect(b.months[i], `${b.brand} ${month}`).toMatchObject(same ? { listed: same.listed, acceptanceRate: same.acceptanceRate, onTime: same.onTime } : { listed: null });
      }
      const f = range.findings.months[i]!;
      const w = range.findings.withoutMonth;
      expect({ errors: f.errors + w.errors, warnings: f.warnings + w.warnings, infos: f.infos + w.infos }).toEqual(monthly.findings);
    }
  });

  it.each(['md', 'html', 'json', 'xlsx'])('-o range.%s writes the file atomically and says so on stderr', async (ext) => {
    const out = join(dir, `out-${ext}`);
    await mkdir(out);
    const run = await inWork([...RANGE, '-o', join(out, `range.${ext}`)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kolops: report for August 2024 to October 2024 written to ${join(out, `range.${ext}`)}\n`);
    expect(await readdir(out)).toEqual([`range.${ext}`]);
    const bytes = await readFile(join(out, `range.${ext}`));
    if (ext === 'xlsx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    else if (ext === 'json') expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ from: '2024-08', to: '2024-10' });
    else if (ext === 'html') expect(bytes.toString('utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    else expect(bytes.toString('utf8')).toMatch(/^# KOL report — August 2024 to October 2024\n/);
    // Nothing of the sender's folders in any format.
    expect(bytes.toString('latin1')).not.toContain(dir);
  });

  it('Markdown: a row per month, "no rows" for a month with none', async () => {
    const file = join(dir, 'range.md');
    expect((await inWork([...RANGE, '-o', file, '--force'])).code).toBe(0);
    const md = await readFile(file, 'utf8');
    expect(md).toContain('| September 2024 | 30 ✓ | 20 | 16.7% | 5 | 4 | 3 | 1 | 1 | 60.0% |');
    expect(md).toContain('| August 2024 | _no rows_ | — | — | — | — | — | — | — | — |');
    expect(md).toContain('| August 2024 | 46 | 10 | 10 | 10 |');
  });

  it('HTML: one page, no script, a trend chart per brand that breaks its line over a month with no rows', async () => {
    const file = join(dir, 'range.html');
    expect((await inWork([...RANGE, '-o', file, '--force'])).code).toBe(0);
    const html = await readFile(file, 'utf8');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('<figcaption id="chart-listed-2-title">Herbana: KOLs listed against the target</figcaption>');
    // August has no rows: a grey band, and the line starts at September (M, never an L down to 0).
    const chart = html.slice(html.indexOf('chart-listed-2-title'), html.indexOf('chart-rates-2-title'));
    expect(chart).toContain('<rect class="gap"');
    expect(chart).toContain('<title>August 2024: no rows</title>');
    expect(chart).toMatch(/<desc id="chart-listed-2-desc">August 2024: no rows; September 2024: KOLs listed 30, Target 20; October 2024: KOLs listed 1, Target 20<\/desc>/);
    expect(html).toContain('<td class="num missing">no rows</td>');
  });

  it('xlsx: number and percent cells, "no rows" and "not stated" as text, printed landscape on A4 one page wide', async () => {
    const file = join(dir, 'range.xlsx');
    expect((await inWork([...RANGE, '-o', file, '--force'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['KOLs per month', 'Affiliates per month', 'Findings per month']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('KOL report — August 2024 to October 2024');
    expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(2024, 10, 1)));
    const head = (ws.getRow(4).values as unknown[]).slice(1);
    expect(head.slice(0, 5)).toEqual(['Brand', 'Month', 'Target status', 'Listed', 'Target']);
    const rows = [];
    for (let r = 5; r <= ws.rowCount; r++) rows.push(ws.getRow(r));
    const sept = rows.find((r) => r.getCell(1).value === 'Herbana' && r.getCell(2).value === 'September 2024')!;
    expect(sept.getCell(3).value).toBe('MET');
    expect(sept.getCell(4).value).toBe(30);
    expect(sept.getCell(6).value).toBeCloseTo(5 / 30);
    expect(sept.getCell(6).numFmt).toBe('0.0%');
    const aug = rows.find((r) => r.getCell(1).value === 'Herbana' && r.getCell(2).value === 'August 2024')!;
    expect(aug.getCell(4).value).toBe('no rows');
    expect(aug.getCell(5).value).toBeNull();
    const funnels = wb.worksheets[1]!;
    const notStated = [];
    funnels.eachRow((row) => row.eachCell((c) => { if (c.value === 'not stated') notStated.push(c.address); }));
    expect(notStated.length).toBeGreaterThan(0);
    for (const w of wb.worksheets) {
      expect(w.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(w.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(w.headerFooter.oddFooter).toContain('&P');
      expect(w.views[0]).toMatchObject({ state: 'frozen' });
    }
    // Widths from the text: the month column fits "September 2024".
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('September 2024'.length);
  });

  it('speaks Bahasa Indonesia with --lang id (and from LANG)', async () => {
    const run = await inWork([...RANGE, '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Laporan KOL — Agustus 2024 sampai Oktober 2024');
    expect(run.stdout).toContain('tidak ada baris');
    expect(run.stdout).toContain('tidak disebutkan');
    expect(run.stdout).toContain('16,7%');
    expect((await inWork(RANGE, { LANG: 'id_ID.UTF-8' })).stdout).toContain('Porsi tepat waktu');
  });

  it('the README shows the Markdown it writes (npm run docs:readme refreshes it)', async () => {
    const file = join(dir, 'readme-range.md');
    expect((await kolops([...RANGE, '-o', file], { cwd: root, env: { LANG: 'C' } })).code).toBe(0);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.indexOf('## Herbana');
    const shown = `$ npx kolops ${RANGE.join(' ')} -o range.md && grep -A 6 '^## Herbana$' range.md`;
    expect(readme).toContain(`<!-- range-example:start -->\n\`\`\`markdown\n${shown}\n${lines.slice(at, at + 7).join('\n')}\n\`\`\`\n<!-- range-example:end -->`);
  });
});

describe('kolops report range: usage errors and paths', () => {
  const oneLine = (s: string) => s.split('\n').filter(Boolean);

  it.each([
    ['--from after --to', ['--from', '2024-10', '--to', '2024-08'], 'kolops: --from 2024-10 comes after --to 2024-08; give the earlier month to --from'],
    ['more than 36 months', ['--from', '2021-08', '--to', '2024-08'], 'kolops: 2021-08 to 2024-08 is 37 months, and a range report covers at most 36; report it in parts'],
  ])('%s: exit 2, one line, nothing on stdout', async (_name, months, said) => {
    const run = await inWork(['report', 'range', 'examples/', ...months]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(oneLine(run.stderr)).toEqual([said]);
  });

  it.each([
    ['a bad --from', ['--from', '2024-13', '--to', '2024-10']],
    ['a --from that is not a month', ['--from', 'Agustus', '--to', '2024-10']],
    ['no --to', ['--from', '2024-08']],
    ['no --from', ['--to', '2024-08']],
  ])('%s: exit 2', async (_name, months) => {
    const run = await inWork(['report', 'range', 'examples/', ...months]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--(from|to)/);
  });

  it('refuses .txt (a range has no chat message) and an unknown extension, writing nothing', async () => {
    for (const name of ['range.txt', 'range.pdf', 'range']) {
      const run = await inWork([...RANGE, '-o', join(dir, name)]);
      expect(run.code, name).toBe(2);
      expect(oneLine(run.stderr), name).toEqual([`kolops: cannot tell the report format from ${join(dir, name)}: use a .xlsx, .md, .html or .json file name, or --format json for stdout (a range report has no chat message)`]);
    }
    expect(await readdir(dir)).not.toContain('range.txt');
  });

  it('refuses --format json with -o range.md, and an existing file without --force', async () => {
    const md = join(dir, 'conflict.md');
    expect((await inWork([...RANGE, '--format', 'json', '-o', md])).code).toBe(2);
    await writeFile(md, 'keep me');
    const run = await inWork([...RANGE, '-o', md]);
    expect(run.code).toBe(2);
    expect(await readFile(md, 'utf8')).toBe('keep me');
  });

  it('names an unreadable file by its path relative to the working folder, and still reports', async () => {
    const ws = join(dir, 'rel');
    await cp(join(root, 'examples'), join(ws, 'examples'), { recursive: true });
    await writeRaw(join(ws, 'examples'), 'rusak.xlsx', 'not a zip at all');
    const run = await kolops(['report', 'range', '--from', '2024-08', '--to', '2024-10', join(ws, 'examples')], { cwd: ws, env: { LANG: 'C' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^kolops: examples\/rusak\.xlsx: /);
    expect(run.stderr).not.toContain(ws);
  });

  it('refuses files under different configs, as report monthly does', async () => {
    const two = join(dir, 'two');
    await cp(join(root, 'examples'), join(two, 'a'), { recursive: true });
    await cp(join(root, 'examples'), join(two, 'b'), { recursive: true });
    const run = await kolops(['report', 'range', '--from', '2024-08', '--to', '2024-10', 'a', 'b'], { cwd: two, env: { LANG: 'C' } });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual([expect.stringContaining('kolops: these files use different configs (a/kolops.config.json, b/kolops.config.json)')]);
  });
});

describe('kolops report range: the team\'s text that looks like a formula', () => {
  it('stays a plain string cell in the workbook: no formula anywhere', async () => {
    const evil = join(dir, 'evil');
    await mkdir(evil);
    const brand = '=HYPERLINK("http://evil","x")';
    await writeFile(join(evil, 'kolops.config.json'), JSON.stringify({ year: 2024, brands: [{ name: brand }] }));
    await writeXlsx(evil, 'listing.xlsx', [{
      name: 'September 2024',
      rows: [
        ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram'],
        [1, '@SUM(A1)', '12K', 'Jl. X 1', '', 'YES (DONE)', 'Instagram', brand, 'https://www.instagram.com/hyper/'],
      ],
    }]);
    const out = join(dir, 'evil.xlsx');
    const run = await kolops(['report', 'range', '--from', '2024-09', '--to', '2024-09', '.', '-o', out], { cwd: evil, env: { LANG: 'C' } });
    expect(run.code, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const formulas: string[] = [];
    const strings: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.Formula || c.formula) formulas.push(`${ws.name}!${c.address}`);
      if (c.value === brand) strings.push(c.type);
    })));
    expect(formulas).toEqual([]);
    expect(strings).toEqual([ExcelJS.ValueType.String]);
    // And in the file itself: no <f> element in any sheet's XML.
    const zip = readZip(await readFile(out));
    const sheets = zip.entries.map((e) => e.name).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(3);
    for (const name of sheets) expect(readEntry(zip, name)!.toString('utf8'), name).not.toMatch(/<f[ >]/);
  });
});

if (!chromium) console.warn(`skipping the layout test of the range HTML report: ${NO_CHROMIUM}`);

describe.skipIf(!chromium)('the range HTML report laid out in headless Chromium', () => {
  const pages: Record<'en' | 'id', string> = { en: '', id: '' };
  beforeAll(async () => {
    for (const lang of ['en', 'id'] as const) {
      const file = join(dir, `layout-${lang}.html`);
      // Five months; July, August and November have no listing rows at all.
      const run = await kolops(['report', 'range', '--from', '2024-07', '--to', '2024-11', 'examples/', '--as-of', '2024-12-01', '--lang', lang, '-o', file], { cwd: root });
      expect(run.code, run.stderr).toBe(0);
      pages[lang] = await readFile(file, 'utf8');
    }
  });

  describe.each(['en', 'id'] as const)('--lang %s', (lang) => {
    it.each([360, 1280])('at %i px: the page is not wider than the window, no text is cut, the charts keep to their viewBox', async (width) => {
      // Only a table may scroll, inside its own box.
      await expectFitsScreen(dir, pages[lang], width, 'div.table-scroll');
    });

    it('printed on A4: nothing scrolls or sticks out, every text at least 9 pt', async () => {
      await expectPrintsOnA4(dir, pages[lang]);
    });
  });
});
