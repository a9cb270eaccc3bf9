/**
 * The content calendar in `kolops report monthly` (issue 16 item 3): a small calendar of
 * 12 posts over two platforms and two months, counted BY HAND below (not by the code under
 * test), and each format — JSON, terminal, Markdown, HTML, xlsx (read back with exceljs),
 * chat — showing those numbers where they are labelled. Then the edges: no calendar (no
 * section, `calendar: []`), nothing due yet ("not stated", never 0), brands grouped.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { t } from '../../src/i18n/index.js';
import { monthlyReport, type CalendarFigures, type MonthlyReport } from '../../src/report/metrics.js';
import { renderReport } from '../../src/report/render/index.js';
import { CHAT_MAX_LINES } from '../../src/report/render/chat.js';
import { chromium, NO_CHROMIUM } from '../helpers/chromium.js';
import { kolops } from '../helpers/cli.js';
import { expectFitsScreen, expectPrintsOnA4 } from '../helpers/html-probe.js';
import { makeTempDir, writeXlsx } from '../helpers/fixtures.js';

const HEADER = ['No', 'Tanggal', 'Platform', 'Jenis Konten', 'Caption', 'Status', 'Disetujui Oleh', 'Tanggal Disetujui', 'Brand',
  'Reach', 'Impressions', 'Likes', 'Comments', 'Shares', 'Saves'];

interface Post {
  date: string; platform: string; status: string; approvedBy?: string; approvalDate?: string; brand?: string;
  reach?: number; impressions?: number; likes?: number; comments?: number; shares?: number; saves?: number;
}

const row = (n: number, p: Post) => [n, p.date, p.platform, p.platform === 'TikTok' ? 'TikTok Video' : 'Reels', `Konten ${n} untuk ${p.platform}`,
  p.status, p.approvedBy ?? '', p.approvalDate ?? '', p.brand ?? 'Herbana', p.reach, p.impressions, p.likes, p.comments, p.shares, p.saves];

/*
 * September 2025 (last month), 4 posts:
 *   S1 Instagram 10/09 published, approved 01/09; reach 1,000; 40 likes 5 comments 3 shares 2 saves = 50
 *   S2 Instagram 20/09 published, approved 05/09; reach 1,000; 20 likes 10 comments (no shares, saves) = 30
 *   S3 Instagram 25/09 cancelled
 *   S4 TikTok    15/09 published, approver named, no approval date; impressions 2,000 only; 60+20+10+10 = 100
 * October 2025 (the report's month, as of 18 October 2025), 8 posts:
 *   O1 Instagram 02/10 published, approved 25/09 (before); reach 2,000; 30 likes 10 comments 0 0 = 40
 *   O2 Instagram 06/10 published, approved 08/10 (AFTER its date: late approval); reach 1,000; 15 + 5 = 20
 *   O3 Instagram 09/10 published, approved 09/10 (the same day: on or before); no metrics at all
 *   O4 Instagram 18/10 scheduled, no approval; dated on the as-of day and not published: overdue
 *   O5 Instagram 25/10 draft, after the as-of date: planned, not due
 *   O6 Instagram 16/10 cancelled
 *   O7 TikTok    12/10 published, approved 01/10; reach 1,000 and impressions 3,000; 50 + 10 = 60
 *   O8 TikTok    16/10 published, approved 10/10; impressions 2,000 only; 100 likes
 */
const SEPTEMBER: Post[] = [
  { date: '10/09/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '01/09/2025', reach: 1000, likes: 40, comments: 5, shares: 3, saves: 2 },
  { date: '20/09/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '05/09/2025', reach: 1000, likes: 20, comments: 10 },
  { date: '25/09/2025', platform: 'Instagram', status: 'Batal' },
  { date: '15/09/2025', platform: 'TikTok', status: 'Sudah Tayang', approvedBy: 'Bu Rina', impressions: 2000, likes: 60, comments: 20, shares: 10, saves: 10 },
];
const OCTOBER: Post[] = [
  { date: '02/10/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '25/09/2025', reach: 2000, likes: 30, comments: 10, shares: 0, saves: 0 },
  { date: '06/10/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '08/10/2025', reach: 1000, likes: 15, comments: 5 },
  { date: '09/10/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '09/10/2025' },
  { date: '18/10/2025', platform: 'Instagram', status: 'Dijadwalkan' },
  { date: '25/10/2025', platform: 'Instagram', status: 'Draft' },
  { date: '16/10/2025', platform: 'Instagram', status: 'Batal' },
  { date: '12/10/2025', platform: 'TikTok', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '01/10/2025', reach: 1000, impressions: 3000, likes: 50, comments: 10 },
  { date: '16/10/2025', platform: 'TikTok', status: 'Sudah Tayang', approvedBy: 'Bu Rina', approvalDate: '10/10/2025', impressions: 2000, likes: 100 },
];

const CONFIG: ConfigInput = { year: 2025, brands: [{ name: 'Herbana', handles: ['@herbana.id'] }, { name: 'Herbamojo' }] };
const AS_OF = '2025-10-18';

/*
 * The hand count. Targets: the defaults (src/config/defaults.ts) — Instagram 3 %, TikTok 5 %.
 *
 * Instagram, October (O1–O6): cancelled 1 (O6); planned 6 − 1 = 5; published 3 (O1, O2, O3);
 * due — planned and dated on or before 18/10 — 4 (O1, O2, O3, O4; O5 is the 25th); on
 * schedule 3 of them (O4 is not published), overdue 1; going out — scheduled or published —
 * 4 (O1–O4); approved on or before the date 2: O1 (25/09 ≤ 02/10) and O3 (09/10 ≤ 09/10),
 * not O2 (08/10 > 06/10) nor O4 (none); engagement over reach: O1 and O2 state reach and
 * interactions, O3 states nothing: (40 + 20) / (2,000 + 1,000) = 0.02, 2 posts; 2 % < 3 %: not met.
 */
const INSTAGRAM_OCT: CalendarFigures = {
  brand: 'Herbana', platform: 'Instagram', planned: 5, cancelled: 1, published: 3, due: 4, onSchedule: 3, overdue: 1, goingOut: 4,
  approvedBeforePublishing: 2, engagementRate: 0.02, engagementBasis: 'reach', engagementPosts: 2, engagementTarget: 0.03, engagementTargetMet: false,
};
/*
 * Instagram, September (S1–S3): cancelled 1 (S3); planned 2; published 2; due 2 (both before
 * 18/10), on schedule 2, overdue 0; going out 2; approved in time 2 (01/09 ≤ 10/09, 05/09 ≤
 * 20/09); engagement (50 + 30) / 2,000 = 0.04 over reach, 2 posts; 4 % ≥ 3 %: met.
 */
const INSTAGRAM_SEP: CalendarFigures = {
  brand: 'Herbana', platform: 'Instagram', planned: 2, cancelled: 1, published: 2, due: 2, onSchedule: 2, overdue: 0, goingOut: 2,
  approvedBeforePublishing: 2, engagementRate: 0.04, engagementBasis: 'reach', engagementPosts: 2, engagementTarget: 0.03, engagementTargetMet: true,
};
/*
 * TikTok, October (O7, O8): planned 2, cancelled 0, published 2, due 2 (12/10, 16/10), on
 * schedule 2, overdue 0, going out 2, approved in time 2 (01/10 ≤ 12/10, 10/10 ≤ 16/10);
 * engagement: O7 states reach, so reach is the basis and O8 (impressions only) is left out:
 * 60 / 1,000 = 0.06, 1 post; 6 % ≥ 5 %: met.
 */
const TIKTOK_OCT: CalendarFigures = {
  brand: 'Herbana', platform: 'TikTok', planned: 2, cancelled: 0, published: 2, due: 2, onSchedule: 2, overdue: 0, goingOut: 2,
  approvedBeforePublishing: 2, engagementRate: 0.06, engagementBasis: 'reach', engagementPosts: 1, engagementTarget: 0.05, engagementTargetMet: true,
};
/*
 * TikTok, September (S4): planned 1, published 1, due 1, on schedule 1, going out 1, approved
 * 1 (an approver with no date counts as approved); no post states reach, so impressions:
 * 100 / 2,000 = 0.05, 1 post; 5 % ≥ 5 %: met (exactly the target).
 */
const TIKTOK_SEP: CalendarFigures = {
  brand: 'Herbana', platform: 'TikTok', planned: 1, cancelled: 0, published: 1, due: 1, onSchedule: 1, overdue: 0, goingOut: 1,
  approvedBeforePublishing: 1, engagementRate: 0.05, engagementBasis: 'impressions', engagementPosts: 1, engagementTarget: 0.05, engagementTargetMet: true,
};

let dir: string;
let report: MonthlyReport;
const rendered = {} as Record<'en' | 'id', Record<'terminal' | 'md' | 'html' | 'chat' | 'json', string> & { xlsx: Uint8Array }>;

async function writeCalendar(target: string, name: string, months: [string, Post[]][]): Promise<void> {
  let n = 0;
  await writeXlsx(target, name, months.map(([month, posts]) => ({
    name: month, rows: [[`KALENDER KONTEN ${month.toUpperCase()} 2025`], HEADER, ...posts.map((p) => row(++n, p))],
  })));
}

async function reportOf(target: string, month: string, asOf: string, config: ConfigInput = CONFIG): Promise<MonthlyReport> {
  const parsed = configSchema.parse(config);
  const run = await checkWorkbooks([join(target, 'calendar.xlsx')], parsed, { lang: 'en', month: null, year: null, asOf });
  return monthlyReport({
    month, asOf: run.asOf, config: parsed, postings: run.postings, affiliates: run.affiliates, calendars: run.calendars,
    findings: run.result.findings, includeContact: false,
  });
}

beforeAll(async () => {
  dir = await makeTempDir('kolops-report-calendar-');
  await writeCalendar(dir, 'calendar.xlsx', [['September', SEPTEMBER], ['Oktober', OCTOBER]]);
  report = await reportOf(dir, '2025-10', AS_OF);
  for (const lang of ['en', 'id'] as const) {
    const ctx = { lang, includeContact: false, color: false };
    rendered[lang] = {
      terminal: await renderReport('terminal', report, ctx) as string,
      md: await renderReport('md', report, ctx) as string,
      html: await renderReport('html', report, ctx) as string,
      chat: await renderReport('chat', report, ctx) as string,
      json: await renderReport('json', report, ctx) as string,
      xlsx: await renderReport('xlsx', report, ctx) as Uint8Array,
    };
  }
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the calendar figures of October 2025, as counted by hand', () => {
  it('are the hand count, per platform, with September beside each', () => {
    expect(report.calendar).toEqual([{ ...INSTAGRAM_OCT, previous: INSTAGRAM_SEP }, { ...TIKTOK_OCT, previous: TIKTOK_SEP }]);
  });

  it('are what kolops report monthly --format json says', async () => {
    const run = await kolops(['report', 'monthly', '--month', '2025-10', '--as-of', AS_OF, '--format', 'json', '.'], { cwd: await configured() });
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { calendar: unknown[] };
    expect(doc.calendar).toEqual([{ ...INSTAGRAM_OCT, previous: INSTAGRAM_SEP }, { ...TIKTOK_OCT, previous: TIKTOK_SEP }]);
    expect(JSON.parse(rendered.en.json).calendar).toEqual(doc.calendar);
  });
});

/** The fixture folder with its config beside it, for the CLI. */
async function configured(): Promise<string> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir, 'kolops.config.json'), JSON.stringify(CONFIG));
  return dir;
}

// ─────────────────────────────────────────────────────────────────────────────
// Each format

/** The figures each format shows per platform: label → [this month, last month, change], as English writes them. */
const EXPECTED_EN: Record<'Instagram' | 'TikTok', [label: string, now: string, then: string, change: string][]> = {
  Instagram: [
    ['Planned', '5', '2', '↑ +3'],
    ['Cancelled', '1', '1', '='],
    ['Published', '3', '2', '↑ +1'],
    ['Due by the as-of date', '4', '2', '↑ +2'],
    ['On schedule (due and published)', '3', '2', '↑ +1'],
    ['Overdue (due, not published)', '1', '0', '↑ +1'],
    ['Scheduled or published', '4', '2', '↑ +2'],
    ['Approved before publishing', '2', '2', '='],
    ['Engagement rate', '2.0%', '4.0%', '↓ −2.0 pp'],
    ['Engagement target', '3.0%', '3.0%', '='],
  ],
  TikTok: [
    ['Planned', '2', '1', '↑ +1'],
    ['Cancelled', '0', '0', '='],
    ['Published', '2', '1', '↑ +1'],
    ['Due by the as-of date', '2', '1', '↑ +1'],
    ['On schedule (due and published)', '2', '1', '↑ +1'],
    ['Overdue (due, not published)', '0', '0', '='],
    ['Scheduled or published', '2', '1', '↑ +1'],
    ['Approved before publishing', '2', '1', '↑ +1'],
    // September measured over impressions, October over reach: two different rates, no change claimed.
    ['Engagement rate', '6.0%', '5.0%', '—'],
    ['Engagement target', '5.0%', '5.0%', '='],
  ],
};

const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

describe('every format shows the hand count where it is labelled', () => {
  it('terminal: a table per brand, a column per platform, each cell the figure and its arrow against September', () => {
    const lines = rendered.en.terminal.split('\n');
    const at = lines.indexOf('Content calendar');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('Herbana');
    const rows = lines.slice(at + 2).filter((l) => l.startsWith('│')).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
    expect(rows[0]).toEqual(['Figure', 'Instagram', 'TikTok']);
    const cell = (label: string, col: 1 | 2) => rows.find((r) => r[0] === label)?.[col];
    for (const [platform, col] of [['Instagram', 1], ['TikTok', 2]] as const) {
      for (const [label, now, , change] of EXPECTED_EN[platform]) {
        const arrow = change === '—' ? '' : ` ${change.charAt(0)}`;
        const mark = label === 'Engagement target' ? (platform === 'Instagram' ? ' ✗' : ' ✓') : '';
        expect(cell(label, col), `${platform} ${label}`).toBe(`${now}${arrow}${mark}`);
      }
    }
    expect(cell('Engagement measured over', 1)).toBe('reach (2 posts)');
    expect(cell('Engagement measured over', 2)).toBe('reach (1 post)');
    expect(lines).toContain('TikTok · Herbana: September 2025 measured engagement over impressions, this month over reach, so the two rates are not compared');
    // The finding counts stay the last line.
    expect(lines.filter((l) => l !== '').at(-1)).toMatch(/^October 2025: \d+ errors?/);
  });

  it('Markdown: per platform its month in words and a figures table beside September', () => {
    const md = rendered.en.md;
    const section = md.slice(md.indexOf('## Content calendar'), md.indexOf('## Findings'));
    expect(section).toContain('### Herbana');
    for (const platform of ['Instagram', 'TikTok'] as const) {
      const part = section.slice(section.indexOf(`#### ${platform}`)).split('\n#### ')[0]!;
      const rows = part.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.slice(2, -2).split(' | '));
      expect(rows[0]).toEqual(['Figure', 'October 2025', 'September 2025', 'Change']);
      expect(rows.slice(2)).toEqual(EXPECTED_EN[platform]);
    }
    expect(section).toContain('3 of 5 planned posts published, 1 cancelled; 3 of the 4 posts due by 18 October 2025 published, 1 overdue; '
      + '2 of the 4 posts scheduled or published approved on or before their dates');
    expect(section).toContain('Engagement rate 2.0%: (likes + comments + shares + saves) / reach over 2 published posts that state them; target 3.0%: not met');
    expect(section).toContain('Engagement rate 6.0%: (likes + comments + shares + saves) / reach over 1 published post that states them; target 5.0%: met');
  });

  it('HTML: a box per platform with the sentences and a figures table, inside a section of its own', () => {
    const html = rendered.en.html;
    const section = /<section class="calendar">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('<h3>Herbana</h3>');
    for (const platform of ['Instagram', 'TikTok'] as const) {
      const box = section.split('<div class="calendar-platform">').find((b) => b.startsWith(`\n<h4>${platform}</h4>`)) ?? '';
      const table = /<table class="figures">([\s\S]*?)<\/table>/.exec(box)?.[1] ?? '';
      const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => unescapeHtml(c[1]!)));
      expect(rows[0]).toEqual(['Figure', 'October 2025', 'September 2025', 'Change']);
      expect(rows.slice(1)).toEqual(EXPECTED_EN[platform]);
    }
    // The target not met is said in red, the one met in green.
    expect(section).toMatch(/<p class="engagement bad">Engagement rate 2\.0%[^<]*target 3\.0%: not met<\/p>/);
    expect(section).toMatch(/<p class="engagement good">Engagement rate 6\.0%[^<]*target 5\.0%: met<\/p>/);
  });

  it('xlsx: a Content calendar sheet, last, a row per platform, real numbers and percent cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(rendered.en.xlsx) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'KOLs', 'Postings', 'Affiliates', 'Findings', 'Content calendar']);
    const ws = wb.getWorksheet('Content calendar')!;
    const head = new Map<string, number>();
    ws.getRow(1).eachCell((c, col) => { head.set(String(c.value), col); });
    const value = (r: number, header: string) => {
      const col = head.get(header);
      expect(col, header).toBeDefined();
      const cell = ws.getCell(r, col!);
      return typeof cell.value === 'number' ? `${cell.value} [${cell.numFmt}]` : cell.value;
    };
    const n = (v: number) => `${v} [#,##0]`;
    const pct = (v: number) => `${v} [0.0%]`;
    const change = (v: number) => `${v} [+#,##0;-#,##0;0]`;
    const sep = 'September 2025';
    expect([2, 3].map((r) => [value(r, 'Brand'), value(r, 'Platform')])).toEqual([['Herbana', 'Instagram'], ['Herbana', 'TikTok']]);
    // Instagram
    expect([value(2, 'Planned'), value(2, 'Cancelled'), value(2, 'Published'), value(2, `Published (${sep})`), value(2, 'Published: change')])
      .toEqual([n(5), n(1), n(3), n(2), change(1)]);
    expect([value(2, 'Due by the as-of date'), value(2, 'On schedule'), value(2, `On schedule (${sep})`), value(2, 'On schedule: change'), value(2, 'Overdue')])
      .toEqual([n(4), n(3), n(2), change(1), n(1)]);
    expect([value(2, 'Scheduled or published'), value(2, 'Approved before publishing'), value(2, `Approved before publishing (${sep})`), value(2, 'Approved before publishing: change')])
      .toEqual([n(4), n(2), n(2), change(0)]);
    expect([value(2, 'Engagement rate'), value(2, `Engagement rate (${sep})`), value(2, 'Engagement over'), value(2, 'Posts measured'), value(2, 'Engagement target'), value(2, 'Engagement target status')])
      .toEqual([pct(0.02), pct(0.04), 'reach', n(2), pct(0.03), 'NOT MET']);
    // TikTok
    expect([value(3, 'Planned'), value(3, 'Published'), value(3, 'On schedule'), value(3, 'Overdue'), value(3, 'Approved before publishing')])
      .toEqual([n(2), n(2), n(2), n(0), n(2)]);
    expect([value(3, 'Engagement rate'), value(3, `Engagement rate (${sep})`), value(3, 'Engagement over'), value(3, 'Posts measured'), value(3, 'Engagement target'), value(3, 'Engagement target status')])
      .toEqual([pct(0.06), pct(0.05), 'reach', n(1), pct(0.05), 'MET']);
    // Printed as every other sheet: landscape A4, one page wide, header repeated, the month in the footer.
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.headerFooter.oddFooter).toContain('October 2025');
  });

  it('chat: one line per platform with September beside it, before the affiliate funnel, within the line cap', () => {
    const lines = rendered.en.chat.split('\n');
    const at = lines.indexOf('*Content calendar*');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '- Instagram · Herbana: published 3 of 5 planned, on schedule 3 of 4, approved before publishing 2 of 4, '
        + 'engagement 2.0% over reach, target 3.0%: not met; September 2025: published 2 of 2, engagement 4.0%',
      '- TikTok · Herbana: published 2 of 2 planned, on schedule 2 of 2, approved before publishing 2 of 2, '
        + 'engagement 6.0% over reach, target 5.0%: met; September 2025: published 1 of 1, engagement 5.0%',
    ]);
    expect(lines[at + 3]).toBe('');
    expect(lines.indexOf('*Affiliate funnel*')).toBeGreaterThan(at);
    expect(lines.length).toBeLessThanOrEqual(CHAT_MAX_LINES + 1);
  });

  it('--lang id: the same figures in Indonesian words and number style', async () => {
    const md = rendered.id.md;
    const section = md.slice(md.indexOf(`## ${t('report:calendar-heading', 'id')}`), md.indexOf(`## ${t('report:findings-heading', 'id')}`));
    expect(section).toContain('## Kalender konten');
    expect(section).toContain('| Engagement rate | 2,0% | 4,0% | ↓ −2,0 poin |');
    expect(section).toContain('| Disetujui sebelum tayang | 2 | 2 | = |');
    expect(section).toContain('3 dari 5 postingan yang direncanakan sudah tayang, 1 batal');
    expect(section).toContain('target 3,0%: belum tercapai');
    const chat = rendered.id.chat.split('\n');
    expect(chat).toContain('*Kalender konten*');
    expect(chat.find((l) => l.startsWith('- TikTok · Herbana: '))).toBe('- TikTok · Herbana: sudah tayang 2 dari 2 yang direncanakan, sesuai jadwal 2 dari 2, '
      + 'disetujui sebelum tayang 2 dari 2, engagement rate 6,0% atas reach, target 5,0%: tercapai; September 2025: sudah tayang 1 dari 1, engagement rate 5,0%');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(rendered.id.xlsx) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.at(-1)?.name).toBe('Kalender konten');
    expect(rendered.id.terminal).toContain('Kalender konten\nHerbana\n');
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// Edges

describe('edges', () => {
  it('a month with no calendar post has no section in any format, and the JSON says calendar: []', async () => {
    // August 2025: the calendar holds nothing of it (September is August's next month, not its own).
    const august = await reportOf(dir, '2025-08', AS_OF);
    expect(august.calendar).toEqual([]);
    const ctx = { lang: 'en' as const, includeContact: false, color: false };
    expect(JSON.parse(await renderReport('json', august, ctx) as string).calendar).toEqual([]);
    for (const format of ['terminal', 'md', 'html', 'chat'] as const) {
      expect(await renderReport(format, august, ctx) as string, format).not.toContain('Content calendar');
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderReport('xlsx', august, ctx) as Uint8Array) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'KOLs', 'Postings', 'Affiliates', 'Findings']);
  });

  it('before any post\'s date: on schedule, overdue and approval are "not stated", never 0', async () => {
    // As of 1 September 2025 no September post's date has come, so none can be on schedule or overdue yet.
    const early = await reportOf(dir, '2025-09', '2025-09-01');
    const instagram = early.calendar.find((c) => c.platform === 'Instagram')!;
    expect([instagram.due, instagram.onSchedule, instagram.overdue]).toEqual([0, null, null]);
    const md = await renderReport('md', early, { lang: 'en', includeContact: false, color: false }) as string;
    expect(md).toContain('| On schedule (due and published) | not stated | — | — |');
    expect(md).toContain('no post due by 1 September 2025 yet');
  });

  it('nothing going out: approved before publishing is "not stated"; no published post with metrics: no engagement rate', async () => {
    const solo = await makeTempDir('kolops-report-calendar-drafts-');
    try {
      await writeCalendar(solo, 'calendar.xlsx', [['Oktober', [
        { date: '20/10/2025', platform: 'Instagram', status: 'Draft' },
        { date: '22/10/2025', platform: 'Instagram', status: 'Review', reach: 500, likes: 50 },
      ]]]);
      const r = await reportOf(solo, '2025-10', AS_OF);
      // Planned 2, none cancelled, none published, none due by the 18th, none going out; the
      // metrics of a post in review are not an engagement rate (it is not published).
      expect(r.calendar).toEqual([{
        brand: 'Herbana', platform: 'Instagram', planned: 2, cancelled: 0, published: 0, due: 0, onSchedule: null, overdue: null, goingOut: 0,
        approvedBeforePublishing: null, engagementRate: null, engagementBasis: null, engagementPosts: 0, engagementTarget: 0.03, engagementTargetMet: null,
        previous: null,
      }]);
      const md = await renderReport('md', r, { lang: 'en', includeContact: false, color: false }) as string;
      expect(md).toContain('Engagement rate not stated: no published post states likes, comments, shares or saves with its reach or impressions; target 3.0%');
      expect(md).toContain('| Approved before publishing | not stated | — | — |');
    } finally {
      await rm(solo, { recursive: true, force: true });
    }
  });

  it('chat: many platforms are cut to a few lines with "and N more platforms", within the 30-line cap', async () => {
    // 20 platform × brand entries (the October pair under ten brand names): more than the message can hold.
    const many: MonthlyReport = {
      ...report,
      calendar: Array.from({ length: 10 }, (_, i) => report.calendar.map((c) => ({ ...c, brand: `Brand ${String(i).padStart(2, '0')}` }))).flat(),
    };
    const lines = (await renderReport('chat', many, { lang: 'en', includeContact: false, color: false }) as string).trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(CHAT_MAX_LINES);
    const at = lines.indexOf('*Content calendar*');
    const block = lines.slice(at + 1, lines.indexOf('', at));
    const shown = block.filter((l) => !l.startsWith('- and '));
    const more = block.find((l) => /^- and \d+ more platforms/.test(l));
    expect(more).toBeDefined();
    expect(shown.length + Number(/\d+/.exec(more!)![0])).toBe(20);
    expect(shown[0]).toMatch(/^- Instagram · Brand 00: published 3 of 5 planned/);
  });

  it('groups the platforms by brand when the calendar names more than one, and a configured target replaces the default', async () => {
    const two = await makeTempDir('kolops-report-calendar-brands-');
    try {
      await writeCalendar(two, 'calendar.xlsx', [['Oktober', [
        { date: '02/10/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', brand: 'Herbana', reach: 1000, likes: 25 },
        { date: '03/10/2025', platform: 'Instagram', status: 'Sudah Tayang', approvedBy: 'Bu Rina', brand: 'Herbamojo', reach: 1000, likes: 25 },
        { date: '04/10/2025', platform: 'X', status: 'Dijadwalkan', approvedBy: 'Bu Rina', approvalDate: '01/10/2025', brand: 'Herbamojo' },
      ]]]);
      const r = await reportOf(two, '2025-10', AS_OF, { ...CONFIG, calendar: { platforms: { instagram: { engagementTarget: 2 } } } });
      // 25 / 1,000 = 2.5 % against the configured 2 %: met, for both brands.
      expect(r.calendar.map((c) => [c.brand, c.platform, c.published, c.engagementRate, c.engagementTarget, c.engagementTargetMet]))
        .toEqual([['Herbamojo', 'Instagram', 1, 0.025, 0.02, true], ['Herbamojo', 'X', 0, null, 0.01, null], ['Herbana', 'Instagram', 1, 0.025, 0.02, true]]);
      const ctx = { lang: 'en' as const, includeContact: false, color: false };
      const md = await renderReport('md', r, ctx) as string;
      const headings = md.split('\n').filter((l) => /^#{3,4} /.test(l) && md.indexOf(l) > md.indexOf('## Content calendar'));
      expect(headings).toEqual(['### Herbamojo', '#### Instagram', '#### X', '### Herbana', '#### Instagram']);
      const terminal = (await renderReport('terminal', r, ctx) as string).split('\n');
      const at = terminal.indexOf('Content calendar');
      expect(terminal[at + 1]).toBe('Herbamojo');
      expect(terminal).toContain('Herbana');
    } finally {
      await rm(two, { recursive: true, force: true });
    }
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// The HTML section laid out in Chromium, as test/report/html-layout.test.ts does for the seed month

if (!chromium) console.warn(`skipping the layout tests of the calendar section: ${NO_CHROMIUM}`);

describe.skipIf(!chromium)('the calendar section of the HTML report in headless Chromium', () => {
  describe.each(['en', 'id'] as const)('--lang %s', (lang) => {
    it.each([360, 390, 1280])('at %i px: no sideways scrolling, no cut text', async (width) => {
      // The figures tables reflow on a phone; nothing of the calendar may scroll, not even in its own box.
      await expectFitsScreen(dir, rendered[lang].html, width, 'div.table-scroll.contacts');
    });

    it('printed on A4: every text at least 9 pt, nothing cut', async () => {
      await expectPrintsOnA4(dir, rendered[lang].html);
    });
  });
});
