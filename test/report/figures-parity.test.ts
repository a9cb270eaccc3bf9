/**
 * Every figure of the report JSON, in every format (issue 15 item 5). For each month the
 * bundled examples/ hold data for — and the month after it, which shows it as last month —
 * and for a fixture whose figures run past 1,000 and whose "contacted" is TBA, in English
 * and in Bahasa Indonesia: each figure of `--format json` is looked up in the terminal
 * summary (no colour), the Markdown, the HTML, the .xlsx (read back with exceljs) and the
 * chat message at the place that labels it — the row and column of a figures table, the
 * xlsx cell in the brand's (or funnel's) row under the figure's header, the chart row, the
 * line of the message — and must read as the language writes numbers (1,234 / 1.234,
 * 16.7% / 16,7%, an xlsx count formatted `#,##0`), an unstated figure as the messages'
 * "not stated", never 0.
 *
 * Expected texts are worked out here from the JSON with Intl, not with the renderers'
 * helpers; only the words (row labels, column heads, "not stated", "pp") come from the
 * messages. A format leaves figures out on purpose (the chat message is short, the
 * terminal's funnel table has no last-month column): SHOWN lists, per format, the
 * figures it shows, and the last test holds each format to its list — every figure
 * listed was compared somewhere, and nothing was compared that the list leaves out.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { collectFiles } from '../../src/engine/walk.js';
import { t, type Lang, type UiKey } from '../../src/i18n/index.js';
import { monthlyReport } from '../../src/report/metrics.js';
import { monthLabel, renderReport, type ReportFormat } from '../../src/report/render/index.js';
import type { reportJson } from '../../src/report/render/json.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeCsv, writeXlsx } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

type Doc = ReturnType<typeof reportJson>;
type BrandDoc = Doc['brands'][number];
type FunnelDoc = Doc['affiliate'][number];

// ─────────────────────────────────────────────────────────────────────────────
// The fixture: figures past 1,000 (grouping), a TBA "contacted" (not stated)

/**
 * The big fixture, target 2,500. Herbana's September lists 6,286 KOLs (target met): 1,200
 * agreed and posted on 20/09 (on time), 1,050 agreed and posted late (two on 30/06/2027,
 * 1,008 days after the 25 September deadline, the rest on 27/09), 1,030 agreed and not
 * posted, 1,001 declined, 1,002 unreachable, 1,003 with no answer; followers cycle
 * 5K / 50K / 500K / 5M, so each tier holds about a quarter. Herbana's August lists 2,100
 * (1,100 agreed and posted on time, 1,000 with no answer: target missed by 400).
 * Herbamojo's September lists 1,200, new this month (1,150 agreed and posted on time, 50
 * declined: target missed by 1,300). Affiliate deal blocks: Shopee August (contacted
 * 1,000, declared 1,500, 1,020 rows, 1,000 done), Shopee September (contacted 12,345,
 * declared 2,500, 2,400 rows, 1,100 done) and TikTok September (contacted TBA, declared
 * 1,000, 1,005 rows, 1,000 done).
 */
async function writeBigFixture(dir: string): Promise<void> {
  await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({
    year: 2024, brands: [{ name: 'Herbana' }, { name: 'Herbamojo' }], listing: { monthlyTarget: 2500 }, posting: { deadline: { dayOfMonth: 25 } },
  }));
  const listing = [['No', 'KOL', 'Followers', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram', 'Bulan']];
  const kols = (month: string, n: number, status: string, postDate: (i: number) => string, brand = 'Herbana') => {
    for (let i = 0; i < n; i++) {
      const no = listing.length;
      listing.push([String(no), `KOL ${no}`, ['5K', '50K', '500K', '5M'][no % 4]!, postDate(i), status, 'Instagram', brand,
        `https://www.instagram.com/kol${no}/`, `${month} 2024`]);
    }
  };
  kols('September', 1200, 'YES (DONE)', () => '20/09/2024');
  kols('September', 1050, 'YES (DONE)', (i) => (i < 2 ? '30/06/2027' : '27/09/2024'));
  kols('September', 1030, 'YES (DONE)', () => '');
  kols('September', 1001, 'TIDAK BISA BARTER', () => '');
  kols('September', 1002, 'TIDAK BISA DI CONTACT', () => '');
  kols('September', 1003, '', () => '');
  kols('Agustus', 1100, 'YES (DONE)', () => '20/08/2024');
  kols('Agustus', 1000, '', () => '');
  kols('September', 1150, 'YES (DONE)', () => '10/09/2024', 'Herbamojo');
  kols('September', 50, 'TIDAK BISA BARTER', () => '', 'Herbamojo');
  await writeCsv(dir, 'listing.csv', listing);
  const block = (title: string, contacted: string, declared: string, done: number, open: number): unknown[][] => [
    [title], ['No', 'Nama Akun', 'Link', 'Status'], [`Yang sudah di contact: ${contacted}`], [`Yang sudah deal: ${declared}`],
    ...Array.from({ length: done + open }, (_, i) => [i + 1, `akun${i}`, `https://shopee.co.id/akun${i}`, i < done ? 'DONE' : 'ON PROCESS']),
  ];
  await writeXlsx(dir, 'affiliate.xlsx', [
    { name: 'Shopee', rows: [
      ...block('SHOPEE HERBANA YANG DEAL AGUSTUS', '1000 (Abel Cantika)', '1500 (Agustus)', 1000, 20), [],
      ...block('SHOPEE HERBANA YANG DEAL SEPTEMBER', '12345 (Abel Cantika)', '2500 (September)', 1100, 1300),
    ] },
    { name: 'TikTok', rows: block('TIKTOK HERBANA YANG DEAL SEPTEMBER', 'TBA', '1000 (September)', 1000, 5) },
  ]);
}

const bigDir = await makeTempDir('kolops-figures-');
await writeBigFixture(bigDir);
afterAll(() => rm(bigDir, { recursive: true, force: true }));

interface Source { name: string; cwd: string; paths: string[]; asOf: string }
const SOURCES: Source[] = [
  { name: 'examples/', cwd: root, paths: ['examples'], asOf: '2024-10-01' },
  { name: 'big fixture', cwd: bigDir, paths: ['.'], asOf: '2024-10-01' },
];

// ─────────────────────────────────────────────────────────────────────────────
// The reports: one check run per source and language, as `kolops report monthly` does it

async function checkRun(source: Source, lang: Lang) {
  const { config } = await resolveConfig(undefined, source.cwd, source.paths);
  const { files } = await collectFiles(source.paths.map((p) => join(source.cwd, p)));
  // The report's month is not a fallback for undated tables (report-command.ts).
  const run = await checkWorkbooks(files, config, { lang, month: null, year: null, asOf: source.asOf });
  return { config, run };
}
type Checked = Awaited<ReturnType<typeof checkRun>>;

const runs = new Map<string, Promise<Checked>>();
function checked(source: Source, lang: Lang): Promise<Checked> {
  const key = `${source.name}\u0000${lang}`;
  let run = runs.get(key);
  if (!run) runs.set(key, (run = checkRun(source, lang)));
  return run;
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** Every month a listing row or a deal is dated in, and the month after each (whose report shows it as last month). */
function reportMonths({ run }: Checked): string[] {
  const months = new Set<string>();
  for (let i = 0; i < run.postings.listingSize; i++) {
    const month = run.postings.listingMonth(i);
    if (month) months.add(month);
  }
  for (const block of run.affiliates.blocks) {
    if (block.table.month) months.add(block.table.month);
    for (const tally of block.tallies.values()) if (tally.month) months.add(tally.month);
  }
  for (const month of [...months]) months.add(nextMonth(month));
  return [...months].sort();
}

const LANGS: Lang[] = ['en', 'id'];
type Format = Exclude<ReportFormat, 'json'>;
const FORMATS: Format[] = ['terminal', 'md', 'html', 'xlsx', 'chat'];

interface Case { label: string; source: Source; month: string; lang: Lang }
const CASES: Case[] = [];
for (const source of SOURCES) {
  for (const month of reportMonths(await checked(source, 'en'))) {
    for (const lang of LANGS) CASES.push({ label: `${source.name} ${month} --lang ${lang}`, source, month, lang });
  }
}

async function render(c: Case): Promise<{ doc: Doc; out: Record<Format, string | Uint8Array> }> {
  const { config, run } = await checked(c.source, c.lang);
  const report = monthlyReport({
    month: c.month, asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates, findings: run.result.findings, includeContact: false,
  });
  const ctx = { lang: c.lang, includeContact: false, color: false };
  const doc = JSON.parse(await renderReport('json', report, ctx) as string) as Doc;
  const out = {} as Record<Format, string | Uint8Array>;
  for (const format of FORMATS) out[format] = await renderReport(format, report, ctx);
  return { doc, out };
}

// ─────────────────────────────────────────────────────────────────────────────
// Which figures each format shows, said explicitly

type Kind = 'count' | 'percent';
interface Def<T> { id: string; row: string; col: string; kind: Kind; get: (x: T) => number | null }

/** A JSON figure (`listed`, `tiers.nano`), read by its path. */
const figureAt = (x: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], x) as number | null;
/** Each figure: its JSON name, its row label (`report:row-*`) and its xlsx column head (`report-xlsx:col-*`, the row's key unless said). */
const defs = <T>(rows: [id: string, row: string, col?: string, kind?: Kind][]): Def<T>[] =>
  rows.map(([id, row, col = row, kind = 'count']) => ({ id, row, col, kind, get: (x: T) => figureAt(x, id) }));
const BRAND = defs<BrandDoc>([
  ['listed', 'listed'], ['target', 'target'], ['tiers.nano', 'nano'], ['tiers.micro', 'micro'], ['tiers.macro', 'macro'], ['tiers.mega', 'mega'],
  ['agreed', 'agreed'], ['declined', 'declined'], ['unreachable', 'unreachable'], ['pending', 'pending'],
  ['acceptanceRate', 'acceptance', 'acceptance-rate', 'percent'], ['posted', 'posted'], ['onTime', 'on-time'], ['late', 'late'], ['notPosted', 'not-posted'],
]);
const FUNNEL = defs<FunnelDoc>([
  ['contacted', 'contacted'], ['dealsDeclared', 'declared', 'deals-declared'], ['dealRows', 'deal-rows'], ['done', 'done'],
  ['deliverablesComplete', 'deliverables', 'deliverables-complete'], ['bonusesDue', 'bonuses', 'bonuses-due'],
]);
const BRAND_IDS = BRAND.map((d) => d.id);
const FUNNEL_IDS = FUNNEL.map((d) => d.id);
const KOL_IDS = ['brands.lateKols.kol', 'brands.lateKols.daysLate', 'brands.notPostedKols.kol', 'brands.notPostedKols.deadline'];
const FINDING_IDS = ['findings.errors', 'findings.warnings', 'findings.infos'];

/** `brands.listed`, `brands.listed@previous` (last month's), `brands.listed@change`, for each figure named. */
const ids = (scope: 'brands' | 'affiliate', names: readonly string[], ...what: ('' | '@previous' | '@change')[]) =>
  names.flatMap((n) => what.map((w) => `${scope}.${n}${w}`));

/** The brand figures the chat compares with last month (the tier mix is left out). */
const CHAT_BRAND_CHANGES = ['listed', 'agreed', 'acceptanceRate', 'posted', 'onTime', 'late', 'notPosted'] as const;

/** Every figure of the JSON, this month's, last month's and the change. */
const EVERY = [...ids('brands', BRAND_IDS, '', '@previous', '@change'), ...KOL_IDS, ...ids('affiliate', FUNNEL_IDS, '', '@previous', '@change'), ...FINDING_IDS];

const SHOWN: Record<Format, readonly string[]> = {
  // A figures table per brand (this month, last month, change); one funnel table whose cells are this month's figure and its arrow.
  terminal: [...ids('brands', BRAND_IDS, '', '@previous', '@change'), ...KOL_IDS, ...ids('affiliate', FUNNEL_IDS, '', '@change'), ...FINDING_IDS],
  // A figures table per brand and per funnel, the late and silent KOLs as tables.
  md: EVERY,
  // As Markdown, and the charts.
  html: EVERY,
  // Summary: every figure, last month and the change only for listed / agreed / posted; the
  // funnel's last month on the Affiliates sheet; the KOLs on the Postings sheet.
  xlsx: [...ids('brands', BRAND_IDS, ''), ...ids('brands', ['listed', 'agreed', 'posted'], '@previous', '@change'), ...KOL_IDS,
    ...ids('affiliate', FUNNEL_IDS, '', '@previous'), ...FINDING_IDS],
  // Short: no tier mix, no deliverables or bonuses but as a change; the first three KOLs of a list.
  chat: [...ids('brands', ['listed', 'target', 'agreed', 'declined', 'unreachable', 'pending', 'posted', 'onTime', 'late', 'notPosted'], ''),
    ...ids('brands', CHAT_BRAND_CHANGES, '', '@previous', '@change'), ...KOL_IDS,
    ...ids('affiliate', ['contacted', 'dealsDeclared', 'dealRows', 'done'], ''),
    ...ids('affiliate', FUNNEL_IDS, '@change'), ...ids('affiliate', ['contacted', 'dealsDeclared', 'dealRows', 'done', 'deliverablesComplete'], '', '@previous'),
    ...FINDING_IDS],
};

// ─────────────────────────────────────────────────────────────────────────────
// Expected texts, from the JSON, as each language writes numbers

const INTL: Record<string, string> = { en: 'en-US', id: 'id-ID' };
const intl = (lang: Lang, digits: number) => new Intl.NumberFormat(INTL[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
const count = (n: number, lang: Lang) => intl(lang, 0).format(n);
const percent = (rate: number, lang: Lang) => `${intl(lang, 1).format(rate * 100)}%`;
const notStated = (lang: Lang) => t('report:not-stated', lang);
const NONE = '—';

const def = <T>(defs: Def<T>[], id: string): Def<T> => defs.find((d) => d.id === id)!;

const rowLabel = (d: Def<unknown>, lang: Lang) => t(`report:row-${d.row}` as UiKey, lang);
const colHead = (d: Def<unknown>, lang: Lang) => t(`report-xlsx:col-${d.col}` as UiKey, lang);

const valueText = (v: number | null, kind: Kind, lang: Lang) => (v === null ? notStated(lang) : kind === 'percent' ? percent(v, lang) : count(v, lang));
/** Last month's figure; `undefined` when last month had no such brand or funnel at all. */
const previousText = (p: number | null | undefined, kind: Kind, lang: Lang) => (p === undefined ? NONE : valueText(p, kind, lang));
const delta = (v: number | null, p: number | null | undefined) => (v === null || p === null || p === undefined ? null : Math.abs(v - p) < 1e-9 ? 0 : v - p);
const arrowOf = (v: number | null, p: number | null | undefined) => {
  const d = delta(v, p);
  return d === null ? null : d === 0 ? '=' : d > 0 ? '↑' : '↓';
};
function changeText(v: number | null, p: number | null | undefined, kind: Kind, lang: Lang): string {
  const d = delta(v, p);
  if (d === null) return NONE;
  if (d === 0) return '=';
  const size = kind === 'percent' ? t('report:points', lang, { points: intl(lang, 1).format(Math.abs(d) * 100) }) : count(Math.abs(d), lang);
  return `${d > 0 ? '↑ +' : '↓ −'}${size}`;
}

/** The numbers in a text as written: `1,234`, `16,7`, `2024`. */
const numbers = (s: string | undefined) => (s ?? '').match(/\d+(?:[.,]\d+)*/g) ?? [];
const day = (iso: string) => [String(Number(iso.slice(8, 10))), iso.slice(0, 4)];
const headingPrefix = (key: UiKey, lang: Lang) => t(key, lang, { count: 0, list: '' }).split('0')[0]!;
const previousOf = (doc: Doc, b: BrandDoc) => doc.previousMonth.brands.find((p) => p.brand === b.brand);
const previousFunnelOf = (doc: Doc, a: FunnelDoc) => doc.previousMonth.affiliate.find((p) => p.platform === a.platform && p.brand === a.brand);
const funnelTitle = (a: FunnelDoc) => `${a.platform} · ${a.brand}`;

interface Comparison { ids: readonly string[]; place: string; shown: string | undefined; expected: string }

class Compare {
  readonly list: Comparison[] = [];
  constructor(readonly doc: Doc, readonly lang: Lang) {}
  add(id: string | readonly string[], place: string, shown: string | undefined, expected: string): void {
    this.list.push({ ids: typeof id === 'string' ? [id] : id, place, shown, expected });
  }
  get month() { return monthLabel(this.doc.month, this.lang); }
  get previousMonth() { return monthLabel(this.doc.previousMonth.month, this.lang); }

  /** The numbers of "target met: 30 KOLs listed, target 20" / "… (14 short)". */
  headline(b: BrandDoc, place: string, text: string | undefined): void {
    const [listed, ...rest] = numbers(text);
    this.add('brands.listed', `${place} headline`, listed, count(b.listed, this.lang));
    const short = b.targetMet ? [] : [count(b.target - b.listed, this.lang)];
    this.add('brands.target', `${place} headline`, rest.join(' '), [count(b.target, this.lang), ...short].join(' '));
  }

  /** "September 2024: 26 errors, 19 warnings, 3 infos (…)". */
  findings(place: string, text: string | undefined): void {
    const [errors, warnings, infos] = numbers(text?.slice(text.indexOf(': ')));
    const f = this.doc.findings;
    this.add('findings.errors', place, errors, count(f.errors, this.lang));
    this.add('findings.warnings', place, warnings, count(f.warnings, this.lang));
    this.add('findings.infos', place, infos, count(f.infos, this.lang));
  }

  /** A table of figures: a row per figure labelled `report:row-*`, columns this month, last month, change. */
  figureTable<T>(scope: 'brands' | 'affiliate', defs: Def<T>[], now: T, then: T | undefined, grid: Grid | undefined, place: string): void {
    const { lang } = this;
    for (const d of defs) {
      const label = rowLabel(d as Def<unknown>, lang);
      const v = d.get(now);
      const p = then === undefined ? undefined : d.get(then);
      const at = (col: string) => [`${place}, row "${label}", column "${col}"`, cellOf(grid, (r) => r[0] === label, col)] as const;
      this.add(`${scope}.${d.id}`, ...at(this.month), valueText(v, d.kind, lang));
      this.add(`${scope}.${d.id}@previous`, ...at(this.previousMonth), previousText(p, d.kind, lang));
      this.add(`${scope}.${d.id}@change`, ...at(t('report:col-change', lang)), changeText(v, p, d.kind, lang));
    }
  }

  /** "Contacted not stated → deals declared 5 → done 11". */
  funnelLine(a: FunnelDoc, place: string, text: string | undefined, steps: readonly string[]): void {
    const parts = (text ?? '').split(' → ');
    steps.forEach((id, i) => {
      const expected = valueText(def(FUNNEL, id).get(a), 'count', this.lang);
      const part = parts[i];
      this.add(`affiliate.${id}`, `${place}, step ${i + 1}`, part?.endsWith(` ${expected}`) ? expected : part, expected);
    });
  }

  /**
   * The late KOLs as "Leona: posted 27 September 2024, 2 days after the deadline 25 September 2024"
   * and the silent ones as "Nata Shina: deadline 25 September 2024", in the JSON's order.
   */
  kolLines(b: BrandDoc, place: string, late: readonly string[], silent: readonly string[]): void {
    b.lateKols.forEach((k, i) => {
      const line = late[i];
      this.add('brands.lateKols.kol', `${place} late #${i + 1}`, line?.startsWith(`${k.kol}: `) ? k.kol : line, k.kol);
      this.add('brands.lateKols.daysLate', `${place} late #${i + 1}`, numbers(line?.slice(k.kol.length))[2], count(k.daysLate, this.lang));
    });
    b.notPostedKols.forEach((k, i) => {
      const line = silent[i];
      this.add('brands.notPostedKols.kol', `${place} not posted #${i + 1}`, line?.startsWith(`${k.kol}: `) ? k.kol : line, k.kol);
      this.add('brands.notPostedKols.deadline', `${place} not posted #${i + 1}`, numbers(line?.slice(k.kol.length)).join(' '), k.deadline ? day(k.deadline).join(' ') : '');
    });
  }
}

/** A table as text: its head and its rows of cells. */
interface Grid { head: string[]; rows: string[][] }
function cellOf(grid: Grid | undefined, row: (cells: string[]) => boolean, col: string): string | undefined {
  if (!grid) return undefined;
  const c = grid.head.indexOf(col);
  return c < 0 ? undefined : grid.rows.find(row)?.[c];
}

// ─────────────────────────────────────────────────────────────────────────────
// Terminal

function terminal(cmp: Compare, text: string): void {
  const { doc, lang } = cmp;
  const lines = text.split('\n');
  /** The cli-table3 table starting at or after line `from`, and the line after it. */
  const tableAt = (from: number): { grid: Grid | undefined; end: number } => {
    let i = from;
    while (i < lines.length && !lines[i]!.startsWith('┌')) i++;
    const rows: string[][] = [];
    for (; i < lines.length && /^[┌│├└]/.test(lines[i]!); i++) {
      if (lines[i]!.startsWith('│')) rows.push(lines[i]!.split('│').slice(1, -1).map((c) => c.trim()));
    }
    return { grid: rows.length ? { head: rows[0]!, rows: rows.slice(1) } : undefined, end: i };
  };
  const late = headingPrefix('report:late-heading', lang);
  const silent = headingPrefix('report:not-posted-heading', lang);
  for (const b of doc.brands) {
    const at = lines.findIndex((l) => l.startsWith(`${b.brand}  ✓ `) || l.startsWith(`${b.brand}  ✗ `));
    const place = `terminal, brand ${b.brand}`;
    cmp.headline(b, place, at < 0 ? undefined : lines[at]);
    const { grid, end } = tableAt(at + 1);
    cmp.figureTable('brands', BRAND, b, previousOf(doc, b), grid, `${place} table`);
    const after: string[] = [];
    for (let i = end; i < lines.length && lines[i] !== ''; i++) after.push(lines[i]!);
    const list = (prefix: string, n: number, id: string) => {
      const line = after.find((l) => l.startsWith(prefix));
      if (n > 0) cmp.add(id, `${place}, heading "${prefix}"`, numbers(line?.slice(prefix.length, line.indexOf(')')))[0], count(n, lang));
      return line === undefined ? [] : line.slice(line.indexOf('): ') + 3).split('; ');
    };
    cmp.kolLines(b, place, list(late, b.lateKols.length && b.late, 'brands.late'), list(silent, b.notPostedKols.length && b.notPosted, 'brands.notPosted'));
  }
  if (doc.affiliate.length) {
    const { grid } = tableAt(lines.indexOf(t('report:affiliate-heading', lang)));
    for (const a of doc.affiliate) {
      const prev = previousFunnelOf(doc, a);
      for (const d of FUNNEL) {
        const v = d.get(a);
        const arrow = arrowOf(v, prev ? d.get(prev) : undefined);
        const shown = cellOf(grid, (r) => r[0] === a.platform && r[1] === a.brand, rowLabel(d as Def<unknown>, lang));
        // The cell is the figure and its arrow, none when either month does not state it.
        cmp.add([`affiliate.${d.id}`, `affiliate.${d.id}@change`], `terminal, funnel ${funnelTitle(a)}, column "${rowLabel(d as Def<unknown>, lang)}"`,
          shown, arrow ? `${valueText(v, 'count', lang)} ${arrow}` : valueText(v, 'count', lang));
      }
    }
  }
  cmp.findings('terminal, last line', lines.filter((l) => l !== '').at(-1));
}

// ─────────────────────────────────────────────────────────────────────────────
// Markdown

const unescapeMd = (s: string) => s.replace(/\\(.)/g, '$1');

interface MdSection { heading: string; level: number; lines: string[] }
function mdSections(md: string): MdSection[] {
  const out: MdSection[] = [];
  for (const line of md.split('\n')) {
    const h = /^(#{1,3}) (.*)$/.exec(line);
    if (h) out.push({ heading: unescapeMd(h[2]!), level: h[1]!.length, lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

/** The Markdown tables of `lines`, each under the bold line before it (`''` for none). */
function mdTables(lines: readonly string[]): { bold: string; grid: Grid }[] {
  const out: { bold: string; grid: Grid }[] = [];
  let bold = '';
  let rows: string[][] | null = null;
  for (const line of lines) {
    if (line.startsWith('| ')) {
      const cells = line.slice(2, -2).split(' | ').map(unescapeMd);
      if (!rows) out.push({ bold, grid: { head: cells, rows: (rows = []) } });
      else if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
      continue;
    }
    rows = null;
    const b = /^\*\*(.*)\*\*$/.exec(line);
    if (b) bold = b[1]!;
  }
  return out;
}

function markdown(cmp: Compare, md: string): void {
  const { doc, lang } = cmp;
  const sections = mdSections(md);
  const late = headingPrefix('report:late-heading', lang);
  const silent = headingPrefix('report:not-posted-heading', lang);
  for (const b of doc.brands) {
    const place = `md, ## ${b.brand}`;
    const lines = sections.find((s) => s.level === 2 && s.heading === b.brand)?.lines ?? [];
    cmp.headline(b, place, lines.find((l) => /^(✅|❌) \*\*/.test(l)));
    const tables = mdTables(lines);
    cmp.figureTable('brands', BRAND, b, previousOf(doc, b), tables.find((x) => x.bold === '')?.grid, `${place} table`);
    const bold = lines.map((l) => /^\*\*(.*)\*\*$/.exec(l)?.[1]).filter((l) => l !== undefined);
    cmp.add('brands.late', `${place} "${late}"`, numbers(bold.find((l) => l.startsWith(late)))[0], count(b.late, lang));
    cmp.add('brands.notPosted', `${place} "${silent}"`, numbers(bold.find((l) => l.startsWith(silent)))[0], count(b.notPosted, lang));
    const lateRows = tables.find((x) => x.bold.startsWith(late))?.grid;
    const silentRows = tables.find((x) => x.bold.startsWith(silent))?.grid;
    const days = t('report:col-days-late', lang);
    const deadline = t('report:col-deadline', lang);
    b.lateKols.forEach((k, i) => {
      cmp.add('brands.lateKols.kol', `${place} late table row ${i + 1}`, lateRows?.rows[i]?.[0], k.kol);
      cmp.add('brands.lateKols.daysLate', `${place} late table row ${i + 1}, column "${days}"`, cellOf(lateRows, (r) => r === lateRows?.rows[i], days), count(k.daysLate, lang));
    });
    b.notPostedKols.forEach((k, i) => {
      cmp.add('brands.notPostedKols.kol', `${place} not-posted table row ${i + 1}`, silentRows?.rows[i]?.[0], k.kol);
      const shown = cellOf(silentRows, (r) => r === silentRows?.rows[i], deadline);
      cmp.add('brands.notPostedKols.deadline', `${place} not-posted table row ${i + 1}, column "${deadline}"`,
        shown === NONE ? '' : numbers(shown).join(' '), k.deadline ? day(k.deadline).join(' ') : '');
    });
  }
  for (const a of doc.affiliate) {
    const place = `md, ### ${funnelTitle(a)}`;
    const lines = sections.find((s) => s.level === 3 && s.heading === funnelTitle(a))?.lines ?? [];
    cmp.funnelLine(a, place, lines.find((l) => l !== '' && !l.startsWith('|')), ['contacted', 'dealsDeclared', 'done']);
    cmp.figureTable('affiliate', FUNNEL, a, previousFunnelOf(doc, a), mdTables(lines)[0]?.grid, `${place} table`);
  }
  const findings = sections.find((s) => s.level === 2 && s.heading === t('report:findings-heading', lang));
  cmp.findings('md, ## findings', findings?.lines.find((l) => l !== ''));
}

// ─────────────────────────────────────────────────────────────────────────────
// HTML

const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
const htmlCells = (row: string) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => unescapeHtml(m[1]!));
function htmlTable(html: string | undefined): Grid | undefined {
  const table = /<table class="figures">([\s\S]*?)<\/table>/.exec(html ?? '')?.[1];
  if (!table) return undefined;
  const [head, ...rows] = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => htmlCells(m[1]!));
  return head ? { head, rows } : undefined;
}

/** A chart's rows in order: the group heading above it (funnels), its tooltip, its figure and its target label. */
interface ChartRow { group: string; title: string; value: string; marker: string }
function htmlChart(html: string, id: string): ChartRow[] {
  const chart = new RegExp(`<figcaption id="${id}-title">[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
  const rows: ChartRow[] = [];
  let group = '';
  for (const m of chart.matchAll(/<text class="group"[^>]*>(.*?)<\/text>|<g><title>(.*?)<\/title>([\s\S]*?)<\/g>/g)) {
    if (m[1] !== undefined) group = unescapeHtml(m[1]);
    else {
      const text = (cls: string) => unescapeHtml(new RegExp(`<text class="${cls}"[^>]*>(.*?)</text>`).exec(m[3]!)?.[1] ?? '');
      rows.push({ group, title: unescapeHtml(m[2]!), value: text('value'), marker: text('marker-label') });
    }
  }
  return rows;
}

function html(cmp: Compare, page: string): void {
  const { doc, lang } = cmp;
  const brands = [...page.matchAll(/<section class="brand">\n<h2>(.*?) <span class="badge [^"]*">(.*?)<\/span><\/h2>([\s\S]*?)<\/section>/g)];
  const listedChart = htmlChart(page, 'chart-listed');
  const postingChart = htmlChart(page, 'chart-posting');
  const tierChart = htmlChart(page, 'chart-tiers');
  for (const b of doc.brands) {
    const place = `html, section ${b.brand}`;
    const section = brands.find((m) => unescapeHtml(m[1]!) === b.brand);
    cmp.headline(b, place, section && unescapeHtml(section[2]!));
    cmp.figureTable('brands', BRAND, b, previousOf(doc, b), htmlTable(section?.[3]), `${place} table`);
    const [late, silent] = [...(section?.[3] ?? '').matchAll(/<h3>(.*?)<\/h3>(<ul>.*?<\/ul>|<p class="none">.*?<\/p>)/g)]
      .map((m) => ({ heading: unescapeHtml(m[1]!), items: [...m[2]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => unescapeHtml(li[1]!)) }));
    cmp.add('brands.late', `${place} late heading`, numbers(late?.heading)[0], count(b.late, lang));
    cmp.add('brands.notPosted', `${place} not-posted heading`, numbers(silent?.heading)[0], count(b.notPosted, lang));
    cmp.kolLines(b, `${place} list`, late?.items ?? [], silent?.items ?? []);

    // The charts: a row per brand, its tooltip saying the figures it draws.
    const row = (chart: ChartRow[]) => chart.find((r) => r.title.startsWith(`${b.brand}: `));
    const listed = row(listedChart);
    cmp.add(['brands.listed', 'brands.target'], `${place}: chart-listed tooltip`, listed?.title, `${b.brand}: ${count(b.listed, lang)} / ${count(b.target, lang)}`);
    cmp.add('brands.target', `${place}: chart-listed target label`, numbers(listed?.marker).join(' '), count(b.target, lang));
    const posting = row(postingChart);
    const segments = (defs: string[]) => defs.map((id) => `${rowLabel(def(BRAND, id) as Def<unknown>, lang)} ${count(def(BRAND, id).get(b)!, lang)}`).join(', ');
    cmp.add(['brands.onTime', 'brands.late', 'brands.notPosted'], `${place}: chart-posting tooltip`, posting?.title, `${b.brand}: ${segments(['onTime', 'late', 'notPosted'])}`);
    cmp.add('brands.agreed', `${place}: chart-posting figure`, numbers(posting?.value).join(' '), count(b.agreed, lang));
    const tiers = ['tiers.nano', 'tiers.micro', 'tiers.macro', 'tiers.mega'];
    cmp.add(tiers.map((id) => `brands.${id}`), `${place}: chart-tiers tooltip`, row(tierChart)?.title, `${b.brand}: ${segments(tiers)}`);
  }
  const funnels = page.split('<div class="funnel">').slice(1);
  const funnelChart = htmlChart(page, 'chart-funnel');
  for (const a of doc.affiliate) {
    const place = `html, funnel ${funnelTitle(a)}`;
    const block = funnels.find((f) => f.startsWith(`\n<h3>${funnelTitle(a)}</h3>`));
    cmp.funnelLine(a, place, unescapeHtml(/<p>(.*?)<\/p>/.exec(block ?? '')?.[1] ?? ''), ['contacted', 'dealsDeclared', 'done']);
    cmp.figureTable('affiliate', FUNNEL, a, previousFunnelOf(doc, a), htmlTable(block), `${place} table`);
    for (const id of ['contacted', 'dealsDeclared', 'done']) {
      const label = rowLabel(def(FUNNEL, id) as Def<unknown>, lang);
      const shown = funnelChart.find((r) => r.group === funnelTitle(a) && r.title.startsWith(`${label}: `));
      cmp.add(`affiliate.${id}`, `${place}: chart-funnel tooltip "${label}"`, shown?.title, `${label}: ${valueText(def(FUNNEL, id).get(a), 'count', lang)}`);
      cmp.add(`affiliate.${id}`, `${place}: chart-funnel figure "${label}"`, shown?.value, valueText(def(FUNNEL, id).get(a), 'count', lang));
    }
  }
  cmp.findings('html, header findings', unescapeHtml(/<p class="findings"><strong>.*?<\/strong> (.*?)<\/p>/.exec(page)?.[1] ?? ''));
}

// ─────────────────────────────────────────────────────────────────────────────
// xlsx

/** A cell as the test compares it: a number with its format, a date as ISO, text as is, empty as ''. */
function cellText(cell: ExcelJS.Cell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return `${v} [${cell!.numFmt}]`;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : JSON.stringify(v);
}
const COUNT_FORMAT = '#,##0';
const xlsxValue = (v: number | null | undefined, kind: Kind, lang: Lang) =>
  (v === undefined ? '' : v === null ? notStated(lang) : `${v} [${kind === 'percent' ? '0.0%' : COUNT_FORMAT}]`);
const xlsxChange = (v: number | null | undefined, p: number | null | undefined) =>
  (typeof v === 'number' && typeof p === 'number' ? `${v - p} [+#,##0;-#,##0;0]` : '');

/** The table whose header row starts with `first` (the `nth` such): header → cell, one map per row, down to an empty column A. */
function sheetTable(ws: ExcelJS.Worksheet | undefined, first: string, nth = 0): Map<string, ExcelJS.Cell>[] {
  if (!ws) return [];
  const tops: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === first) tops.push(r);
  const top = tops[nth];
  if (top === undefined) return [];
  const heads = new Map<number, string>();
  ws.getRow(top).eachCell((c, col) => { heads.set(col, String(c.value)); });
  const rows: Map<string, ExcelJS.Cell>[] = [];
  for (let r = top + 1; r <= ws.rowCount && cellText(ws.getCell(r, 1)) !== ''; r++) {
    rows.push(new Map([...heads].map(([col, head]) => [head, ws.getCell(r, col)])));
  }
  return rows;
}

async function xlsx(cmp: Compare, bytes: Uint8Array): Promise<void> {
  const { doc, lang } = cmp;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = (key: UiKey) => wb.getWorksheet(t(key, lang));
  const summary = sheet('report-xlsx:sheet-summary');
  const head = (key: UiKey) => t(key, lang);
  const previousHead = (label: string) => t('report-xlsx:col-previous', lang, { label, month: cmp.previousMonth });
  const changeHead = (label: string) => t('report-xlsx:col-change', lang, { label });

  // Summary, brands: a row per brand (this month's and last month's), a column per figure.
  const brandRows = sheetTable(summary, head('report-xlsx:col-brand'));
  const brandRow = (brand: string) => brandRows.find((r) => r.get(head('report-xlsx:col-brand'))?.value === brand);
  const compared = ['listed', 'agreed', 'posted'];
  const names = new Set([...doc.brands, ...doc.previousMonth.brands].map((b) => b.brand));
  for (const brand of names) {
    const now = doc.brands.find((b) => b.brand === brand);
    const then = doc.previousMonth.brands.find((b) => b.brand === brand);
    const row = brandRow(brand);
    const place = (col: string) => `xlsx Summary, row "${brand}", column "${col}"`;
    for (const d of BRAND) {
      const label = colHead(d as Def<unknown>, lang);
      const v = now && d.get(now);
      if (now) cmp.add(`brands.${d.id}`, place(label), cellText(row?.get(label)), xlsxValue(v, d.kind, lang));
      if (!compared.includes(d.id) || doc.previousMonth.brands.length === 0) continue;
      const p = then && d.get(then);
      cmp.add(`brands.${d.id}@previous`, place(previousHead(label)), cellText(row?.get(previousHead(label))), xlsxValue(p, d.kind, lang));
      cmp.add(`brands.${d.id}@change`, place(changeHead(label)), cellText(row?.get(changeHead(label))), xlsxChange(v, p));
    }
  }

  // Summary, funnels: a row per platform × brand, last month's beside the four declared steps.
  const platform = head('report-xlsx:col-platform');
  const brandHead = head('report-xlsx:col-brand');
  const funnelRows = sheetTable(summary, platform);
  const funnelRow = (rows: Map<string, ExcelJS.Cell>[], a: FunnelDoc, month?: string) => rows.find((r) => r.get(platform)?.value === a.platform
    && r.get(brandHead)?.value === a.brand && (month === undefined || r.get(head('report-xlsx:col-month'))?.value === month));
  for (const a of doc.affiliate) {
    const row = funnelRow(funnelRows, a);
    const prev = previousFunnelOf(doc, a);
    for (const d of FUNNEL) {
      const label = colHead(d as Def<unknown>, lang);
      cmp.add(`affiliate.${d.id}`, `xlsx Summary, funnel row "${funnelTitle(a)}", column "${label}"`, cellText(row?.get(label)), xlsxValue(d.get(a), d.kind, lang));
      if (doc.previousMonth.affiliate.length === 0 || ['deliverablesComplete', 'bonusesDue'].includes(d.id)) continue;
      cmp.add(`affiliate.${d.id}@previous`, `xlsx Summary, funnel row "${funnelTitle(a)}", column "${previousHead(label)}"`,
        cellText(row?.get(previousHead(label))), xlsxValue(prev && d.get(prev), d.kind, lang));
    }
  }

  // Affiliates sheet: a row per funnel of this month and of last month.
  const affiliateRows = sheetTable(sheet('report-xlsx:sheet-affiliates'), head('report-xlsx:col-month'));
  for (const [funnels, month, suffix] of [[doc.affiliate, doc.month, ''], [doc.previousMonth.affiliate, doc.previousMonth.month, '@previous']] as const) {
    for (const a of funnels) {
      const row = funnelRow(affiliateRows, a, monthLabel(month, lang));
      for (const d of FUNNEL) {
        const label = colHead(d as Def<unknown>, lang);
        cmp.add(`affiliate.${d.id}${suffix}`, `xlsx Affiliates, row "${monthLabel(month, lang)} ${funnelTitle(a)}", column "${label}"`,
          cellText(row?.get(label)), xlsxValue(d.get(a), d.kind, lang));
      }
    }
  }

  // Postings sheet: a row per agreed KOL, its posting state and days late.
  const postings = sheetTable(sheet('report-xlsx:sheet-postings'), head('report-xlsx:col-kol'));
  const posting = head('report-xlsx:col-posting');
  for (const b of doc.brands) {
    const mine = postings.filter((r) => r.get(brandHead)?.value === b.brand);
    const kolRow = (kol: string) => mine.find((r) => r.get(head('report-xlsx:col-kol'))?.value === kol);
    const word = (key: UiKey) => t(key, lang);
    for (const [id, key] of [['late', 'report-xlsx:posting-late'], ['notPosted', 'report-xlsx:posting-not-posted'], ['onTime', 'report-xlsx:posting-on-time']] as const) {
      cmp.add(`brands.${id}`, `xlsx Postings, rows of ${b.brand} "${word(key)}"`, String(mine.filter((r) => r.get(posting)?.value === word(key)).length), String(def(BRAND, id).get(b)));
    }
    const kolRows = <K extends { kol: string }>(kols: K[], [scope, field]: [string, string], state: UiKey, column: UiKey, said: (k: K) => string) => {
      for (const k of kols) {
        const row = kolRow(k.kol);
        cmp.add(`${scope}.kol`, `xlsx Postings, row "${k.kol}", column "${posting}"`, cellText(row?.get(posting)), word(state));
        cmp.add(`${scope}.${field}`, `xlsx Postings, row "${k.kol}", column "${head(column)}"`,
          cellText(row?.get(head(column))), said(k));
      }
    };
    kolRows(b.lateKols, ['brands.lateKols', 'daysLate'], 'report-xlsx:posting-late', 'report-xlsx:col-days-late', (k) => xlsxValue(k.daysLate, 'count', lang));
    kolRows(b.notPostedKols, ['brands.notPostedKols', 'deadline'], 'report-xlsx:posting-not-posted', 'report-xlsx:col-deadline', (k) => k.deadline ?? '');
  }

  // Summary, finding counts.
  const [counts] = sheetTable(summary, head('report-xlsx:col-errors'));
  for (const [id, key] of [['errors', 'report-xlsx:col-errors'], ['warnings', 'report-xlsx:col-warnings'], ['infos', 'report-xlsx:col-infos']] as const) {
    cmp.add(`findings.${id}`, `xlsx Summary, findings column "${head(key)}"`, cellText(counts?.get(head(key))), xlsxValue(doc.findings[id], 'count', lang));
  }
}

// ─────────────────────────────────────────────────────────────────────────────
// Chat

/** The KOLs a chat list names ("A (2 days late), B (…) and 9 more"): the first three, then how many are left. */
const CHAT_NAMES = 3;

function chatList<K extends { kol: string }>(cmp: Compare, place: string, line: string | undefined, kols: K[], ids: [string, string], said: (k: K) => string[]) {
  let at = line?.indexOf('): ') ?? -1;
  kols.slice(0, CHAT_NAMES).forEach((k, i) => {
    const start = at < 0 ? -1 : line!.indexOf(`${k.kol} (`, at);
    const close = start < 0 ? -1 : line!.indexOf(')', start);
    cmp.add(ids[0], `${place} #${i + 1}`, start < 0 ? line : k.kol, k.kol);
    cmp.add(ids[1], `${place} #${i + 1}`, numbers(start < 0 ? undefined : line!.slice(start + k.kol.length, close)).join(' '), said(k).join(' '));
    at = close;
  });
  const more = kols.length - CHAT_NAMES;
  cmp.add(ids[0], `${place}, how many more`, numbers(at < 0 ? undefined : line!.slice(at)).join(' '), more > 0 ? count(more, cmp.lang) : '');
}

function chat(cmp: Compare, text: string): void {
  const { doc, lang } = cmp;
  const lines = text.split('\n');
  const item = (l: string) => (l.startsWith('- ') ? l.slice(2) : null);
  const late = headingPrefix('report-chat:late', lang);
  const silent = headingPrefix('report-chat:not-posted', lang);
  const blocks = lines.map((l, i) => [/^(?:✅|❌) \*(.*?)\* — /.exec(l)?.[1], i] as const).filter(([b]) => b !== undefined);
  // Every brand has its block here: no month of these sources is long enough to cut one ("and 2 more brands").
  cmp.add('brands.listed', 'chat, brand blocks', blocks.map(([b]) => b).join(', '), doc.brands.map((b) => b.brand).join(', '));
  for (const b of doc.brands) {
    const place = `chat, brand ${b.brand}`;
    const at = blocks.find(([name]) => name === b.brand)?.[1] ?? -1;
    const own: string[] = [];
    for (let i = at + 1; at >= 0 && item(lines[i] ?? '') !== null; i++) own.push(item(lines[i]!)!);
    cmp.headline(b, place, at < 0 ? undefined : lines[at]!.slice(lines[at]!.indexOf(' — ')));
    // "PR pack: 5 agreed, 2 declined, 1 unreachable, 22 no answer yet"
    cmp.add(['brands.agreed', 'brands.declined', 'brands.unreachable', 'brands.pending'], `${place}, PR-pack line`,
      numbers(own[0]).join(' '), [b.agreed, b.declined, b.unreachable, b.pending].map((n) => count(n, lang)).join(' '));
    // "Posted: 4 of 5 agreed (3 on time, 1 late), 1 not posted", only when someone agreed.
    if (b.agreed > 0) {
      cmp.add(['brands.posted', 'brands.agreed', 'brands.onTime', 'brands.late', 'brands.notPosted'], `${place}, posting line`,
        numbers(own[1]).join(' '), [b.posted, b.agreed, b.onTime, b.late, b.notPosted].map((n) => count(n, lang)).join(' '));
    }
    const list = (prefix: string, n: number, id: string) => {
      const line = own.find((l) => l.startsWith(prefix));
      if (n > 0) cmp.add(id, `${place}, "${prefix}"`, numbers(line?.slice(prefix.length, line.indexOf(')')))[0], count(n, lang));
      return line;
    };
    // Most days late first; earliest deadline first, none last.
    const lateKols = [...b.lateKols].sort((x, y) => y.daysLate - x.daysLate);
    const silentKols = [...b.notPostedKols].sort((x, y) => (x.deadline ?? '9999').localeCompare(y.deadline ?? '9999'));
    if (lateKols.length) chatList(cmp, `${place}, late`, list(late, b.late, 'brands.late'), lateKols, ['brands.lateKols.kol', 'brands.lateKols.daysLate'], (k) => [count(k.daysLate, lang)]);
    if (silentKols.length) {
      chatList(cmp, `${place}, not posted`, list(silent, b.notPosted, 'brands.notPosted'), silentKols, ['brands.notPostedKols.kol', 'brands.notPostedKols.deadline'],
        (k) => (k.deadline ? day(k.deadline) : []));
    }
  }

  // "Shopee · Herbana: contacted not stated → deals declared 5 → deal rows 11 → done 11"
  const affiliateAt = lines.indexOf(`*${t('report:affiliate-heading', lang)}*`);
  const changesAt = lines.indexOf(`*${t('report-chat:changes-heading', lang, { previous: cmp.previousMonth })}*`);
  const funnelLines = lines.slice(affiliateAt + 1, changesAt).map(item).filter((l) => l !== null);
  cmp.add('affiliate.done', 'chat, funnel lines', String(funnelLines.length), String(doc.affiliate.length));
  for (const a of doc.affiliate) {
    const line = funnelLines.find((l) => l.startsWith(`${funnelTitle(a)}: `));
    cmp.funnelLine(a, `chat, funnel ${funnelTitle(a)}`, line?.slice(funnelTitle(a).length + 2), ['contacted', 'dealsDeclared', 'dealRows', 'done']);
  }

  // "Herbana: KOLs listed 1 (↓ −29 from 30); …": each figure that moved, and only those.
  const changeLines = lines.slice(changesAt + 1).map(item).filter((l) => l !== null);
  const changes = <T>(title: string, defs: Def<T>[], now: T, then: T, scope: 'brands' | 'affiliate') => {
    const line = changeLines.find((l) => l.startsWith(`${title}: `));
    const segments = line?.slice(title.length + 2).split('; ') ?? [];
    const labels = defs.map((d) => rowLabel(d as Def<unknown>, lang));
    for (const d of defs) {
      const label = rowLabel(d as Def<unknown>, lang);
      const shown = segments.find((s) => s.startsWith(`${label} `) && !labels.some((o) => o.length > label.length && s.startsWith(`${o} `)));
      const [v, p] = [d.get(now), d.get(then)];
      const [vt, pt] = [valueText(v, d.kind, lang), previousText(p, d.kind, lang)];
      const args = { label, value: vt, previous: pt, change: changeText(v, p, d.kind, lang) };
      const moved = delta(v, p) !== null ? delta(v, p) !== 0 : vt !== pt;
      const expected = !moved ? '' : t(delta(v, p) === null ? 'report-chat:change-unstated' : 'report-chat:change-figure', lang, args);
      const id = `${scope}.${d.id}`;
      cmp.add(moved ? [id, `${id}@previous`, `${id}@change`] : `${id}@change`, `chat, change of ${title} "${label}"`, shown ?? '', expected);
    }
  };
  for (const b of doc.brands) {
    const prev = previousOf(doc, b);
    if (prev) changes(b.brand, BRAND.filter((d) => (CHAT_BRAND_CHANGES as readonly string[]).includes(d.id)), b, prev, 'brands');
  }
  for (const a of doc.affiliate) {
    const prev = previousFunnelOf(doc, a);
    if (prev) changes(funnelTitle(a), FUNNEL, a, prev, 'affiliate');
  }
  cmp.findings('chat, last line', lines.filter((l) => l !== '').at(-1));
}

// ─────────────────────────────────────────────────────────────────────────────

const COMPARE: Record<Format, (cmp: Compare, out: string | Uint8Array) => void | Promise<void>> = {
  terminal: (cmp, out) => terminal(cmp, out as string),
  md: (cmp, out) => markdown(cmp, out as string),
  html: (cmp, out) => html(cmp, out as string),
  xlsx: (cmp, out) => xlsx(cmp, out as Uint8Array),
  chat: (cmp, out) => chat(cmp, out as string),
};

/** What every case compared, per format and language, for the last test. */
const done: { format: Format; lang: Lang; list: Comparison[] }[] = [];

describe.each(CASES)('$label', (c) => {
  let rendered: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => { rendered = await render(c); });

  it.each(FORMATS)('%s shows every figure it lists, where it is labelled, as the language writes it', async (format) => {
    const cmp = new Compare(rendered.doc, c.lang);
    await COMPARE[format](cmp, rendered.out[format]);
    done.push({ format, lang: c.lang, list: cmp.list });
    // Nothing undeclared is compared, and every comparison holds.
    expect(cmp.list.flatMap((x) => x.ids).filter((id) => !SHOWN[format].includes(id))).toEqual([]);
    expect(cmp.list.filter((x) => x.shown !== x.expected).map((x) => `${x.place}: ${JSON.stringify(x.shown)}, expected ${JSON.stringify(x.expected)}`)).toEqual([]);
  });
});

describe('the comparisons above', () => {
  it('run over the big fixture as its comment says: four-digit figures, a TBA "contacted"', async () => {
    const { doc } = await render(CASES.find((c) => c.source === SOURCES[1] && c.month === '2024-09')!);
    expect(doc.brands.map((b) => [b.brand, b.listed, b.target, b.targetMet, b.agreed, b.declined, b.unreachable, b.pending, b.posted, b.onTime, b.late, b.notPosted]))
      .toEqual([['Herbamojo', 1200, 2500, false, 1150, 50, 0, 0, 1150, 1150, 0, 0], ['Herbana', 6286, 2500, true, 3280, 1001, 1002, 1003, 2250, 1200, 1050, 1030]]);
    expect(doc.brands[1]!.lateKols.slice(0, 3).map((k) => k.daysLate)).toEqual([1008, 1008, 2]);
    expect(doc.affiliate.map((a) => [a.platform, a.contacted, a.dealsDeclared, a.dealRows, a.done])).toEqual([['Shopee', 12345, 2500, 2400, 1100], ['TikTok', null, 1000, 1005, 1000]]);
    expect(doc.previousMonth.brands.map((b) => [b.brand, b.listed, b.targetMet])).toEqual([['Herbana', 2100, false]]);
    expect(doc.previousMonth.affiliate.map((a) => [a.platform, a.contacted, a.dealsDeclared, a.dealRows, a.done])).toEqual([['Shopee', 1000, 1500, 1020, 1000]]);
  });

  it('write numbers as each language does, and "not stated" in words', () => {
    expect([count(1234, 'en'), count(1234, 'id'), percent(1 / 6, 'en'), percent(1 / 6, 'id')]).toEqual(['1,234', '1.234', '16.7%', '16,7%']);
    for (const lang of LANGS) expect(notStated(lang)).toMatch(/^\p{L}[\p{L} ]*$/u);
  });

  it.each(FORMATS)('%s: every figure SHOWN lists was compared, an unstated one and one past 1,000 among them', (format) => {
    expect(SHOWN[format].length).toBeGreaterThan(0);
    const mine = done.filter((d) => d.format === format);
    expect(mine).toHaveLength(CASES.length);
    const compared = new Set(mine.flatMap((d) => d.list.flatMap((x) => x.ids)));
    expect(SHOWN[format].filter((id) => !compared.has(id))).toEqual([]);
    for (const lang of LANGS) {
      const expected = mine.filter((d) => d.lang === lang).flatMap((d) => d.list.map((x) => x.expected));
      expect(expected).toContain(notStated(lang));
      const grouped = format === 'xlsx' ? /^\d{4,} \[#,##0\]$/ : lang === 'id' ? /\d\.\d{3}/ : /\d,\d{3}/;
      expect(expected.some((e) => grouped.test(e)), `${format} ${lang}: a figure of four digits`).toBe(true);
    }
  });

  it('every figure of the JSON shows in at least one format', () => {
    const shown = new Set(Object.values(SHOWN).flat());
    expect(EVERY.filter((id) => !shown.has(id))).toEqual([]);
  });
});

describe('the reports compared are what `kolops report monthly` writes', () => {
  const sheets = async (bytes: Uint8Array, lang: Lang) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    // The KOLs and Findings sheets name files, which the CLI shows relative to its folder.
    return ['report-xlsx:sheet-summary', 'report-xlsx:sheet-postings', 'report-xlsx:sheet-affiliates'].map((k) => wb.getWorksheet(t(k as UiKey, lang))?.getSheetValues());
  };

  it.each(LANGS)('examples/ 2024-09 --lang %s, every format', async (lang) => {
    const c = CASES.find((x) => x.source === SOURCES[0] && x.month === '2024-09' && x.lang === lang)!;
    const { doc, out } = await render(c);
    const args = ['report', 'monthly', '--month', c.month, ...c.source.paths, '--as-of', c.source.asOf, '--lang', lang];
    const cli = (extra: string[]) => kolops([...args, ...extra], { cwd: c.source.cwd, env: { LANG: 'C' } });
    expect((await cli([])).stdout).toBe(out.terminal);
    expect(JSON.parse((await cli(['--format', 'json'])).stdout)).toEqual(doc);
    expect((await cli(['--format', 'chat'])).stdout).toBe(out.chat);
    const dir = await makeTempDir('kolops-figures-cli-');
    try {
      for (const format of ['md', 'html', 'xlsx'] as const) {
        const file = join(dir, `report.${format}`);
        expect((await cli(['-o', file])).code).toBe(0);
        const written = await readFile(file);
        if (format === 'xlsx') expect(await sheets(written, lang)).toEqual(await sheets(out.xlsx as Uint8Array, lang));
        else expect(written.toString('utf8')).toBe(out[format]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
