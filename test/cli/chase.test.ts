import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeRaw, writeXlsx } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const HEADER = ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram', 'PR Pack Sent', 'PIC'];

/** Address cells hold street addresses and phone numbers (seed "Gambar 3.1"); none may ever reach the chase list. */
const PERSONAL = [
  'Jl. Kenanga No. 5, Bandung', '0812-3456-7890',
  'Jl. Mawar 12, Depok', '081298765432',
  'Perum Griya Asri Blok C3, Bekasi', '+62 813 1111 2222',
  'Jl. Anggrek 3 RT 01 RW 02, Bogor',
  'Jl. Flamboyan 8, Malang', '0857-0000-1234',
  'Jl. Dahlia 9, Surabaya', '0878-5555-6666',
];

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-chase-');
  await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({ year: 2024, brands: [{ name: 'Herbana' }], posting: { deadline: { dayOfMonth: 25 } } }));
  await writeXlsx(dir, 'kol-listing.xlsx', [
    {
      name: 'September 2024',
      rows: [
        HEADER,
        [1, 'Ayu Lestari', '12K', 'Jl. Kenanga No. 5, Bandung 0812-3456-7890', '', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/ayulestari/', utc(2024, 9, 5), 'Abel Cantika'],
        [2, 'Budi Santoso', '25K', 'Jl. Mawar 12, Depok 081298765432', 'Senin, 9 September', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/budisantoso/', utc(2024, 9, 2), 'Abel Cantika'],
        [3, 'Citra Maharani', '85.3K', 'Perum Griya Asri Blok C3, Bekasi +62 813 1111 2222', '', 'YES (DONE)', 'Instagram', 'Herbana', '@citramaharani', '14 September 2024', 'Rara Wulandari'],
        [4, 'Dewi Anggraini', '9.8K', 'Jl. Anggrek 3 RT 01 RW 02, Bogor', '', 'YES (DONE)', 'TikTok', 'Herbana', 'https://www.tiktok.com/@dewianggraini', '', ''],
        [5, 'Eko Prasetyo', '40K', 'Jl. Flamboyan 8, Malang 0857-0000-1234', '', 'TIDAK BISA BARTER', 'Instagram', 'Herbana', 'https://www.instagram.com/ekoprasetyo/', '', ''],
        [6, 'Fajar Nugroho', '15K', '', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/fajarnugroho/', '', ''],
      ],
    },
    {
      name: 'Agustus 2024',
      rows: [
        HEADER,
        [1, 'Gita Savitri', '120K', 'Jl. Dahlia 9, Surabaya 0878-5555-6666', '', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/gitasavitri/', '', 'Abel Cantika'],
      ],
    },
  ]);
  await writeXlsx(dir, 'recap-september.xlsx', [{
    name: 'Recap',
    rows: [
      ['KOL', 'Link', 'Brand', 'Bulan', 'PR Pack Sent', 'Deadline', 'Post Date', 'Post Link', 'PIC'],
      ['Ayu Lestari', 'https://www.instagram.com/ayulestari/', 'Herbana', 'September 2024', '', '', '-', '', 'Abel Cantika'],
      ['Hendra Wijaya', 'https://www.instagram.com/hendrawijaya/', 'Herbana', 'September 2024', '', utc(2024, 9, 22), '-', '', 'Rara Wulandari'],
      ['Indah Permata', 'https://www.instagram.com/indahpermata/', 'Herbana', 'September 2024', '', '', 'Selasa, 10 September 2024', 'https://www.instagram.com/p/C9indah0001/', ''],
      ['Joko Susilo', 'https://www.instagram.com/jokosusilo/', 'Herbana', 'September 2024', utc(2024, 9, 1), '', '-', '', 'Abel Cantika'],
    ],
  }]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const chase = (args: string[], env: NodeJS.ProcessEnv = {}) => kolops(['chase', ...args], { cwd: dir, env: { LANG: 'C', ...env } });

/*
 * As of 2024-09-24 (deadline: the 25th of the listing month; follow-ups on day 7, 10, 14 after shipment):
 *   Gita Savitri    August, not shipped            deadline 08-25 → 30 days late
 *   Hendra Wijaya   recap only, Deadline cell 09-22 → 2 days late
 *   Ayu Lestari     shipped 09-05: 09-12, 09-15, 09-19 all passed → ghosted; 1 day left
 *   Joko Susilo     recap only, shipped 09-01       → ghosted; 1 day left
 *   Citra Maharani  shipped 09-14: day 10 is today (09-24); 1 day left
 *   Dewi Anggraini  not shipped, no PIC             → 1 day left
 * Left out: Budi (posted 9 Sept), Eko (refused barter), Fajar (pending), Indah (posted per the recap).
 */
const EXPECTED_TEXT = `\
┌────────────────┬─────────┬───────────┬─────────────────────────────────────────┬───────────────────┬──────────────┬────────────────────────────┬────────────────┐
│ KOL            │ Brand   │ Platform  │ Link                                    │ Deadline          │ Late/left    │ Next follow-up             │ Contact        │
├────────────────┼─────────┼───────────┼─────────────────────────────────────────┼───────────────────┼──────────────┼────────────────────────────┼────────────────┤
│ Gita Savitri   │ Herbana │ Instagram │ https://www.instagram.com/gitasavitri/  │ 25 August 2024    │ 30 days late │ —                          │ Abel Cantika   │
│ Hendra Wijaya  │ Herbana │ Instagram │ https://www.instagram.com/hendrawijaya/ │ 22 September 2024 │ 2 days late  │ —                          │ Rara Wulandari │
│ Ayu Lestari    │ Herbana │ Instagram │ https://www.instagram.com/ayulestari/   │ 25 September 2024 │ 1 day left   │ ghosted                    │ Abel Cantika   │
│ Joko Susilo    │ Herbana │ Instagram │ https://www.instagram.com/jokosusilo/   │ 25 September 2024 │ 1 day left   │ ghosted                    │ Abel Cantika   │
│ Citra Maharani │ Herbana │ Instagram │ @citramaharani                          │ 25 September 2024 │ 1 day left   │ 24 September 2024 (day 10) │ Rara Wulandari │
│ Dewi Anggraini │ Herbana │ TikTok    │ https://www.tiktok.com/@dewianggraini   │ 25 September 2024 │ 1 day left   │ —                          │ —              │
└────────────────┴─────────┴───────────┴─────────────────────────────────────────┴───────────────────┴──────────────┴────────────────────────────┴────────────────┘
6 KOLs to chase as of 24 September 2024 (2 overdue, 2 ghosted)
`;

const EXPECTED_TEXT_ID = `\
┌────────────────┬─────────┬───────────┬─────────────────────────────────────────┬───────────────────┬───────────────────┬────────────────────────────────┬────────────────┐
│ KOL            │ Merek   │ Platform  │ Link                                    │ Tenggat           │ Terlambat/sisa    │ Follow-up berikutnya           │ PIC            │
├────────────────┼─────────┼───────────┼─────────────────────────────────────────┼───────────────────┼───────────────────┼────────────────────────────────┼────────────────┤
│ Gita Savitri   │ Herbana │ Instagram │ https://www.instagram.com/gitasavitri/  │ 25 Agustus 2024   │ terlambat 30 hari │ —                              │ Abel Cantika   │
│ Hendra Wijaya  │ Herbana │ Instagram │ https://www.instagram.com/hendrawijaya/ │ 22 September 2024 │ terlambat 2 hari  │ —                              │ Rara Wulandari │
│ Ayu Lestari    │ Herbana │ Instagram │ https://www.instagram.com/ayulestari/   │ 25 September 2024 │ sisa 1 hari       │ ghosting                       │ Abel Cantika   │
│ Joko Susilo    │ Herbana │ Instagram │ https://www.instagram.com/jokosusilo/   │ 25 September 2024 │ sisa 1 hari       │ ghosting                       │ Abel Cantika   │
│ Citra Maharani │ Herbana │ Instagram │ @citramaharani                          │ 25 September 2024 │ sisa 1 hari       │ 24 September 2024 (hari ke-10) │ Rara Wulandari │
│ Dewi Anggraini │ Herbana │ TikTok    │ https://www.tiktok.com/@dewianggraini   │ 25 September 2024 │ sisa 1 hari       │ —                              │ —              │
└────────────────┴─────────┴───────────┴─────────────────────────────────────────┴───────────────────┴───────────────────┴────────────────────────────────┴────────────────┘
6 KOL perlu di-follow up per 24 September 2024 (2 lewat tenggat, 2 ghosting)
`;

const item = (p: {
  kol: string; link: string; month: string; deadline: string; daysLate: number;
  nextFollowUp?: { date: string; day: number } | null; ghosted?: boolean; contactPerson: string | null;
  shipDate?: string | null; platform?: string; file: string; sheet: string; row: number;
}) => ({
  kol: p.kol, brand: 'Herbana', platform: p.platform ?? 'instagram', link: p.link, month: p.month,
  deadline: p.deadline, daysLate: p.daysLate, nextFollowUp: p.nextFollowUp ?? null, ghosted: p.ghosted ?? false,
  contactPerson: p.contactPerson, shipDate: p.shipDate ?? null, source: { file: p.file, sheet: p.sheet, row: p.row },
});

const EXPECTED_JSON = {
  asOf: '2024-09-24',
  within: 3,
  items: [
    item({ kol: 'Gita Savitri', link: 'https://www.instagram.com/gitasavitri/', month: '2024-08', deadline: '2024-08-25', daysLate: 30,
      contactPerson: 'Abel Cantika', file: 'kol-listing.xlsx', sheet: 'Agustus 2024', row: 2 }),
    item({ kol: 'Hendra Wijaya', link: 'https://www.instagram.com/hendrawijaya/', month: '2024-09', deadline: '2024-09-22', daysLate: 2,
      contactPerson: 'Rara Wulandari', file: 'recap-september.xlsx', sheet: 'Recap', row: 3 }),
    item({ kol: 'Ayu Lestari', link: 'https://www.instagram.com/ayulestari/', month: '2024-09', deadline: '2024-09-25', daysLate: -1,
      ghosted: true, contactPerson: 'Abel Cantika', shipDate: '2024-09-05', file: 'kol-listing.xlsx', sheet: 'September 2024', row: 2 }),
    item({ kol: 'Joko Susilo', link: 'https://www.instagram.com/jokosusilo/', month: '2024-09', deadline: '2024-09-25', daysLate: -1,
      ghosted: true, contactPerson: 'Abel Cantika', shipDate: '2024-09-01', file: 'recap-september.xlsx', sheet: 'Recap', row: 5 }),
    item({ kol: 'Citra Maharani', link: '@citramaharani', month: '2024-09', deadline: '2024-09-25', daysLate: -1,
      nextFollowUp: { date: '2024-09-24', day: 10 }, contactPerson: 'Rara Wulandari', shipDate: '2024-09-14',
      file: 'kol-listing.xlsx', sheet: 'September 2024', row: 4 }),
    item({ kol: 'Dewi Anggraini', link: 'https://www.tiktok.com/@dewianggraini', platform: 'tiktok', month: '2024-09', deadline: '2024-09-25',
      daysLate: -1, contactPerson: null, file: 'kol-listing.xlsx', sheet: 'September 2024', row: 5 }),
  ],
};

const EXPECTED_CSV = '\uFEFF' + [
  'kol,brand,platform,link,month,deadline,days_late,next_follow_up,follow_up_day,ghosted,contact_person,ship_date,file,sheet,row',
  'Gita Savitri,Herbana,Instagram,https://www.instagram.com/gitasavitri/,2024-08,2024-08-25,30,,,false,Abel Cantika,,kol-listing.xlsx,Agustus 2024,2',
  'Hendra Wijaya,Herbana,Instagram,https://www.instagram.com/hendrawijaya/,2024-09,2024-09-22,2,,,false,Rara Wulandari,,recap-september.xlsx,Recap,3',
  'Ayu Lestari,Herbana,Instagram,https://www.instagram.com/ayulestari/,2024-09,2024-09-25,-1,,,true,Abel Cantika,2024-09-05,kol-listing.xlsx,September 2024,2',
  'Joko Susilo,Herbana,Instagram,https://www.instagram.com/jokosusilo/,2024-09,2024-09-25,-1,,,true,Abel Cantika,2024-09-01,recap-september.xlsx,Recap,5',
  "Citra Maharani,Herbana,Instagram,'@citramaharani,2024-09,2024-09-25,-1,2024-09-24,10,false,Rara Wulandari,2024-09-14,kol-listing.xlsx,September 2024,4",
  'Dewi Anggraini,Herbana,TikTok,https://www.tiktok.com/@dewianggraini,2024-09,2024-09-25,-1,,,false,,,kol-listing.xlsx,September 2024,5',
].join('\r\n') + '\r\n';

describe('kolops chase: the complete list for a fixed --as-of', () => {
  it('text: the whole table and the summary, exit 0 although the list is not empty', async () => {
    const run = await chase(['--as-of', '2024-09-24']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(EXPECTED_TEXT);
  });

  it('json: the whole document, on stdout only', async () => {
    const run = await chase(['--as-of', '2024-09-24', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED_JSON);
    expect(run.stdout).toBe(`${JSON.stringify(EXPECTED_JSON, null, 2)}\n`); // key order too
  });

  it('csv: BOM, header row, CRLF, the formula-injection guard on "@…"', async () => {
    const run = await chase(['--as-of', '2024-09-24', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(EXPECTED_CSV);
    expect(Buffer.from(run.stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('--lang id: the same list in Bahasa Indonesia', async () => {
    const run = await chase(['--as-of', '2024-09-24', '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(EXPECTED_TEXT_ID);
  });

  it('takes the language from LANG when --lang is not given', async () => {
    const run = await chase(['--as-of', '2024-09-24'], { LANG: 'id_ID.UTF-8' });
    expect(run.stdout).toBe(EXPECTED_TEXT_ID);
  });

  it('walks the given paths like check does (files, folders), with file paths relative to the working folder', async () => {
    const run = await chase(['kol-listing.xlsx', 'recap-september.xlsx', '--as-of', '2024-09-24', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED_JSON);
    const folder = await chase(['.', '--as-of', '2024-09-24', '--format', 'json']);
    expect(JSON.parse(folder.stdout)).toEqual(EXPECTED_JSON);
  });
});

describe('kolops chase: window and dates', () => {
  it('--within 0: only what is late, ghosted or due today (Dewi, due tomorrow, drops out)', async () => {
    const run = await chase(['--as-of', '2024-09-24', '--within', '0', '--format', 'json']);
    const doc = JSON.parse(run.stdout) as typeof EXPECTED_JSON;
    expect(doc.within).toBe(0);
    expect(doc.items.map((i) => i.kol)).toEqual(['Gita Savitri', 'Hendra Wijaya', 'Ayu Lestari', 'Joko Susilo', 'Citra Maharani']);
  });

  it('an empty list prints one clear line, text and json, exit 0', async () => {
    const run = await chase(['--as-of', '2024-07-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('nothing to chase as of 1 July 2024 (no deadline or follow-up within 3 days, no KOL ghosted)\n');
    const id = await chase(['--as-of', '2024-07-01', '--lang', 'id', '--within', '5']);
    expect(id.stdout).toBe('tidak ada KOL yang perlu di-follow up per 1 Juli 2024 (tidak ada tenggat atau follow-up dalam 5 hari, tidak ada yang ghosting)\n');
    const json = await chase(['--as-of', '2024-07-01', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({ asOf: '2024-07-01', within: 3, items: [] });
    const csv = await chase(['--as-of', '2024-07-01', '--format', 'csv']);
    expect(csv.stdout).toBe(`\uFEFF${EXPECTED_CSV.slice(1).split('\r\n')[0]}\r\n`);
  });

  it('without --as-of, uses the run date', async () => {
    const run = await chase(['--format', 'json']);
    expect(run.code).toBe(0);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((JSON.parse(run.stdout) as { asOf: string }).asOf).toBe(iso);
  });

  it('uses the config\'s posting.followUpDays', async () => {
    const cfg = join(dir, 'late-follow-ups.json');
    await writeFile(cfg, JSON.stringify({ year: 2024, brands: [{ name: 'Herbana' }], posting: { deadline: { dayOfMonth: 25 }, followUpDays: [7, 21] } }));
    const run = await chase(['--as-of', '2024-09-24', '--within', '0', '--config', cfg, '--format', 'json']);
    const doc = JSON.parse(run.stdout) as typeof EXPECTED_JSON;
    // Ayu (shipped 09-05) is not ghosted before day 21 (09-26); Joko (09-01) is, since 09-22.
    expect(doc.items.map((i) => [i.kol, i.ghosted, i.nextFollowUp])).toEqual([
      ['Gita Savitri', false, null], ['Hendra Wijaya', false, null], ['Joko Susilo', true, null],
    ]);
  });
});

describe('kolops chase: personal data', () => {
  it('never prints an address or a phone number, in any format or language', async () => {
    const outputs: string[] = [];
    for (const args of [[], ['--format', 'json'], ['--format', 'csv'], ['--lang', 'id']]) {
      const run = await chase(['--as-of', '2024-09-24', ...args]);
      expect(run.code).toBe(0);
      outputs.push(run.stdout, run.stderr);
    }
    const all = outputs.join('\n');
    for (const p of PERSONAL) expect(all, p).not.toContain(p);
    // Nor any phone-number-like run of digits (Indonesian mobiles: 08…, +62 8…).
    expect(all).not.toMatch(/(?:\+62|\b0)\s?8\d{1,2}[\s-]?\d{3,4}[\s-]?\d{3,4}/);
    expect(all).not.toMatch(/\bJl\.|\bRT \d|\bBlok\b/);
  });
});

describe('kolops chase: CSV safety, output file, colours', () => {
  let evil: string;
  beforeAll(async () => {
    evil = await makeTempDir('kolops-chase-evil-');
    await writeFile(join(evil, 'kolops.config.json'), JSON.stringify({ year: 2024, brands: [{ name: 'Herbana' }], posting: { deadline: { dayOfMonth: 25 } } }));
    await writeXlsx(evil, 'listing.xlsx', [{
      name: 'September 2024',
      rows: [
        HEADER,
        [1, '=HYPERLINK("http://x.example","klik")', '12K', 'Jl. X 1', '', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/hyper/', '', '-Rara, Abel'],
        [2, 'Putri "Ayu", S.Ked', '15K', 'Jl. Y 2', '', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/putriayu/', '', '+62 Admin'],
        [3, 'Sari\nDewi', '15K', 'Jl. Z 3', '', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/saridewi/', '', 'Abel'],
      ],
    }]);
  });
  afterAll(async () => {
    await rm(evil, { recursive: true, force: true });
  });

  it('prefixes cells that start with = + - @ with a quote, and quotes per RFC 4180', async () => {
    const run = await kolops(['chase', '--as-of', '2024-09-24', '--format', 'csv'], { cwd: evil, env: { LANG: 'C' } });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n').slice(1, -1)).toEqual([
      '"\'=HYPERLINK(""http://x.example"",""klik"")",Herbana,Instagram,https://www.instagram.com/hyper/,2024-09,2024-09-25,-1,,,false,"\'-Rara, Abel",,listing.xlsx,September 2024,2',
      '"Putri ""Ayu"", S.Ked",Herbana,Instagram,https://www.instagram.com/putriayu/,2024-09,2024-09-25,-1,,,false,\'+62 Admin,,listing.xlsx,September 2024,3',
      '"Sari\nDewi",Herbana,Instagram,https://www.instagram.com/saridewi/,2024-09,2024-09-25,-1,,,false,Abel,,listing.xlsx,September 2024,4',
    ]);
  });

  it('keeps a table row on one line whatever the cell holds', async () => {
    const run = await kolops(['chase', '--as-of', '2024-09-24'], { cwd: evil, env: { LANG: 'C' } });
    expect(run.stdout).toContain('│ Sari Dewi ');
    expect(run.stdout.split('\n')).toHaveLength(3 + 3 + 1 + 1 + 1); // top, head, rule; 3 rows; bottom; summary; final newline
  });

  it('--output writes the list to a file (CSV with its BOM) and nothing to stdout', async () => {
    const run = await chase(['--as-of', '2024-09-24', '--format', 'csv', '--output', 'chase.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const bytes = await readFile(join(dir, 'chase.csv'));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toBe(EXPECTED_CSV);
    await rm(join(dir, 'chase.csv'));
  });

  it('colours only on a terminal, or with FORCE_COLOR; never with NO_COLOR', async () => {
    expect((await chase(['--as-of', '2024-09-24'])).stdout).not.toContain('\u001b[');
    expect((await chase(['--as-of', '2024-09-24'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect((await chase(['--as-of', '2024-09-24', '--format', 'json'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });
});

describe('kolops chase: errors', () => {
  it('names an unreadable file on stderr, prints no findings, still lists the rest, exit 0', async () => {
    const broken = await writeRaw(dir, 'broken.xlsx', 'this is not a workbook');
    try {
      const run = await chase(['--as-of', '2024-09-24', '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^kolops: broken\.xlsx: cannot read: .+\n$/);
      expect(JSON.parse(run.stdout)).toEqual(EXPECTED_JSON);
    } finally {
      await rm(broken);
    }
  });

  it('exit 2 for a bad option value', async () => {
    for (const args of [['--within', '-1'], ['--within', 'two'], ['--as-of', '24/09/2024'], ['--format', 'xml'], ['--lang', 'fr']]) {
      const run = await chase(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });

  it('exit 2 for an invalid or unreadable config', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ posting: { followUpDays: [] } }));
    const invalid = await chase(['--config', bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^kolops: invalid config .*bad\.json: posting\.followUpDays/);
    expect(invalid.stdout).toBe('');
    const missing = await chase(['--config', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read config');
  });

  it('exit 2 for a path that does not exist', async () => {
    const run = await chase(['missing-folder', '--as-of', '2024-09-24']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing-folder: no such file or folder');
  });
});

describe('kolops chase on the bundled examples', () => {
  const inRoot = (args: string[]) => kolops(['chase', ...args], { cwd: root, env: { LANG: 'C' } });

  it('the seed listing: the three agreed KOLs without a post date, 5 days before the 25th', async () => {
    const run = await inRoot(['examples/kol-listing-2024.xlsx', '--as-of', '2024-09-20', '--within', '5', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as typeof EXPECTED_JSON;
    expect(doc.items.map((i) => i.kol)).toEqual(['Leona Nur Hafidhoro', 'Nata Shina', 'Shafandi Viana']);
    expect(doc.items.every((i) => i.deadline === '2024-09-25' && i.daysLate === -5 && i.source.sheet === 'September')).toBe(true);
  });

  it('the whole folder: the recap adds shipment dates (follow-ups due) and Shafandi\'s post of 2024-09-20', async () => {
    const run = await inRoot(['examples/', '--as-of', '2024-09-20', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as typeof EXPECTED_JSON;
    const kols = doc.items.map((i) => i.kol);
    expect(kols).toContain('Nata Shina');
    expect(kols).toContain('Leona Nur Hafidhoro'); // her recap post is dated 2024-09-27, after the as-of date
    expect(kols).not.toContain('Shafandi Viana');
    for (const i of doc.items) expect(i.source.file).toMatch(/^examples\//);
  });

  it('the README shows real output', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const run = await inRoot(['examples/', '--as-of', '2024-09-27']);
    expect(readme).toContain(`$ npx kolops chase examples/ --as-of 2024-09-27\n${run.stdout}\`\`\``);
  });
});
