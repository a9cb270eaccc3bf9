/**
 * Every command and output format of kolops, run in-process over a small workspace of
 * workbooks that make findings of many kinds, with the user-facing text of each run
 * collected: what a person reads (stdout, stderr, files written, the human fields of
 * JSON, SARIF and JUnit), not keys, ids or data. Shared by the language tests
 * (test/i18n/every-command.test.ts for the pseudo-locale, indonesian.test.ts for
 * Bahasa Indonesia), which hold each text to a language and name the run and the string
 * that leaked.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_DISCLOSURE_TAGS, DEFAULT_FORBIDDEN_CLAIMS } from '../../src/config/defaults.js';
import { formatDate, formatDay, formatWeekday } from '../../src/i18n/message-format.js';
import { intlTag } from '../../src/i18n/registry.js';
import { rules } from '../../src/rules/index.js';
import { CONTENT_TYPE_LABELS } from '../../src/parsers/content-type.js';
import { PLATFORM_LABELS } from '../../src/parsers/platform.js';
import { ZONE_OFFSET } from '../../src/parsers/time.js';
import { monthSheetName, templateFileName, templateHeaders } from '../../src/templates/build.js';
import { CALENDAR_PLATFORM_LIST, CALENDAR_STATUS_LISTS, TEMPLATE_KINDS } from '../../src/templates/spec.js';
import { kolops, type CliRun } from './cli.js';
import { csvText, makeTempDir, oleBytes, writeRaw, writeXlsx, type SheetSpec } from './fixtures.js';

// ─────────────────────────────────────────────────────────────────────────────
// The workspace

export interface Workspace {
  root: string;
  /** The team's workbook folder, with its kolops.config.json: every run's working folder. */
  work: string;
  /** Where runs write their -o files (outside `work`, so no later run reads them). */
  out: string;
  /** A folder whose kolops.config.json is invalid. */
  badConfig: string;
  /** Files that cannot be read (a damaged xlsx, a legacy .xls), kept apart so each run meets them only when it asks. */
  broken: string;
  /** Every text of a cell, sheet name and file name in the workbooks: data, shown as the team wrote it. */
  data: string[];
}

const CONFIG = {
  year: 2024,
  brands: [
    { name: 'Herbana', aliases: ['HERBANA'], handles: ['@herbana.id'] },
    { name: 'Herbamojo', aliases: ['HERBAMOJO'], handles: ['@herbamojo'] },
  ],
  listing: { monthlyTarget: 20, allowedTiers: ['nano', 'micro', 'macro', 'mega'] },
  posting: { deadline: { dayOfMonth: 25 } },
  affiliate: { deliverables: { videos: 3, lives: 1 }, commission: { min: 5, max: 20 } },
};

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Headers are the team's Indonesian ones, chosen so that none is an English word kolops
 * itself might print (no `Brand`, `Status`, `Link` on their own): a header quoted back in
 * a message is data, and must not hide an English UI word that leaked.
 */
const LISTING_HEAD = ['No Urut', 'Nama KOL', 'Jumlah Pengikut', 'Alamat Pengiriman', 'Tanggal Posting', 'Bersedia Terima PR Pack',
  'Media Sosial', 'Merek', 'Link Profil', 'Tanggal Kirim', 'Zodiak'];

const AUGUST: unknown[][] = [
  LISTING_HEAD,
  [1, 'Rina Kartika', '85.3K', 'Jalan Melati 5 Bandung 081234567890', undefined, 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/rinakartika/', d('2024-08-02'), 'Leo'],
  [2, 'Bayu Saputra', '142.3K', 'Jalan Kenanga 9 Bogor 081298765432', undefined, 'TIDAK BISA BARTER', 'Instagram', 'Herbana', 'https://www.instagram.com/bayusaputra/', undefined, 'Virgo'],
];

const SEPTEMBER: unknown[][] = [
  LISTING_HEAD,
  [1, 'Rina Kartika', '85.3K', 'Jalan Melati 5 Bandung 081234567890', undefined, 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/rinakartika/', d('2024-09-02'), 'Leo'],
  [2, 'Bagus Wicaksono', '8,301', 'Jalan Mawar 1 Depok 081311112222', undefined, 'TIDAK BISA BARTER', 'Instagram', 'Herbana', 'https://www.instagram.com/baguswicak/', undefined, 'Aries'],
  [3, 'Citra Maharani', 500, 'Jalan Anggrek 3 Solo', undefined, undefined, 'TikTok', 'Herbamojo', 'https://www.tiktok.com/@citramaharani', undefined, 'Pisces'],
  [4, 'Dimas Arya', '354K', 'Jalan Dahlia 4 Malang', undefined, 'BELUM DIBALAS', 'Instagram', 'Herbanna', 'https://www.instagram.com/dimasarya/', undefined, 'Libra'],
  [5, 'Eka Putri', '12,5K', undefined, undefined, 'YES', 'Instagram', 'Herbana', 'bukan tautan', d('2024-09-03'), 'Gemini'],
  [6, 'Rina Kartika', '85.3K', 'Jalan Melati 5 Bandung 081234567890', undefined, 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/rinakartika/', undefined, 'Leo'],
  [],
  [8, 'Fajar Nugroho', { formula: 'C2/0', result: { error: '#DIV/0!' } }, 'Jalan Kamboja 8 Medan', undefined, 'TIDAK BISA DI CONTACT', 'Friendster', 'Herbamojo', 'https://friendster.com/fajar', undefined, 'Taurus'],
  [9, 'Gita Savitri', '1,2 jt', 'Jalan Cempaka 2 Jakarta 081355556666', undefined, 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/gitasavitri/', d('2024-09-03'), 'Cancer'],
  [10, 'Hana Pertiwi', 'banyak sekali', 'Jalan Teratai 6 Bekasi', undefined, undefined, 'YouTube', 'Herbamojo', 'https://www.youtube.com/@hanapertiwi', undefined, 'Scorpio'],
];

const LISTING: SheetSpec[] = [
  { name: 'Agustus 2024', rows: AUGUST },
  { name: 'September 2024', rows: SEPTEMBER },
  { name: 'Arsip Juli 2024', state: 'hidden', rows: [LISTING_HEAD, [1, 'Lina Marlina', '20K', 'Jalan Flamboyan 7 Cirebon', undefined, 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/linamarlina/', d('2024-07-01'), 'Leo']] },
  { name: 'Catatan', rows: [['Ingat hubungi ulang hari Senin'], ['Anggaran kuartal tiga dua belas juta'], ['Kontak agensi Bu Ratna']] },
];

/** Last month's copy of the listing, for `kolops diff`: one KOL fewer, one changed. */
const LISTING_BEFORE: SheetSpec[] = [
  { name: 'September 2024', rows: [LISTING_HEAD, [...SEPTEMBER[1]!.slice(0, 9), d('2024-09-01'), 'Leo'], ['2', 'Bagus Wicaksono', '7.900', 'Jalan Mawar 1 Depok 081311112222', undefined, undefined, 'Instagram', 'Herbana', 'https://www.instagram.com/baguswicak/', undefined, 'Aries'],
    [11, 'Indah Permata', '40K', 'Jalan Sakura 11 Bali', undefined, 'TIDAK BISA BARTER', 'Instagram', 'Herbana', 'https://www.instagram.com/indahpermata/', undefined, 'Leo']] },
];

const RECAP_HEAD = ['Nama KOL', 'Merek', 'Bulan', 'Tanggal Kirim', 'Tanggal Posting', 'Link Posting', 'Isi Caption', 'Jumlah Tayangan',
  'Jumlah Likes', 'Jumlah Komentar', 'Penanggung Jawab'];

const RECAP: SheetSpec[] = [{
  name: 'September 2024',
  rows: [
    RECAP_HEAD,
    ['Rina Kartika', 'Herbana', 'September 2024', d('2024-09-02'), 'Kamis, 5 September 2024', 'https://www.instagram.com/p/rina01/', '#iklan Pagi pagi minum Herbana biar bugar. Cek @herbana.id ya', 12000, 950, 40, 'Abel Cantika'],
    ['Eka Putri', 'Herbana', 'September 2024', d('2024-09-03'), 'Senin, 28 September 2024', 'https://www.instagram.com/p/eka01/', '#iklan Jamu andalan @herbana.id', 100000, 10, 1, 'Abel Cantika'],
    ['Joko Susilo', 'Herbana', 'September 2024', undefined, 'Selasa, 10 September 2024', 'https://www.instagram.com/p/joko01/', 'Jamu ini super ampuh, pasti menyembuhkan darah tinggi dan tanpa efek samping', 8000, 410, 22, 'Abel Cantika'],
    ['Citra Maharani', 'Herbamojo', 'September 2024', undefined, 'tanggal tiga puluh dua', undefined, undefined, undefined, undefined, undefined, 'Abel Cantika'],
    [undefined, 'Herbana', 'September 2024', undefined, 'Rabu, 11 September 2024', undefined, undefined, undefined, undefined, undefined, undefined],
  ],
}];

/** The seed's wide recap ("Gambar 3.3"): a name column and a posting-date column per brand. */
const WIDE_RECAP: SheetSpec[] = [{
  name: 'Recap',
  rows: [
    ['RECAP POSTINGAN KESELURUHAN KOL'],
    [undefined, 'TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', undefined, 'TANGGAL POSTING KOL HERBANA JULI-SEPTEMBER'],
    ['No Urut', 'Herbamojo', 'Tanggal Posting', 'Tanggal Posting'],
    [1, 'Gustaf Sallendra', '-', 'Rabu, 07 Agustus 2024'],
    [2, 'Andreas Peter', 'Sabtu, 27 Juli 2024', '-'],
    [3, 'Lincoln Halim', 'Sabtu, 17 Agustus 2024', 'Selasa, 21 Agustus 2024'],
  ],
}];

const AFFILIATE: SheetSpec[] = [
  {
    name: 'Affiliate',
    rows: [
      ['SHOPEE HERBANA YANG DEAL SEPTEMBER'],
      ['No Urut', 'Nama Akun', 'Tautan', 'Status Deal'],
      ['Yang sudah di contact: 2 (Abel Cantika)'],
      ['Yang sudah deal: 5 (September)'],
      [1, 'sehatbersamadina', 'https://shopee.co.id/sehatbersamadina', 'DONE'],
      [2, 'herbana99', 'https://www.tiktok.com/@herbana99', 'DONE'],
      [3, 'herbana99', 'https://www.tiktok.com/@herbana99', 'DONE'],
      [4, 'mamasehat.lina', 'https://shopee.co.id/mamasehat.lina', 'DOEN'],
    ],
  },
  {
    name: 'Deals September 2024',
    rows: [
      ['Bulan', 'Media Sosial', 'Merek', 'Nama Akun', 'Tautan', 'Jumlah Video', 'Jumlah Live', 'Link Bukti', 'Komisi (%)', 'Penjualan', 'Target Penjualan', 'Status Deal'],
      ['September 2024', 'Shopee', 'Herbana', 'sehatbersamadina', 'https://shopee.co.id/sehatbersamadina', 3, 1, 'https://shopee.co.id/live/dina1', 0.1, 8500000, 15000000, 'DONE'],
      ['September 2024', 'TikTok Shop', 'Herbana', '@rinafitjourney', 'https://www.tiktok.com/@rinafitjourney', 2, 1, 'https://vt.tiktok.com/rina1/', 0.25, 26750000, 25000000, 'DONE'],
      ['September 2024', 'TikTok Shop', 'Herbamojo', 'jamu.papa.gym', 'https://www.tiktok.com/@jamu.papa.gym', 3, 0, undefined, 0.12, 1000000, 20000000, 'DONE'],
    ],
  },
];

const CALENDAR_HEAD = ['No Urut', 'Tanggal Tayang', 'Pukul', 'Media Sosial', 'Jenis Konten', 'Tema Konten', 'Isi Caption', 'Tagar',
  'Status Konten', 'Disetujui Oleh', 'Tanggal Disetujui', 'Tanggal Dibuat', 'Tautan Postingan', 'Penanggung Jawab', 'Kampanye', 'Merek',
  'Jangkauan', 'Tayangan', 'Jumlah Likes', 'Jumlah Komentar', 'Dibagikan', 'Disimpan'];

const LONG_X_POST = 'Utas pagi ini: lima kebiasaan kecil yang bikin hari kerja terasa ringan. Bangun di jam yang sama, jalan kaki sepuluh menit '
  + 'setelah makan siang, simpan ponsel sejam sebelum tidur, minum air sebelum kopi pertama, dan sisihkan waktu untuk keluarga tanpa notifikasi. '
  + 'Mana yang mau kamu coba? @herbamojo';

/** The brands' own content calendar for September: a clean post, and one of most things a calendar check finds. */
const CALENDAR: SheetSpec[] = [{
  name: 'Kalender September 2024',
  rows: [
    CALENDAR_HEAD,
    [1, 'Senin, 2 September 2024', '19.00', 'Instagram', 'Reels', 'Rutinitas pagi', 'Pagi segar bareng Temulawak, cek @herbana.id', '#jamu #herbal',
      'Sudah Tayang', 'Ratna Sari', d('2024-08-15'), d('2024-08-10'), 'https://www.instagram.com/p/kalender01/', 'Abel Cantika', 'Sehat Bareng', 'Herbana',
      4000, 6000, 150, 12, 5, 9],
    [2, 'Selasa, 3 September 2024', '03.00', 'X', 'Tweet', 'Lima kebiasaan', LONG_X_POST, '#herbamojo',
      'Sudah Tayang', 'Ratna Sari', d('2024-08-15'), d('2024-08-10'), 'https://x.com/herbamojo/status/1830000000001', 'Abel Cantika', 'Pria Aktif', 'Herbamojo',
      undefined, 2100, 20, 3, 2, 1],
    [3, 'Rabu, 4 September 2024', '12.00', 'Instagram', 'Carousel', 'Kuis rempah', 'Kuis berhadiah: tebak rempah utamanya dari foto ini', '#kuis',
      'Draft', undefined, undefined, d('2024-08-12'), undefined, 'Abel Cantika', undefined, 'Herbana'],
    [4, 'Kamis, 6 September 2024', '19.30', 'TikTok', 'Video', 'Rutinitas pagi', 'Pagi segar bareng Temulawak, cek @herbana.id', '#jamu',
      'Sudah Tayng', 'Ratna Sari', d('2024-08-15'), d('2024-08-10'), 'https://www.tiktok.com/@herbana.id/video/7410000000001', 'Abel Cantika', undefined, 'Herbana'],
    [5, 'Sabtu, 7 September 2024', '20.00', 'Instagram', 'Feed', 'Stamina', 'Herbamojo ampuh untuk stamina kerja @herbamojo',
      '#herbamojo #pria #stamina #jamu #herbal #sehat #kerja #semangat', 'Sudah Tayang', undefined, undefined, d('2024-09-05'), undefined, 'Abel Cantika', undefined, 'Herbamojo'],
    [6, 'Senin, 9 September 2024', '18.00', 'YouTube', 'Video YouTube', 'Vlog produksi', 'Sehari bersama tim produksi @herbamojo', '#vlog',
      'Sudah Tayang', 'Ratna Sari', d('2024-09-12'), d('2024-08-10'), 'https://www.youtube.com/watch?v=kalender06', 'Abel Cantika', undefined, 'Herbamojo'],
    [7, 'tanggal tiga puluh dua', 'jam makan siang', 'Friendster', 'Poster Bergerak', 'Arsip', 'Unggahan lama @herbana.id', undefined,
      'Dijadwalkan', 'Ratna Sari', d('2024-08-15'), d('2024-08-10'), undefined, 'Abel Cantika', undefined, 'Herbana'],
    [8, 'Jumat, 20 September 2024', '19.00', 'Instagram', 'Feed', 'Resep es jahe', 'Resep es jahe madu untuk akhir pekan bareng @herbana.id', '#resep',
      'Sudah Tayang', 'Ratna Sari', d('2024-08-15'), d('2024-08-10'), 'https://www.instagram.com/p/kalender08/', 'Abel Cantika', 'Sehat Bareng', 'Herbana',
      3800, 5900, 140, 10, 4, 8],
  ],
}];

/** A CSV export with no month anywhere, no PR-pack column, and a ragged row. */
const UNDATED_CSV = [
  ['Nama KOL', 'Jumlah Pengikut', 'Media Sosial', 'Merek', 'Link Profil'],
  ['Kiki Amalia', '25K', 'Instagram', 'Herbana', 'https://www.instagram.com/kikiamalia/'],
  ['Lukman Hakim', '60K', 'Instagram', 'Herbana', 'https://www.instagram.com/lukmanhakim/', 'lebih', 'kolom'],
];

function cellTexts(sheets: readonly SheetSpec[]): string[] {
  const out: string[] = [];
  for (const s of sheets) {
    out.push(s.name);
    for (const row of s.rows) for (const v of row) if (typeof v === 'string') out.push(v);
  }
  return out;
}

export async function buildWorkspace(): Promise<Workspace> {
  const root = await makeTempDir('kolops-every-command-');
  const work = join(root, 'berkas');
  const out = join(root, 'hasil');
  const badConfig = join(root, 'config-rusak');
  const broken = join(root, 'rusak');
  for (const dir of [work, out, badConfig, broken]) await mkdir(dir);
  await writeFile(join(work, 'kolops.config.json'), JSON.stringify(CONFIG, null, 2));
  await writeXlsx(work, 'listing-2024.xlsx', LISTING);
  await writeXlsx(work, 'recap-september-2024.xlsx', RECAP);
  await writeXlsx(work, 'recap-postingan.xlsx', WIDE_RECAP);
  await writeXlsx(work, 'affiliate-2024.xlsx', AFFILIATE);
  await writeXlsx(work, 'kalender-konten-2024.xlsx', CALENDAR);
  await writeRaw(work, 'kol-tanpa-bulan.csv', csvText(UNDATED_CSV));
  await writeRaw(broken, 'rusak.xlsx', Buffer.from('PK\u0003\u0004 bukan zip yang utuh'));
  await writeRaw(broken, 'lama.xls', oleBytes());
  await writeXlsx(root, 'listing-sebelum.xlsx', LISTING_BEFORE);
  await writeFile(join(badConfig, 'kolops.config.json'), JSON.stringify({ listing: { monthlyTarget: 'dua puluh' }, brands: [{ nama: 'Herbana' }] }));
  await writeXlsx(badConfig, 'listing.xlsx', [{ name: 'September 2024', rows: SEPTEMBER.slice(0, 3) }]);
  const data = [
    ...cellTexts(LISTING), ...cellTexts(LISTING_BEFORE), ...cellTexts(RECAP), ...cellTexts(WIDE_RECAP), ...cellTexts(AFFILIATE),
    ...cellTexts(CALENDAR), ...UNDATED_CSV.flat(),
    'listing-2024.xlsx', 'recap-september-2024.xlsx', 'recap-postingan.xlsx', 'affiliate-2024.xlsx', 'kalender-konten-2024.xlsx', 'kol-tanpa-bulan.csv',
    'rusak.xlsx', 'lama.xls', 'listing-sebelum.xlsx', 'listing.xlsx', 'berkas', 'hasil', 'config-rusak', 'rusak',
    // a CSV's one sheet is named after its file
    'kol-tanpa-bulan',
    // the KOL the baseline run adds to the baseline file by hand
    'Zaenal Abidin',
    ...CONFIG.brands.flatMap((b) => [b.name, ...b.aliases, ...b.handles]),
  ];
  return { root, work, out, badConfig, broken, data };
}

export async function removeWorkspace(ws: Workspace): Promise<void> {
  await rm(ws.root, { recursive: true, force: true });
}

// ─────────────────────────────────────────────────────────────────────────────
// Reading what a run said

/** One piece of user-facing text and where it came from. */
export interface Said {
  where: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** The text a reader sees in an HTML page: no tags, no style sheet, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<!DOCTYPE[^>]*>/i, ' ').replace(/<[^>]+>/g, ' '));
}

/** The human fields of `--format json`: each finding's message. */
function checkJsonText(stdout: string): string[] {
  const doc = JSON.parse(stdout) as { findings: { message: string }[] };
  return doc.findings.map((f) => f.message);
}

/** The human fields of SARIF: result messages, rule descriptions, suppression justifications. */
function sarifText(stdout: string): string[] {
  const doc = JSON.parse(stdout) as {
    runs: { tool: { driver: { rules: { shortDescription: { text: string } }[] } }; results: { message: { text: string }; suppressions?: { justification: string }[] }[] }[];
  };
  const out: string[] = [];
  for (const run of doc.runs) {
    for (const r of run.tool.driver.rules) out.push(r.shortDescription.text);
    for (const r of run.results) {
      out.push(r.message.text);
      for (const s of r.suppressions ?? []) out.push(s.justification);
    }
  }
  return out;
}

/** The human parts of JUnit XML: test case names, failure messages and the text of failures and notes. */
function junitText(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<testcase[^>]*\bname="([^"]*)"/g)) out.push(decodeEntities(m[1]!));
  for (const m of xml.matchAll(/<failure[^>]*\bmessage="([^"]*)"/g)) out.push(decodeEntities(m[1]!));
  for (const m of xml.matchAll(/<(failure|system-out)[^>]*>([\s\S]*?)<\/\1>/g)) out.push(decodeEntities(m[2]!));
  return out;
}

/** GitHub workflow commands: the message after `::`, decoded; plain lines as they are. */
function githubText(stdout: string): string[] {
  return stdout.split('\n').map((line) => {
    const m = /^::(?:error|warning|notice) [^:]*(?:%3A[^:]*)*::(.*)$/.exec(line);
    const text = m ? m[1]! : line;
    return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  });
}

/** Every name and text a person sees in a workbook kolops wrote: sheet names, cells, notes, drop-down messages. */
export async function workbookText(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    out.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === 'string') out.push(v);
        else if (v && typeof v === 'object' && 'richText' in v) out.push(v.richText.map((r) => r.text).join(''));
        const note = cell.note as string | { texts?: { text: string }[] } | undefined;
        if (typeof note === 'string') out.push(note);
        else if (note?.texts) out.push(note.texts.map((x) => x.text).join(''));
        const dv = cell.dataValidation as { error?: string; errorTitle?: string; prompt?: string; promptTitle?: string } | undefined;
        for (const s of [dv?.error, dv?.errorTitle, dv?.prompt, dv?.promptTitle]) if (s) out.push(s);
      });
    });
  }
  return [...new Set(out)];
}

/** The header row of every sheet of a workbook, with its sheet name: `init`'s templates. */
export async function workbookHeaders(path: string): Promise<{ sheet: string; headers: string[] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const headers: string[] = [];
    ws.getRow(1).eachCell((c) => void headers.push(String(c.value)));
    return { sheet: ws.name, headers };
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// The runs

/** How the runs ask for the language: flags added to every command, and the environment. */
export interface LangChoice {
  /** The language asked for (`qps`, `id`). */
  tag: string;
  /** A short name for test titles: `LANG=qps`, `--lang id`. */
  label: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
}

export interface RunContext {
  ws: Workspace;
  lang: LangChoice;
  /** A fresh name in the output folder, so no run refuses to write over another's file. */
  output: (ext: string) => string;
}

export interface CommandRun {
  name: string;
  /** What the user typed (paths, values): shown back as typed, in every language. */
  typed?: readonly string[];
  /** Machine text where an ISO date is the cell's value as stored (`textconv`): not prose. */
  isoDatesAreData?: boolean;
  /** Exit codes this run may end with (a check with findings is 1; a usage or config error is 2). */
  codes: readonly number[];
  run: (ctx: RunContext) => Promise<RunResult>;
}

export interface RunResult {
  result: CliRun;
  said: Said[];
  /** What the run found wrong besides words (a template header that is not the locale's). */
  problems?: string[];
}

const streams = (r: CliRun): Said[] => [{ where: 'stdout', text: r.stdout }, { where: 'stderr', text: r.stderr }];
const pieces = (where: string, texts: readonly string[]): Said[] => texts.map((text) => ({ where, text }));

type Reader = (r: CliRun, ctx: RunContext, file: string | null) => Promise<Said[]>;

const asText: Reader = async (r) => streams(r);

/** A command run in the workspace with the run's language; its text read by `read`. */
function cli(name: string, args: readonly string[], codes: readonly number[], read: Reader = asText, opts: { cwd?: (ws: Workspace) => string; output?: string; env?: (ctx: RunContext) => NodeJS.ProcessEnv } = {}): CommandRun {
  return {
    name,
    codes,
    typed: args,
    run: async (ctx) => {
      const file = opts.output ? ctx.output(opts.output) : null;
      const argv = [...args, ...(file ? ['-o', file] : []), ...ctx.lang.args];
      const result = await kolops(argv, { cwd: opts.cwd?.(ctx.ws) ?? ctx.ws.work, env: { ...ctx.lang.env, ...opts.env?.(ctx) } });
      return { result, said: await read(result, ctx, file) };
    },
  };
}

const AS_OF = ['--as-of', '2024-09-28'];

const stderrAnd = (where: string, texts: (r: CliRun) => string[]): Reader => async (r) => [
  ...pieces(where, texts(r)),
  { where: 'stderr', text: r.stderr },
];

const fileAnd = (read: (file: string) => Promise<string[]>): Reader => async (r, _ctx, file) => [
  ...streams(r),
  ...(file && existsSync(file) ? pieces(file.split('/').pop()!, await read(file)) : [{ where: 'output file', text: `(not written: exit ${r.code})` }]),
];

/** The commands every language test runs: each command and output format, help, and the errors a user meets. */
export function commandRuns(): CommandRun[] {
  const runs: CommandRun[] = [];

  // check, in every output format, over every kind of table and an unreadable file
  runs.push(cli('check (text)', ['check', '.', ...AS_OF], [1]));
  runs.push(cli('check --format json', ['check', '.', ...AS_OF, '--format', 'json'], [1], stderrAnd('findings[].message', (r) => checkJsonText(r.stdout))));
  runs.push(cli('check --format github (+ step summary)', ['check', '.', ...AS_OF, '--format', 'github'], [1],
    async (r, ctx) => {
      const summary = join(ctx.ws.out, 'github-step-summary.md');
      return [...pieces('annotations', githubText(r.stdout)), { where: 'stderr', text: r.stderr },
        ...(existsSync(summary) ? [{ where: 'GITHUB_STEP_SUMMARY', text: await readFile(summary, 'utf8') }] : [])];
    },
    { env: (ctx) => ({ GITHUB_STEP_SUMMARY: join(ctx.ws.out, 'github-step-summary.md') }) }));
  runs.push(cli('check --format junit', ['check', '.', ...AS_OF, '--format', 'junit'], [1], stderrAnd('junit', (r) => junitText(r.stdout))));
  runs.push(cli('check --format sarif', ['check', '.', ...AS_OF, '--format', 'sarif'], [1], stderrAnd('sarif', (r) => sarifText(r.stdout))));
  runs.push(cli('check -o report.txt --max-warnings 0 --quiet', ['check', 'listing-2024.xlsx', ...AS_OF, '--max-warnings', '0', '--quiet'], [1],
    fileAnd(async (f) => [await readFile(f, 'utf8')]), { output: 'txt' }));
  runs.push(cli('check --max-findings 1 (text)', ['check', 'listing-2024.xlsx', ...AS_OF, '--max-findings', '1'], [1]));
  runs.push({
    name: 'check --baseline (write, then sarif and text against it)',
    codes: [0, 1],
    run: async (ctx) => {
      const baseline = join(ctx.ws.out, `baseline-${ctx.output('json').split('/').pop()}`);
      const env = ctx.lang.env;
      const write = await kolops(['check', 'listing-2024.xlsx', ...AS_OF, '--baseline', baseline, '--suppress-all', ...ctx.lang.args], { cwd: ctx.ws.work, env });
      const doc = JSON.parse(await readFile(baseline, 'utf8')) as { findings: object[] };
      doc.findings.push({ file: 'berkas/listing-2024.xlsx', rule: 'listing/duplicate-kol', severity: 'error', sheet: 'September 2024', kol: 'Zaenal Abidin', month: '2024-09', count: 2 });
      await writeFile(baseline, JSON.stringify(doc));
      const text = await kolops(['check', 'listing-2024.xlsx', ...AS_OF, '--baseline', baseline, ...ctx.lang.args], { cwd: ctx.ws.work, env });
      const sarif = await kolops(['check', 'listing-2024.xlsx', ...AS_OF, '--baseline', baseline, '--format', 'sarif', ...ctx.lang.args], { cwd: ctx.ws.work, env });
      const said = [...streams(write).map((s) => ({ ...s, where: `--suppress-all ${s.where}` })), ...streams(text).map((s) => ({ ...s, where: `text ${s.where}` })),
        ...pieces('sarif', sarifText(sarif.stdout)), { where: 'sarif stderr', text: sarif.stderr }];
      return { result: { code: Math.max(write.code, text.code), stdout: '', stderr: '' }, said };
    },
  });

  // the kind-only checks: each reads the whole folder and passes over the other kinds
  runs.push(cli('list validate', ['list', 'validate', '.', ...AS_OF], [1]));
  runs.push(cli('recap check --listing', ['recap', 'check', 'recap-september-2024.xlsx', 'recap-postingan.xlsx', '--listing', 'listing-2024.xlsx', ...AS_OF], [1]));
  runs.push(cli('affiliate check', ['affiliate', 'check', '.', ...AS_OF], [1]));
  runs.push(cli('calendar check', ['calendar', 'check', '.', ...AS_OF], [1]));
  runs.push(cli('calendar check --format json', ['calendar', 'check', 'kalender-konten-2024.xlsx', ...AS_OF, '--format', 'json'], [1],
    stderrAnd('findings[].message', (r) => checkJsonText(r.stdout))));
  runs.push(cli('list validate (a file with no listing)', ['list', 'validate', 'affiliate-2024.xlsx', ...AS_OF], [0, 1]));

  // describe
  runs.push(cli('describe (text)', ['describe', '.'], [0]));
  runs.push(cli('describe --format json', ['describe', '.', '--format', 'json'], [0], stderrAnd('files[].unreadable.message', (r) => {
    const doc = JSON.parse(r.stdout) as { files: { unreadable: { message: string } | null }[] };
    return doc.files.flatMap((f) => (f.unreadable ? [f.unreadable.message] : []));
  })));

  // chase: text for people, json and csv for machines (their stderr is still read)
  runs.push(cli('chase (text)', ['chase', '.', '--as-of', '2024-09-20', '--within', '10'], [0, 1]));
  runs.push(cli('chase (text, nothing to chase)', ['chase', 'listing-2024.xlsx', '--as-of', '2024-06-01', '--month', '2024-06'], [0, 1]));
  runs.push(cli('chase --format json', ['chase', '.', '--as-of', '2024-09-20', '--format', 'json'], [0, 1], stderrAnd('json', () => [])));
  runs.push(cli('chase --format csv', ['chase', '.', '--as-of', '2024-09-20', '--format', 'csv'], [0, 1], stderrAnd('csv', () => [])));

  // report monthly, to every output kind
  const report = ['report', 'monthly', '.', '--month', '2024-09', ...AS_OF];
  runs.push(cli('report monthly (terminal)', report, [0, 1]));
  runs.push(cli('report monthly -o .md', report, [0, 1], fileAnd(async (f) => [await readFile(f, 'utf8')]), { output: 'md' }));
  runs.push(cli('report monthly -o .md --include-contact', [...report, '--include-contact'], [0, 1], fileAnd(async (f) => [await readFile(f, 'utf8')]), { output: 'md' }));
  runs.push(cli('report monthly -o .html', report, [0, 1], fileAnd(async (f) => [htmlText(await readFile(f, 'utf8'))]), { output: 'html' }));
  runs.push(cli('report monthly -o .json', report, [0, 1], fileAnd(async (f) => (JSON.parse(await readFile(f, 'utf8')), [])), { output: 'json' }));
  runs.push(cli('report monthly --format json (stdout)', [...report, '--format', 'json'], [0, 1], stderrAnd('json', (r) => (JSON.parse(r.stdout), []))));
  runs.push(cli('report monthly -o .xlsx', report, [0, 1], fileAnd(workbookText), { output: 'xlsx' }));
  runs.push(cli('report monthly --format chat (stdout)', [...report, '--format', 'chat'], [0, 1]));
  runs.push(cli('report monthly -o .txt --include-contact (chat: ignored, said)', [...report, '--include-contact'], [0, 1], fileAnd(async (f) => [await readFile(f, 'utf8')]), { output: 'txt' }));
  runs.push(cli('report monthly (a month with nothing)', ['report', 'monthly', '.', '--month', '2023-01', '--as-of', '2023-02-01'], [0, 1]));
  runs.push(cli('report monthly -o .pdf (unknown extension)', report, [2], asText, { output: 'pdf' }));

  // report range, to every output kind it has
  const range = ['report', 'range', '.', '--from', '2024-07', '--to', '2024-10', ...AS_OF];
  runs.push(cli('report range (terminal)', range, [0]));
  runs.push(cli('report range -o .md', range, [0], fileAnd(async (f) => [await readFile(f, 'utf8')]), { output: 'md' }));
  runs.push(cli('report range -o .html', range, [0], fileAnd(async (f) => [htmlText(await readFile(f, 'utf8'))]), { output: 'html' }));
  runs.push(cli('report range -o .json', range, [0], fileAnd(async (f) => (JSON.parse(await readFile(f, 'utf8')), [])), { output: 'json' }));
  runs.push(cli('report range --format json (stdout)', [...range, '--format', 'json'], [0], stderrAnd('json', (r) => (JSON.parse(r.stdout), []))));
  runs.push(cli('report range -o .xlsx', range, [0], fileAnd(workbookText), { output: 'xlsx' }));
  runs.push(cli('report range (months with nothing)', ['report', 'range', '.', '--from', '2023-01', '--to', '2023-03', '--as-of', '2023-04-01'], [0]));
  runs.push(cli('report range -o .txt (no chat message)', range, [2], asText, { output: 'txt' }));
  runs.push(cli('usage error: report range --from after --to', ['report', 'range', '.', '--from', '2024-10', '--to', '2024-07'], [2]));
  runs.push(cli('usage error: report range longer than 36 months', ['report', 'range', '.', '--from', '2020-01', '--to', '2024-12'], [2]));

  // diff
  const diff = ['diff', '../listing-sebelum.xlsx', 'listing-2024.xlsx'];
  runs.push(cli('diff (text)', diff, [0, 1]));
  runs.push(cli('diff --format markdown', [...diff, '--format', 'markdown'], [0, 1]));
  runs.push(cli('diff --format json', [...diff, '--format', 'json'], [0, 1], stderrAnd('json', (r) => (JSON.parse(r.stdout), []))));
  runs.push(cli('diff (one file only: usage)', ['diff', 'listing-2024.xlsx'], [2]));

  // normalize, textconv
  runs.push(cli('normalize -o', ['normalize', 'listing-2024.xlsx'], [0, 1], asText, { output: 'xlsx' }));
  runs.push(cli('normalize (no output named)', ['normalize', 'listing-2024.xlsx'], [2]));
  runs.push({ ...cli('textconv', ['textconv', 'listing-2024.xlsx'], [0]), isoDatesAreData: true });
  runs.push(cli('textconv (unreadable file)', ['textconv', '../rusak/lama.xls'], [0]));
  runs.push(cli('textconv (damaged file)', ['textconv', '../rusak/rusak.xlsx'], [0]));

  // init: what it says, and the templates it writes
  runs.push({
    name: 'init (and the templates it writes)',
    codes: [0],
    run: async (ctx) => {
      const dir = join(ctx.ws.out, `init-${ctx.output('d').split('/').pop()}`);
      const result = await kolops(['init', dir, '--month', '2024-10', ...ctx.lang.args], { cwd: ctx.ws.work, env: ctx.lang.env });
      const said = streams(result);
      for (const name of (existsSync(dir) ? await readdir(dir) : []).filter((n) => n.endsWith('.xlsx')).sort()) {
        said.push(...pieces(name, await workbookText(join(dir, name))));
      }
      // Each template is named and headed in the run's language, from the locale.
      const problems: string[] = [];
      for (const kind of TEMPLATE_KINDS) {
        const file = join(dir, templateFileName(kind, ctx.lang.tag));
        if (!existsSync(file)) { problems.push(`${kind}: no ${file}`); continue; }
        const [first] = await workbookHeaders(file);
        if (JSON.stringify(first?.headers) !== JSON.stringify(templateHeaders(kind, ctx.lang.tag))) problems.push(`${kind}: headers ${JSON.stringify(first?.headers)}`);
        if (first?.sheet !== monthSheetName('2024-10', ctx.lang.tag)) problems.push(`${kind}: sheet ${first?.sheet}`);
      }
      return { result, said, problems };
    },
  });

  // the errors a user meets
  runs.push(cli('usage error: unknown --format', ['check', '.', '--format', 'pdf'], [2]));
  runs.push(cli('usage error: unknown command', ['periksa', '.'], [2]));
  runs.push(cli('usage error: report without --month', ['report', 'monthly', '.'], [2]));
  runs.push(cli('usage error: bad --max-warnings', ['check', '.', '--max-warnings', 'banyak'], [2]));
  runs.push(cli('config error', ['check', '.'], [2], asText, { cwd: (ws) => ws.badConfig }));
  runs.push(cli('missing path', ['check', 'tidak-ada.xlsx'], [1, 2]));
  runs.push(cli('unreadable file (check: legacy .xls)', ['check', '../rusak/lama.xls'], [1]));
  runs.push(cli('unreadable file (check: damaged .xlsx)', ['check', '../rusak/rusak.xlsx'], [1]));
  runs.push(cli('unreadable files (describe)', ['describe', '../rusak'], [0]));

  return runs;
}

/**
 * Runs that fail for now because the words they show are outside src/formatters, report,
 * diff, templates, engine and tables, and are being moved into the locale elsewhere. Their
 * tests stay on and fail, titled with what they wait for; drop an entry once its run passes.
 */
export const WAITING_FOR: Readonly<Record<string, { why: string; langs?: readonly string[] }>> = {};

/** A run's test title: its name, and what it waits for when it is known to fail in `lang`. */
export function title(run: CommandRun, lang: string, suffix = ''): string {
  const waits = WAITING_FOR[run.name];
  return `${run.name}${suffix}${waits && (!waits.langs || waits.langs.includes(lang)) ? ` [fails until ${waits.why}]` : ''}`;
}

/** Every command and command group, as typed after `kolops`, for `--help`. */
export const HELP_COMMANDS: readonly (readonly string[])[] = [
  [], ['check'], ['list'], ['list', 'validate'], ['recap'], ['recap', 'check'], ['affiliate'], ['affiliate', 'check'], ['calendar'], ['calendar', 'check'],
  ['describe'], ['normalize'], ['textconv'], ['diff'], ['init'], ['report'], ['report', 'monthly'], ['report', 'range'], ['chase'],
];

export function helpRuns(): CommandRun[] {
  return HELP_COMMANDS.map((cmd) => cli(`${['kolops', ...cmd].join(' ')} --help`, [...cmd, '--help'], [0]));
}

// ─────────────────────────────────────────────────────────────────────────────
// Finding the words that leaked

export interface Leak {
  where: string;
  /** The word (or ISO date) that is not in the run's language. */
  word: string;
  /** The line it stands on, shortened to the part around the word. */
  line: string;
  /** The whole line. */
  full: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every word Intl writes for `lang` where kolops formats with it: month and weekday names
 * (alone, in a full date, in a month and year) and the words of its lists ("a, b and c").
 * These are the language's, whatever it is: the test allows them, and nothing more.
 */
export function intlWords(lang: string): string[] {
  const tag = intlTag(lang);
  const out = new Set<string>();
  const words = (s: string) => s.match(/[\p{L}\p{M}]+/gu) ?? [];
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2024, m, 15));
    const iso = date.toISOString().slice(0, 10);
    for (const w of [...words(formatDate(iso, lang)), ...words(formatDay(iso, lang))]) out.add(w);
    for (const opts of [{ month: 'long' }, { month: 'short' }, { month: 'long', year: 'numeric' }, { day: 'numeric', month: 'short', year: 'numeric' }] as const) {
      for (const w of words(new Intl.DateTimeFormat(tag, { ...opts, timeZone: 'UTC' }).format(date))) out.add(w);
    }
  }
  for (let w = 0; w < 7; w++) {
    for (const x of words(formatWeekday(w, lang))) out.add(x);
    for (const weekday of ['long', 'short'] as const) {
      for (const x of words(new Intl.DateTimeFormat(tag, { weekday, timeZone: 'UTC' }).format(new Date(Date.UTC(1970, 0, 4 + w))))) out.add(x);
    }
  }
  for (const type of ['conjunction', 'disjunction'] as const) {
    for (const x of words(new Intl.ListFormat(tag, { type, style: 'long' }).format(['1', '2', '3']))) out.add(x);
  }
  return [...out];
}

export interface LeakRules {
  /** Phrases removed before words are looked at: data, names, paths (longest first). */
  phrases: readonly string[];
  /** Patterns removed before words are looked at (options, file names, rule ids …). */
  patterns: readonly RegExp[];
  /** Is this word (a run of letters) not in the language under test? */
  foreign: (word: string) => boolean;
  /** Flag ISO dates (`2024-09-25`) in prose: people read dates as the language writes them. */
  isoDates: boolean;
}

/**
 * What is the same in every language: rule ids, platform names, and the config's own
 * values (its tier names, the disclosure tags and claim phrases it matches, the config
 * keys of a JSON snippet to paste), which a message quotes as the config writes them.
 */
export function namesEverywhere(): string[] {
  return [
    ...rules.map((r) => r.meta.id), ...Object.values(PLATFORM_LABELS),
    ...DEFAULT_DISCLOSURE_TAGS, ...Object.values(DEFAULT_FORBIDDEN_CLAIMS).flat(),
    ...CONFIG.listing.allowedTiers,
    // The calendar's values as a cell takes them: Indonesia's time zones, the content types
    // and platforms offered to pick from, and the statuses a template offers a language the
    // status parser does not know (English).
    ...Object.keys(ZONE_OFFSET), ...Object.values(CONTENT_TYPE_LABELS), ...CALENDAR_PLATFORM_LIST, ...CALENDAR_STATUS_LISTS.en,
  ];
}

const COMMAND_NAMES = 'validate|check|list|recap|affiliate|describe|normalize|textconv|diff|init|report|monthly|range|chase|help';
/** The values options take (formats, languages), quoted in help or listed in a usage error. */
const CHOICES = 'text|json|github|junit|sarif|markdown|csv|chat|en|id|qps';

/**
 * Names in output that a pattern tells apart, the same in every language:
 * - the keys of a JSON snippet to paste into the config (`"statuses": {"done": …}`);
 * - a command's name where help lists the commands (`  check [options] …`);
 * - a column letter on its own (`C Herbamojo`, describe's `A   No Urut → …`), and `A:A`;
 * - the date patterns an option takes (`--month <YYYY-MM>`);
 * - the values an option takes, as its help quotes them ("text", "json", "en") or a usage error lists them (text, json, github);
 * - `<br>`, the line break of a Markdown table cell.
 */
export const OUTPUT_NAME_PATTERNS: readonly RegExp[] = [
  /"[\w.-]+"(?=\s*:)/g,
  new RegExp(`^\\s+(?:${COMMAND_NAMES})(?= )`, 'g'),
  /(?<![\p{L}\d])[A-Z](?::[A-Z])?(?![\p{L}\d])/gu,
  /(?<![\p{L}\d])YYYY(?:-MM(?:-DD)?)?(?![\p{L}\d])/gu,
  new RegExp(`"(?:${CHOICES})"|(?<![\\p{L}\\d])(?:${CHOICES})(?:, (?:${CHOICES}))+(?![\\p{L}\\d])`, 'gu'),
  /<br>/g,
  // the end of "npx kolops textconv" when help wraps it onto the next line
  /^\s*textconv(?="\))/g,
];

/** The line, shortened to the part around the first place `word` stands in what was left of it. */
function around(line: string, rest: string, word: string): string {
  const at = rest.search(new RegExp(`(?<![\\p{L}\\d])${escapeRe(word)}(?![\\p{L}\\d])`, 'u'));
  if (line.length <= 160 || at < 0) return line.trim();
  const from = Math.max(0, at - 70);
  return `${from > 0 ? '…' : ''}${line.slice(from, at + word.length + 70)}${at + word.length + 70 < line.length ? '…' : ''}`;
}

function blank(text: string, patterns: readonly RegExp[]): string {
  const out = text.split('');
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) for (let i = m.index; i < m.index + m[0].length; i++) out[i] = ' ';
  }
  return out.join('');
}

/** The words of `said` that `rules` call foreign, with where they stood. */
export function findLeaks(said: readonly Said[], rules: LeakRules): Leak[] {
  const phrases = [...new Set(rules.phrases)].filter((p) => p.trim() !== '').sort((a, b) => b.length - a.length);
  const phraseRe = phrases.length
    ? new RegExp(`(?<![\\p{L}\\d])(?:${phrases.map(escapeRe).join('|')})(?![\\p{L}\\d])`, 'gu')
    : null;
  const patterns = [...(phraseRe ? [phraseRe] : []), ...rules.patterns.map((p) => new RegExp(p.source, p.flags.replace('y', '') + (p.flags.includes('g') ? '' : 'g')))];
  const leaks: Leak[] = [];
  for (const s of said) {
    for (const line of s.text.split(/\r?\n/)) {
      // Every phrase and pattern is matched on the line as it is, and all of them blanked at once,
      // so a name inside a longer one (`kolops` in `diff.kolops.textconv`) cannot break the longer one.
      const rest = blank(line, patterns);
      const found = new Set<string>();
      for (const m of rest.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) if (rules.foreign(m[0])) found.add(m[0]);
      if (rules.isoDates) for (const m of rest.matchAll(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g)) found.add(m[0]);
      for (const word of found) leaks.push({ where: s.where, word, line: around(line, rest, word), full: line });
    }
  }
  return leaks;
}

/** Leaks as lines a failing test prints: `stdout: "file" in «1 file checked: …»`. */
export function describeLeaks(leaks: readonly Leak[]): string[] {
  const byLine = new Map<string, Leak[]>();
  for (const l of leaks) {
    const key = `${l.where}\u0000${l.full}`;
    byLine.set(key, [...(byLine.get(key) ?? []), l]);
  }
  return [...byLine.values()].map((ls) => {
    const first = ls[0]!;
    const words = [...new Set(ls.map((l) => l.word))].map((w) => JSON.stringify(w)).join(', ');
    const lines = ls.filter((l) => l.word === first.word).length;
    return `${words} in ${first.where}${lines > 1 ? ` (${lines} such lines)` : ''}: «${first.line}»`;
  });
}

/** ISO dates written into the English texts themselves: examples of what a user may type ("… or 2024-07-27"). */
export function isoDatesOf(texts: Readonly<Record<string, string>>): string[] {
  return Object.values(texts).flatMap((t) => t.match(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g) ?? []);
}

/**
 * The words of message templates, lower-cased, without their placeholders and ICU syntax
 * (`{n, plural, one {# file} other {# files}}` gives `file`, `files`) and without the
 * names a message quotes as they are (options, file names, rule ids, config keys).
 */
export function wordsOfTemplates(texts: Iterable<string>, names: readonly RegExp[] = []): Set<string> {
  const out = new Set<string>();
  for (let text of texts) {
    for (;;) {
      const next = text.replace(/\{\s*\w+\s*(?:,\s*\w+\s*)?\}/g, ' ');
      if (next === text) break;
      text = next;
    }
    text = text.replace(/\{\s*\w+\s*,\s*plural\s*,/g, ' ').replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{/g, ' ').replace(/[{}#]/g, ' ');
    const rest = blank(text, names.map((p) => new RegExp(p.source, p.flags.replace('y', '') + (p.flags.includes('g') ? '' : 'g'))));
    for (const m of rest.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) out.add(m[0].toLowerCase());
  }
  return out;
}

/**
 * What a run may show in any language because it is the user's: the workspace's data and
 * paths, what the run's command line typed (a date typed as 2024-09-28 excepted: dates are
 * written as the language writes them), and each data word on its own unless it is also
 * an English word (`Rina`, `Bandung` alone; `No`, `Link` only inside `No Urut`, `Link Profil`).
 */
export function dataPhrases(ws: Workspace, run: CommandRun, englishWords: ReadonlySet<string>): string[] {
  const data = [...ws.data, ...(run.typed ?? []).filter((a) => !/^\d{4}-\d{2}-\d{2}$/.test(a))];
  const words = data.flatMap((t) => t.match(/\p{L}+/gu) ?? []).filter((w) => !englishWords.has(w.toLowerCase()));
  return [ws.root, ...data, ...words];
}
