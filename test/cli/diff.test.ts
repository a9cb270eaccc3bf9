import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, writeCsv, writeXlsx } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const HEADER = ['No', 'KOL', 'Followers', 'Status', 'Platform', 'Link Instagram'];
const ig = (h: string) => `https://www.instagram.com/${h}/`;
const OLD = [
  HEADER,
  [1, 'Nata Shina', '354K', 'YES (DONE)', 'Instagram', ig('natashina')],
  [2, 'Juandi Pratama', '85.3K', '', 'Instagram', ig('juandi')],
  [3, 'Sari Dewi', '12K', 'YES', 'Instagram', ig('saridewi')],
];
const NEW = [
  HEADER,
  [1, 'Nata Shina', '354K', 'YES (DONE)', 'Instagram', ig('natashina')],
  [2, 'Juandi Pratama', '90K', 'YES (DONE)', 'Instagram', ig('juandi')],
  [3, 'Rina Beauty', '20K', '', 'Instagram', ig('rinabeauty')],
];

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('kolops-cli-diff-');
  await writeXlsx(dir, 'old.xlsx', [{ name: 'September 2024', rows: OLD }]);
  await writeXlsx(dir, 'new.xlsx', [{ name: 'September 2024', rows: NEW }]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('kolops diff OLD NEW', () => {
  it('prints added, removed and changed rows as text, exit 0', async () => {
    const run = await kolops(['diff', 'old.xlsx', 'new.xlsx'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe([
      'old.xlsx → new.xlsx',
      'Sheet "September 2024" — KOL listing',
      '  + Rina Beauty (row 4)',
      '  - Sari Dewi (row 4)',
      "  ~ Juandi Pratama (row 3): Followers 85.3K → 90K; Status '' → YES (DONE)",
      '1 added, 1 removed, 1 changed',
      '',
    ].join('\n'));
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const run = await kolops(['diff', 'old.xlsx', 'new.xlsx', '--lang', 'id'], { cwd: dir });
    expect(run.stdout).toContain('Sheet "September 2024" — listing KOL');
    expect(run.stdout).toContain('1 ditambah, 1 dihapus, 1 berubah');
  });

  it('prints a markdown table for the step summary', async () => {
    const run = await kolops(['diff', 'old.xlsx', 'new.xlsx', '--format', 'markdown'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('### `old.xlsx` → `new.xlsx`');
    expect(run.stdout).toContain('#### Sheet "September 2024" — KOL listing');
    expect(run.stdout).toContain('| ➕ added | Rina Beauty | 4 | |');
    expect(run.stdout).toContain('| ➖ removed | Sari Dewi | 4 | |');
    expect(run.stdout).toContain("| ✏️ changed | Juandi Pratama | 3 | **Followers**: 85.3K → 90K<br>**Status**: '' → YES (DONE) |");
  });

  it('prints JSON', async () => {
    const run = await kolops(['diff', 'old.xlsx', 'new.xlsx', '-f', 'json'], { cwd: dir });
    const json = JSON.parse(run.stdout) as { files: { sheets: { changed: { key: string }[] }[] }[]; summary: unknown };
    expect(json.summary).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(json.files[0]!.sheets[0]!.changed[0]!.key).toBe('instagram:juandi');
    // Every table was compared: no `notCompared`, as before it existed.
    expect(json.files[0]).not.toHaveProperty('notCompared');
  });

  describe('names the tables it does not compare', () => {
    const RECAP = [
      ['Nama KOL', 'Merek', 'Bulan', 'Tanggal Posting', 'Link Posting', 'Jumlah Tayangan'],
      ['Rina Kartika', 'Herbana', 'September 2024', 'Kamis, 5 September 2024', 'https://www.instagram.com/p/rina01/', 12000],
    ];
    const CALENDAR = [
      ['No Urut', 'Tanggal Tayang', 'Pukul', 'Media Sosial', 'Jenis Konten', 'Isi Caption', 'Status Konten'],
      [1, 'Senin, 2 September 2024', '19.00', 'Instagram', 'Reels', 'Pagi segar bareng Temulawak', 'Draft'],
    ];
    beforeAll(async () => {
      await writeXlsx(dir, 'recap-old.xlsx', [{ name: 'Recap', rows: RECAP }]);
      await writeXlsx(dir, 'recap-new.xlsx', [{ name: 'Recap', rows: [...RECAP, ['Eka Putri', 'Herbana', 'September 2024', 'Senin, 9 September 2024', 'https://www.instagram.com/p/eka01/', 900]] }]);
      await writeXlsx(dir, 'mixed-old.xlsx', [{ name: 'September 2024', rows: OLD }, { name: 'Kalender', rows: CALENDAR }]);
      await writeXlsx(dir, 'mixed-new.xlsx', [{ name: 'September 2024', rows: NEW }, { name: 'Kalender', rows: CALENDAR }]);
    });

    it('so that "no row changed" of a recap-only workbook is not read as "nothing changed"', async () => {
      const run = await kolops(['diff', 'recap-old.xlsx', 'recap-new.xlsx'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe([
        'recap-old.xlsx → recap-new.xlsx',
        '  No KOL listing or affiliate row changed.',
        '  Not compared: sheet "Recap" (posting recap) — kolops diff compares KOL listings and affiliate deals.',
        '',
      ].join('\n'));
      const id = await kolops(['diff', 'recap-old.xlsx', 'recap-new.xlsx', '--lang', 'id'], { cwd: dir });
      expect(id.stdout).toContain('  Tidak dibandingkan: sheet "Recap" (recap posting) — kolops diff membandingkan listing KOL dan deal affiliate.\n');
      // Nothing compared differs: --exit-code says so, as before.
      expect((await kolops(['diff', 'recap-old.xlsx', 'recap-new.xlsx', '--exit-code'], { cwd: dir })).code).toBe(0);
    });

    it('after the summary when rows changed, in markdown, and in JSON', async () => {
      const text = await kolops(['diff', 'mixed-old.xlsx', 'mixed-new.xlsx'], { cwd: dir });
      expect(text.stdout.endsWith([
        '1 added, 1 removed, 1 changed',
        'Not compared: sheet "Kalender" (content calendar) — kolops diff compares KOL listings and affiliate deals.',
        '',
      ].join('\n'))).toBe(true);
      const md = await kolops(['diff', 'mixed-old.xlsx', 'mixed-new.xlsx', '--format', 'markdown'], { cwd: dir });
      expect(md.stdout).toContain('**1 added, 1 removed, 1 changed**\n\nNot compared: sheet "Kalender" (content calendar) — kolops diff compares KOL listings and affiliate deals.\n\n#### Sheet');
      const mdSame = await kolops(['diff', 'recap-old.xlsx', 'recap-new.xlsx', '--format', 'markdown', '--lang', 'id'], { cwd: dir });
      expect(mdSame.stdout).toContain('Tidak ada baris listing KOL atau deal affiliate yang berubah.\n\nTidak dibandingkan: sheet "Recap" (recap posting)');
      const json = JSON.parse((await kolops(['diff', 'recap-old.xlsx', 'recap-new.xlsx', '-f', 'json'], { cwd: dir })).stdout);
      expect(json.files[0]).toMatchObject({ sheets: [], summary: { added: 0, removed: 0, changed: 0 }, notCompared: [{ sheet: 'Recap', kind: 'posting-recap' }] });
    });
  });

  it('says when nothing changed; --exit-code exits 1 only on differences', async () => {
    const same = await kolops(['diff', 'old.xlsx', 'old.xlsx', '--exit-code'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No KOL listing or affiliate row changed.');
    expect((await kolops(['diff', 'old.xlsx', 'new.xlsx', '--exit-code'], { cwd: dir })).code).toBe(1);
  });

  it('compares two CSV exports of one listing row by row although their file names (and so their table names) differ', async () => {
    const text = (rows: unknown[][]) => rows.map((r) => r.map(String));
    await writeCsv(dir, 'kol-2024-09.csv', text(OLD), { delimiter: ';' });
    await writeCsv(dir, 'export (1).csv', text(OLD), { delimiter: ';' });
    await writeCsv(dir, 'export (2).csv', text(NEW), { delimiter: ';' });
    const same = await kolops(['diff', 'kol-2024-09.csv', 'export (1).csv', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(same.stdout).summary).toEqual({ added: 0, removed: 0, changed: 0 });
    const changed = await kolops(['diff', 'kol-2024-09.csv', 'export (2).csv'], { cwd: dir });
    expect(changed.stdout).toContain('Sheet "export (2)" — KOL listing (was "kol-2024-09")');
    expect(changed.stdout).toMatch(/1 added, 1 removed, 1 changed/);
  });

  it('exits 2 on usage errors and missing or unreadable files', async () => {
    expect((await kolops(['diff', 'old.xlsx'], { cwd: dir })).code).toBe(2);
    const missing = await kolops(['diff', 'old.xlsx', 'gone.xlsx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone.xlsx');
    await writeFile(join(dir, 'bad.xlsx'), 'not a workbook');
    const bad = await kolops(['diff', 'old.xlsx', 'bad.xlsx'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^kolops: bad\.xlsx: cannot read/);
  });
});

describe('in a git repository', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

  beforeAll(async () => {
    repo = await makeTempDir('kolops-git-');
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    git('config', 'commit.gpgsign', 'false');
    await writeXlsx(repo, 'listing.xlsx', [{ name: 'September 2024', rows: OLD }]);
    git('add', 'listing.xlsx');
    git('commit', '-q', '-m', 'listing');
    await writeXlsx(repo, 'listing.xlsx', [{ name: 'September 2024', rows: NEW }]);
  });
  afterAll(async () => { await rm(repo, { recursive: true, force: true }); });

  it('kolops diff --base HEAD FILE compares the working tree with the commit', async () => {
    const run = await kolops(['diff', '--base', 'HEAD', 'listing.xlsx'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HEAD:listing.xlsx → listing.xlsx');
    expect(run.stdout).toContain("~ Juandi Pratama (row 3): Followers 85.3K → 90K; Status '' → YES (DONE)");
    expect(run.stdout).toContain('+ Rina Beauty (row 4)');
  });

  it('a workbook new since the revision is all added; a bad revision exits 2', async () => {
    await writeXlsx(repo, 'fresh.xlsx', [{ name: 'September 2024', rows: OLD }]);
    const run = await kolops(['diff', '--base', 'HEAD', 'fresh.xlsx', '-f', 'json'], { cwd: repo });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: unknown }).summary).toEqual({ added: 3, removed: 0, changed: 0 });
    // A workbook gone from the working tree is all removed (its old side read twice: the index, then the rows).
    await writeXlsx(repo, 'gone.xlsx', [{ name: 'September 2024', rows: OLD }]);
    git('add', 'gone.xlsx');
    git('commit', '-q', '-m', 'gone');
    await rm(join(repo, 'gone.xlsx'));
    const gone = await kolops(['diff', '--base', 'HEAD', 'gone.xlsx'], { cwd: repo });
    expect(gone.stdout).toBe(['HEAD:gone.xlsx → /dev/null', 'Sheet "September 2024" — KOL listing', '  - Nata Shina (row 2)', '  - Juandi Pratama (row 3)',
      '  - Sari Dewi (row 4)', '0 added, 3 removed, 0 changed', ''].join('\n'));
    const bad = await kolops(['diff', '--base', 'no-such-rev', 'listing.xlsx'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-rev');
  });

  it('with the textconv driver configured, git diff shows the changed cells', async () => {
    git('config', 'diff.kolops.textconv', `node ${join(root, 'bin', 'kolops.js')} textconv`);
    await writeFile(join(repo, '.gitattributes'), '*.xlsx diff=kolops\n');
    const out = git('diff', '--', 'listing.xlsx');
    expect(out).not.toContain('Binary files');
    expect(out).toContain("-'September 2024'!C3\t85.3K");
    expect(out).toContain("+'September 2024'!C3\t90K");
    expect(out).toContain("+'September 2024'!D3\tYES (DONE)");
    expect(out).toContain("-'September 2024'!B4\tSari Dewi");
    expect(out).toContain("+'September 2024'!B4\tRina Beauty");
  });

  it('kolops textconv exits 0 and prints one line for an unreadable file', async () => {
    await writeFile(join(repo, 'bad.xlsx'), 'nope');
    const run = await kolops(['textconv', 'bad.xlsx'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# unreadable: [^\n]+\n$/);
  });
});
