import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath } from '../helpers/fixtures.js';

const now = new Date();
const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;

interface CheckJson {
  files: { path: string; tables: { sheet: string; kind: string; rows: number; month: string | null }[] }[];
  findings: { rule: string; severity: string }[];
  summary: { errors: number; warnings: number; infos: number };
}

async function readSheet(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = (await readFile(join(dir, f))).toString('base64');
  return out;
}

let dir: string;
beforeEach(async () => { dir = await makeTempDir('kolops-init-'); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('kolops init', () => {
  it('writes examples of the team\'s own words, and kolops reads a listing by them', async () => {
    expect((await kolops(['init', dir, '--lang', 'en', '--month', '2024-09'])).code).toBe(0);
    const config = JSON.parse(await readFile(join(dir, 'kolops.config.json'), 'utf8'));
    expect(config.columns).toEqual({ 'kol-listing': { 'Status Endorse': 'prStatus', 'Jml Foll': 'followers' } });
    expect(config.statuses.pending).toContain('BELUM DIBALAS');
    const { writeXlsx } = await import('../helpers/fixtures.js');
    await writeXlsx(dir, 'september.xlsx', [{ name: 'September 2024', rows: [
      ['No', 'Nama', 'Jml Foll', 'Alamat', 'Status Endorse', 'Platform', 'Merek', 'Link'],
      [1, 'Sinta', '45K', '', 'YES', 'Instagram', 'Herbana', 'https://www.instagram.com/sinta/'],
      [2, 'Budi', '30K', 'Jl. Melati 2', 'BELUM DIBALAS', 'Instagram', 'Herbana', 'https://www.instagram.com/budi/'],
    ] }]);
    const run = JSON.parse((await kolops(['check', join(dir, 'september.xlsx'), '--format', 'json', '--as-of', '2024-09-10'])).stdout) as CheckJson;
    const rules = run.findings.map((f) => f.rule);
    expect(rules).toContain('listing/agreed-missing-address'); // Status Endorse is the PR-pack status
    expect(rules).not.toContain('listing/unknown-status'); // BELUM DIBALAS is a pending phrase
    expect(rules).not.toContain('table/unmapped-column');
  });

  for (const [lang, files] of [
    ['id', ['daftar-kol.xlsx', 'deal-affiliate.xlsx', 'kalender-konten.xlsx', 'kolops.config.json', 'rekap-posting.xlsx']],
    ['en', ['affiliate-deals.xlsx', 'content-calendar.xlsx', 'kol-listing.xlsx', 'kolops.config.json', 'posting-recap.xlsx']],
  ] as const) {
    it(`--lang ${lang}: writes the config and four templates that kolops check reads with no finding`, async () => {
      const target = join(dir, 'workbooks');
      const init = await kolops(['init', target, '--lang', lang]);
      expect(init.code).toBe(0);
      expect(init.stderr).toBe('');
      expect((await readdir(target)).sort()).toEqual([...files]);
      expect(init.stdout.match(lang === 'id' ? / dibuat$/gm : /^created /gm)).toHaveLength(5);

      const check = await kolops(['check', target, '--format', 'json'], { cwd: target });
      expect(check.code).toBe(0);
      const json = JSON.parse(check.stdout) as CheckJson;
      expect(json.findings).toEqual([]);
      const tables = json.files.flatMap((f) => f.tables);
      expect(tables.map((tb) => tb.kind).sort()).toEqual(['affiliate-deals', 'content-calendar', 'kol-listing', 'posting-recap']);
      for (const tb of tables) {
        expect(tb.rows).toBe(0);
        expect(tb.month).toBe(thisMonth);
      }
    });
  }

  it('writes a config that validates, with this year and a placeholder brand', async () => {
    expect((await kolops(['init', dir])).code).toBe(0);
    const raw = JSON.parse(await readFile(join(dir, 'kolops.config.json'), 'utf8')) as unknown;
    const parsed = configSchema.safeParse(raw);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.year).toBe(now.getFullYear());
    expect(parsed.data?.brands).toEqual([{ name: 'Herbana', aliases: [], handles: [] }]);
    expect(raw).not.toHaveProperty('$schema');
  });

  it('never overwrites: a second run changes no byte and says so on stderr', async () => {
    expect((await kolops(['init', dir, '--lang', 'en'])).code).toBe(0);
    const before = await snapshot(dir);
    const again = await kolops(['init', dir, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr.match(/already exists, left untouched/g)).toHaveLength(5);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('fills in only what is missing, and keeps a file the team changed', async () => {
    await kolops(['init', dir, '--lang', 'en']);
    await writeFile(join(dir, 'kol-listing.xlsx'), 'mine');
    await unlink(join(dir, 'posting-recap.xlsx'));
    const run = await kolops(['init', dir, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/created posting-recap\.xlsx|created .*posting-recap\.xlsx/);
    expect(run.stdout).not.toMatch(/kol-listing/);
    expect(run.stderr).toMatch(/kol-listing\.xlsx already exists/);
    expect(await readFile(join(dir, 'kol-listing.xlsx'), 'utf8')).toBe('mine');
  });

  it('creates a missing folder, nested, and defaults to the working folder', async () => {
    expect((await kolops(['init', 'a/b'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'a', 'b', 'kolops.config.json'))).toBe(true);
    const here = join(dir, 'here');
    await mkdir(here);
    expect((await kolops(['init', '--lang', 'id'], { cwd: here })).code).toBe(0);
    expect(existsSync(join(here, 'daftar-kol.xlsx'))).toBe(true);
  });

  it('exits 2 for a DIR that is a file or cannot be created', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const run = await kolops(['init', file, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot use .*not-a-folder as the workbook folder: it is a file, not a folder\./);
    expect((await kolops(['init', join(file, 'sub')])).code).toBe(2);
  });

  it('exits 2 for a bad --month or --lang', async () => {
    expect((await kolops(['init', dir, '--month', '2026-13'])).code).toBe(2);
    expect((await kolops(['init', dir, '--lang', 'fr'])).code).toBe(2);
    expect(await readdir(dir)).toEqual([]);
  });

  it('--month names the sheets and sets the config year', async () => {
    expect((await kolops(['init', dir, '--lang', 'id', '--month', '2027-10'])).code).toBe(0);
    expect((await readSheet(join(dir, 'daftar-kol.xlsx'))).name).toBe('Oktober 2027');
    expect(JSON.parse(await readFile(join(dir, 'kolops.config.json'), 'utf8'))).toMatchObject({ year: 2027 });
  });

  it('puts drop-downs on the right columns, with the brands of an existing config', async () => {
    await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({ brands: [{ name: 'Herbana' }, { name: 'Herbamojo' }] }));
    const run = await kolops(['init', dir, '--lang', 'en', '--month', '2026-10']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/kolops\.config\.json already exists/);

    const listing = await readSheet(join(dir, 'kol-listing.xlsx'));
    expect(listing.name).toBe('October 2026');
    expect(listing.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(listing.getCell('G1').value).toBe('Platform');
    for (const row of [2, 250, 501]) {
      expect(listing.getCell(`G${row}`).dataValidation).toMatchObject({ type: 'list' });
      expect(listing.getCell(`G${row}`).dataValidation.formulae?.[0]).toContain('Instagram');
    }
    expect(listing.getCell('H2').dataValidation.formulae).toEqual(['"Herbana,Herbamojo"']);
    expect(listing.getCell('F2').dataValidation.formulae?.[0]).toContain('YES (DONE)');
    expect(listing.getCell('B2').dataValidation).toBeUndefined();
    expect(listing.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    expect(listing.getCell('C2').numFmt).toBe('#,##0');
    expect(listing.getCell('F1').note).toBeTruthy();

    const recap = await readSheet(join(dir, 'posting-recap.xlsx'));
    expect(recap.getCell('C2').dataValidation.formulae).toEqual(['"Herbana,Herbamojo"']);
    expect(recap.getCell('G2').numFmt).toBe('dd/mm/yyyy');
    expect(recap.getCell('J2').numFmt).toBe('#,##0');

    const deals = await readSheet(join(dir, 'affiliate-deals.xlsx'));
    expect(deals.getCell('B2').dataValidation.formulae?.[0]).toContain('Shopee');
    expect(deals.getCell('L2').dataValidation.formulae).toEqual(['"DONE,ON PROCESS,CANCEL"']);

    const calendar = await readSheet(join(dir, 'content-calendar.xlsx'));
    expect(calendar.getCell('D2').dataValidation.formulae).toEqual(['"Instagram,TikTok,YouTube,X,Facebook"']);
    expect(calendar.getCell('E2').dataValidation.formulae).toEqual(['"Feed,Carousel,Reels,Story,Video,Shorts,Live,Text post"']);
    expect(calendar.getCell('I2').dataValidation.formulae).toEqual(['"Draft,Review,Approved,Scheduled,Published,Cancelled"']);
    expect(calendar.getCell('P2').dataValidation.formulae).toEqual(['"Herbana,Herbamojo"']);
    expect(calendar.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(calendar.getCell('C2').numFmt).toBe('h:mm');
  });

  it('a filled-in calendar template row is read as a planned post, with the config\'s zone in the Time note', async () => {
    await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({ brands: [{ name: 'Herbana', handles: ['@herbana.id'] }], calendar: { timeZone: 'WITA' } }));
    await kolops(['init', dir, '--lang', 'id', '--month', '2024-10']);
    const path = join(dir, 'kalender-konten.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('C1').note)).toContain('WITA');
    // 19:00 typed into the h:mm cell is stored as a fraction of a day, as Excel stores it.
    ws.getRow(2).values = [1, new Date(Date.UTC(2024, 9, 10)), 19 / 24, 'Instagram', 'Reels', 'Temulawak pagi', 'Pagi segar bareng @herbana.id',
      '#jamu', 'Sudah Tayng', 'Rina', new Date(Date.UTC(2024, 8, 20)), new Date(Date.UTC(2024, 8, 12)), 'https://www.instagram.com/p/abc/',
      'Abel', 'Oktober Sehat', 'Herbana', 1000, 1500, 50, 5, 2, 3];
    await wb.xlsx.writeFile(path);
    const check = await kolops(['calendar', 'check', path, '--format', 'json', '--as-of', '2024-10-31'], { cwd: dir });
    const json = JSON.parse(check.stdout) as CheckJson;
    expect(json.files[0]!.tables[0]).toMatchObject({ kind: 'content-calendar', rows: 1, month: '2024-10' });
    // The misspelled status is the row's one problem the committed rules all agree on.
    expect(json.findings.map((f) => f.rule)).toContain('calendar/unknown-status');
    expect(json.findings.map((f) => f.rule)).not.toContain('table/unmapped-column');
  });

  it('a filled-in template row is read as data', async () => {
    await kolops(['init', dir, '--lang', 'id', '--month', '2026-10']);
    const path = join(dir, 'daftar-kol.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    ws.getRow(2).values = [1, 'Natasha', 12500, 'Jl. Mawar 1, Jakarta', new Date(Date.UTC(2026, 9, 5)), 'YES (DONE)', 'Instagram', 'Herbana', 'https://instagram.com/natashina', null];
    await wb.xlsx.writeFile(path);
    const check = await kolops(['list', 'validate', path, '--format', 'json'], { cwd: dir });
    const json = JSON.parse(check.stdout) as CheckJson;
    expect(json.files[0]!.tables[0]).toMatchObject({ kind: 'kol-listing', rows: 1, month: '2026-10' });
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice init case: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

describe('kolops init templates in LibreOffice', () => {
  it.skipIf(!soffice)('keep their Platform drop-down when re-saved by LibreOffice', async () => {
    await kolops(['init', dir, '--lang', 'id', '--month', '2026-10']);
    const out = join(dir, 'converted');
    await mkdir(out);
    const converted = await convertWithLibreOffice(join(dir, 'daftar-kol.xlsx'), out, 'xlsx');
    const ws = await readSheet(converted);
    expect(ws.name).toBe('Oktober 2026');
    expect(ws.getCell('G1').value).toBe('Platform');
    expect(ws.getCell('G2').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('G2').dataValidation.formulae?.[0]).toMatch(/Instagram/);
    expect(ws.getCell('H2').dataValidation.formulae?.[0]).toMatch(/Herbana/);
    const check = await kolops(['check', out, '--format', 'json'], { cwd: dir });
    expect((JSON.parse(check.stdout) as CheckJson).findings).toEqual([]);
  }, 180_000);

  it.skipIf(!soffice)('the calendar template keeps its drop-downs and formats, and reads clean, when re-saved by LibreOffice', async () => {
    await kolops(['init', dir, '--lang', 'en', '--month', '2024-10']);
    const out = join(dir, 'converted');
    await mkdir(out);
    const converted = await convertWithLibreOffice(join(dir, 'content-calendar.xlsx'), out, 'xlsx');
    const ws = await readSheet(converted);
    expect(ws.name).toBe('October 2024');
    expect(ws.getCell('I1').value).toBe('Status');
    expect(ws.getCell('D2').dataValidation.formulae?.[0]).toMatch(/Instagram,TikTok,YouTube,X,Facebook/);
    expect(ws.getCell('I2').dataValidation.formulae?.[0]).toMatch(/Draft,Review,Approved,Scheduled,Published,Cancelled/);
    expect(ws.getCell('B2').numFmt).toMatch(/dd\/mm\/yyyy/i);
    const check = await kolops(['check', out, '--format', 'json'], { cwd: dir });
    const json = JSON.parse(check.stdout) as CheckJson;
    expect(json.files.flatMap((f) => f.tables.map((tb) => tb.kind))).toEqual(['content-calendar']);
    expect(json.findings).toEqual([]);
  }, 180_000);
});

describe('the committed templates/ (scripts/make-templates.mjs)', () => {
  const root = join(import.meta.dirname, '..', '..', 'templates');
  it.skipIf(!existsSync(root))('check clean and carry the headers init writes today', async () => {
    const { templateFileName, templateHeaders, TEMPLATE_KINDS } = await import('../../src/templates/index.js');
    const check = await kolops(['check', root, '--format', 'json']);
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as CheckJson).findings).toEqual([]);
    const { configText, initialConfig } = await import('../../src/templates/config.js');
    for (const lang of ['id', 'en'] as const) {
      // The config beside them is the one init writes today, for the year it names.
      const committed = readFileSync(join(root, lang, 'kolops.config.json'), 'utf8');
      expect(committed).toBe(configText(initialConfig((JSON.parse(committed) as { year: number }).year)));
      for (const kind of TEMPLATE_KINDS) {
        const ws = await readSheet(join(root, lang, templateFileName(kind, lang)));
        expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(templateHeaders(kind, lang));
      }
    }
  });
});
