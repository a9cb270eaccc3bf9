import { cp, lstat, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const readme = await readFile(join(root, 'README.md'), 'utf8');
const SEPT = ['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01'];

let dir: string;
/** A copy of examples/, so a test that goes wrong can never touch the real ones. */
let work: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-report-cli-');
  work = join(dir, 'work');
  await cp(join(root, 'examples'), join(work, 'examples'), { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inWork = (args: string[], env: NodeJS.ProcessEnv = {}) => kolops(args, { cwd: work, env: { LANG: 'C', ...env } });

describe('kolops report monthly', () => {
  it('prints the terminal summary shown in the README (npm run docs:readme refreshes it)', async () => {
    const run = await kolops(SEPT, { cwd: root, env: { LANG: 'C' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readme).toContain(`<!-- report-example:start -->\n\`\`\`text\n$ npx kolops ${SEPT.join(' ')}\n${run.stdout}\`\`\`\n<!-- report-example:end -->`);
    expect(run.stdout).toContain('Herbana  ✓ target met: 30 KOLs listed, target 20');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks Bahasa Indonesia with --lang id (and from LANG)', async () => {
    const run = await inWork([...SEPT, '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Laporan bulanan KOL — September 2024');
    expect(run.stdout).toContain('Per 1 Oktober 2024, dibandingkan dengan Agustus 2024');
    expect((await inWork(SEPT, { LANG: 'id_ID.UTF-8' })).stdout).toContain('target tercapai: 30 KOL di-listing, target 20');
  });

  it('--format json: the report JSON on stdout and nothing else', async () => {
    const run = await inWork([...SEPT, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { month: string; brands: { brand: string; listed: number; posted: number }[]; previousMonth: { month: string }; findings: object };
    expect(Object.keys(doc).slice(0, 5)).toEqual(['month', 'brands', 'affiliate', 'previousMonth', 'findings']);
    expect(doc.month).toBe('2024-09');
    expect(doc.brands).toMatchObject([{ brand: 'Herbana', listed: 30, posted: 4 }]);
    expect(doc.previousMonth.month).toBe('2024-08');
    expect(doc.findings).toEqual({ errors: 26, warnings: 19, infos: 3 });
  });

  it.each(['md', 'html', 'json', 'xlsx'])('-o report.%s writes the file atomically and says so on stderr', async (ext) => {
    const out = join(dir, `out-${ext}`);
    await mkdir(out);
    const run = await inWork([...SEPT, '-o', join(out, `report.${ext}`)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kolops: report for September 2024 written to ${join(out, `report.${ext}`)}\n`);
    // Only the report: the temporary file was renamed into place.
    expect(await readdir(out)).toEqual([`report.${ext}`]);
    const bytes = await readFile(join(out, `report.${ext}`));
    if (ext === 'xlsx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    else if (ext === 'json') expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ month: '2024-09' });
    else if (ext === 'html') expect(bytes.toString('utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    else expect(bytes.toString('utf8')).toMatch(/^# KOL monthly report — September 2024\n/);
  });

  it('the same JSON whether on stdout or in a file', async () => {
    const stdout = (await inWork([...SEPT, '--format', 'json'])).stdout;
    const file = join(dir, 'same.json');
    expect((await inWork([...SEPT, '-o', file, '--format', 'json'])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(stdout);
  });
});

describe('kolops report monthly --format chat', () => {
  const CHAT = [...SEPT, '--format', 'chat'];

  it('prints the chat message shown in the README on stdout, and nothing else', async () => {
    const run = await kolops(CHAT, { cwd: root, env: { LANG: 'C' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readme).toContain(`<!-- chat-example:start -->\n\`\`\`text\n$ npx kolops ${CHAT.join(' ')}\n${run.stdout}\`\`\`\n<!-- chat-example:end -->`);
    expect(run.stdout).toMatch(/^\*KOL monthly report — September 2024\*\n_As of 1 October 2024, compared with August 2024_\n/);
    expect(run.stdout).toContain('✅ *Herbana* — target met: 30 KOLs listed, target 20\n');
    expect(run.stdout).toContain('- Posted late (1): Leona Nur Hafidhoro (2 days late)\n');
    expect(run.stdout).toContain('- Not posted (1): Nata Shina (deadline 25 September 2024)\n');
    expect(run.stdout.split('\n').length - 1).toBeLessThanOrEqual(30);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const run = await inWork([...CHAT, '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\*Laporan bulanan KOL — September 2024\*\n_Per 1 Oktober 2024, dibandingkan dengan Agustus 2024_\n/);
    expect(run.stdout).toContain('✅ *Herbana* — target tercapai: 30 KOL di-listing, target 20\n');
    expect(run.stdout).toContain('- Posting terlambat (1): Leona Nur Hafidhoro (terlambat 2 hari)\n');
    expect(run.stdout).toContain('- Belum posting (1): Nata Shina (tenggat 25 September 2024)\n');
  });

  it('every number in the message is a figure of --format json (or a date, a change, a count left out)', async () => {
    for (const lang of ['en', 'id']) {
      const chat = (await inWork([...CHAT, '--lang', lang])).stdout;
      const doc = JSON.parse((await inWork([...SEPT, '--format', 'json'])).stdout) as ReportDoc;
      const allowed = figuresOf(doc);
      const numbers = [...chat.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
      expect(numbers.length).toBeGreaterThan(30);
      expect(numbers.filter((n) => !allowed.has(n)), lang).toEqual([]);
      // And the ones that matter, each where it belongs.
      const b = doc.brands[0]!;
      const words = lang === 'en'
        ? [`${b.listed} KOLs listed, target ${b.target}`, `${b.agreed} agreed, ${b.declined} declined, ${b.unreachable} unreachable, ${b.pending} no answer yet`,
          `Posted: ${b.posted} of ${b.agreed} agreed (${b.onTime} on time, ${b.late} late), ${b.notPosted} not posted`]
        : [`${b.listed} KOL di-listing, target ${b.target}`, `${b.agreed} bersedia, ${b.declined} menolak, ${b.unreachable} tidak bisa dihubungi, ${b.pending} belum ada jawaban`,
          `Sudah posting: ${b.posted} dari ${b.agreed} yang bersedia (${b.onTime} tepat waktu, ${b.late} terlambat), ${b.notPosted} belum posting`];
      for (const w of words) expect(chat).toContain(w);
      for (const a of doc.affiliate) {
        expect(chat).toMatch(new RegExp(`- ${a.platform} · ${a.brand}: .* ${a.dealRows} → .* ${a.done}\n`));
      }
      expect(chat).toContain(`${doc.findings.errors} error`);
    }
  });

  it('-o report.txt writes the same message, atomically, and says so on stderr', async () => {
    const out = join(dir, 'out-chat');
    await mkdir(out);
    const stdout = (await inWork([...SEPT, '--format', 'chat'])).stdout;
    const file = join(out, 'report.txt');
    const run = await inWork([...SEPT, '-o', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kolops: report for September 2024 written to ${file}\n`);
    expect(await readdir(out)).toEqual(['report.txt']);
    expect(await readFile(file, 'utf8')).toBe(stdout);
    // --format chat with it says the same; an existing file needs --force, as for every report file.
    const again = await inWork([...SEPT, '--format', 'chat', '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('it already exists');
    expect((await inWork([...SEPT, '--format', 'chat', '-o', file, '--force'])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(stdout);
    expect(await readdir(out)).toEqual(['report.txt']);
  });

  it('--include-contact is ignored, and said on stderr: the message is the same', async () => {
    const plain = (await inWork(CHAT)).stdout;
    const run = await inWork([...CHAT, '--include-contact']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(plain);
    expect(run.stderr).toBe('kolops: --include-contact ignored: a chat message never carries addresses or phone numbers (personal data, UU PDP 27/2022); -o report.xlsx --include-contact has them\n');
    const id = await inWork([...CHAT, '--include-contact', '--lang', 'id']);
    expect(id.stderr).toContain('kolops: --include-contact diabaikan: pesan chat tidak pernah memuat alamat atau nomor HP');
  });

  it('a big month (two brands, 24 late and 12 silent KOLs, August too) stays within 30 lines', async () => {
    const folder = join(dir, 'big');
    await mkdir(folder);
    await writeFile(join(folder, 'kolops.config.json'), JSON.stringify({
      year: 2024, brands: [{ name: 'Herbana' }, { name: 'Herbamojo' }], posting: { deadline: { dayOfMonth: 25 } },
    }));
    const rows = ['No,KOL,Followers,Address,Post Date,Willing to receive PR Pack,Platform,Brand,Link Instagram,Bulan'];
    let n = 0;
    for (const [month, name] of [['08', 'Agustus'], ['09', 'September']] as const) {
      for (const brand of ['Herbana', 'Herbamojo']) {
        for (let i = 0; i < (month === '09' ? 18 : 10); i++) {
          n++;
          const post = i < 12 ? `${26 + (i % 5)}/${month}/2024` : '';
          rows.push(`${n},${brand} KOL ${month}-${i},${20 + i}K,"Jl. Mawar ${i}, 08123456${String(n).padStart(4, '0')}",${post},YES (DONE),Instagram,${brand},`
            + `https://www.instagram.com/${brand.toLowerCase()}${month}${i}/,${name} 2024`);
        }
      }
    }
    await writeFile(join(folder, 'listing.csv'), rows.join('\n') + '\n');
    const args = ['report', 'monthly', '--month', '2024-09', '.', '--as-of', '2024-10-01'];
    const json = JSON.parse((await kolops([...args, '--format', 'json'], { cwd: folder })).stdout) as ReportDoc;
    expect(json.brands.map((b) => [b.brand, b.late, b.notPosted])).toEqual([['Herbamojo', 12, 6], ['Herbana', 12, 6]]);
    for (const lang of ['en', 'id']) {
      const run = await kolops([...args, '--format', 'chat', '--lang', lang, '--include-contact'], { cwd: folder });
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length).toBeLessThanOrEqual(30);
      expect(run.stdout).toMatch(lang === 'en' ? /- Posted late \(12\): .* and 9 more\n/ : /- Posting terlambat \(12\): .*, dan 9 lainnya\n/);
      // No address, no phone number (the CSV's Address cells hold both).
      expect(run.stdout).not.toMatch(/Mawar|0812/);
      expect(run.stdout).not.toMatch(/\d{6}/);
    }
  });
});

interface ReportFigures {
  brand: string; listed: number; target: number; agreed: number; declined: number; unreachable: number; pending: number;
  posted: number; onTime: number; late: number; notPosted: number; acceptanceRate: number | null;
  tiers: Record<string, number>;
  lateKols: { kol: string; postDate: string; deadline: string; daysLate: number }[];
  notPostedKols: { kol: string; deadline: string | null }[];
}
interface FunnelFigures { platform: string; brand: string; contacted: number | null; dealsDeclared: number | null; dealRows: number; done: number; deliverablesComplete: number | null; bonusesDue: number }
interface ReportDoc {
  month: string; asOf: string; brands: ReportFigures[]; affiliate: FunnelFigures[];
  previousMonth: { month: string; brands: ReportFigures[]; affiliate: FunnelFigures[] };
  findings: { errors: number; warnings: number; infos: number };
  calendar?: { engagementRate: number | null; engagementTarget: number | null; previous: { engagementRate: number | null; engagementTarget: number | null } | null }[];
}

/**
 * The numbers a chat message may show for `doc`: its figures, the days and years of its
 * dates, a brand's shortfall against the target, each change against last month (and
 * acceptance rates in percent), and how many KOLs a short list leaves out.
 */
function figuresOf(doc: ReportDoc): Set<number> {
  const out = new Set<number>();
  const walk = (v: unknown) => {
    if (typeof v === 'number') out.add(v);
    // An ISO date or month shows its day (no leading zero) and year; the month is spelt out.
    else if (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v)) v.split('-').forEach((p, i) => { if (i !== 1) out.add(Number(p)); });
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  for (const b of doc.brands) {
    out.add(Math.max(0, b.target - b.listed));
    if (b.acceptanceRate !== null) out.add(Math.round(b.acceptanceRate * 1000) / 10);
    for (const list of [b.lateKols, b.notPostedKols]) if (list.length > 3) out.add(list.length - 3);
    const prev = doc.previousMonth.brands.find((p) => p.brand === b.brand);
    if (prev) for (const k of ['listed', 'agreed', 'posted', 'onTime', 'late', 'notPosted'] as const) out.add(Math.abs(b[k] - prev[k]));
  }
  for (const a of doc.affiliate) {
    const prev = doc.previousMonth.affiliate.find((p) => p.platform === a.platform && p.brand === a.brand);
    if (!prev) continue;
    for (const k of ['contacted', 'dealsDeclared', 'dealRows', 'done', 'deliverablesComplete', 'bonusesDue'] as const) {
      const [x, y] = [a[k], prev[k]];
      if (x !== null && y !== null) out.add(Math.abs(x - y));
    }
  }
  // The content calendar's rates as the chat writes them, in percent with one decimal.
  for (const c of doc.calendar ?? []) {
    for (const r of [c.engagementRate, c.engagementTarget, c.previous?.engagementRate, c.previous?.engagementTarget]) {
      if (r !== null && r !== undefined) out.add(Math.round(r * 1000) / 10);
    }
  }
  return out;
}

describe('kolops report monthly: usage errors are exit 2', () => {
  it('--month is required', async () => {
    const run = await inWork(['report', 'monthly', 'examples/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--month <YYYY-MM>' not specified");
  });

  it.each(['2024-9', '2024-13', 'September', '09-2024'])('--month %s is invalid', async (month) => {
    const run = await inWork(['report', 'monthly', '--month', month, 'examples/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected YYYY-MM');
  });

  it.each(['report.csv', 'report', 'report.xls', 'report.pdf'])('-o %s: unknown extension, nothing written', async (name) => {
    const run = await inWork([...SEPT, '-o', name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kolops: cannot tell the report format from ${name}: use a .xlsx, .md, .html, .json or .txt file name, or --format json for stdout\n`);
    expect(await readdir(work)).toEqual(['examples']);
  });

  it('--format json with -o report.md contradicts itself', async () => {
    const run = await inWork([...SEPT, '--format', 'json', '-o', 'report.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format json does not fit report.md');
  });

  it.each([['chat', 'report.md'], ['chat', 'report.json'], ['json', 'report.txt'], ['text', 'report.txt']])('--format %s with -o %s contradicts itself', async (format, file) => {
    const run = await inWork([...SEPT, '--format', format, '-o', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--format ${format} does not fit ${file}`);
    expect(await readdir(work)).toEqual(['examples']);
  });

  it('an existing output file is overwritten only with --force', async () => {
    const file = join(work, 'existing.md');
    await writeFile(file, 'keep me');
    const refused = await inWork([...SEPT, '-o', 'existing.md']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('kolops: not writing existing.md: it already exists. Nothing was changed; name another file, or add --force to replace it.\n');
    expect(await readFile(file, 'utf8')).toBe('keep me');
    const forced = await inWork([...SEPT, '-o', 'existing.md', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^# KOL monthly report/);
    await rm(file);
  });

  it('never writes to an input file, even with --force', async () => {
    const input = join(work, 'examples', 'kol-listing-2024.xlsx');
    const before = await readFile(input);
    for (const args of [
      ['-o', 'examples/kol-listing-2024.xlsx', '--force'],
      ['-o', './examples/../examples/kol-listing-2024.xlsx', '--force'],
      ['-o', input],
    ]) {
      const run = await inWork([...SEPT, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/it is one of the files this run reads \(.*\), and kolops never writes over an input/);
    }
    // A symlink to an input is the input.
    await symlink(input, join(work, 'link.xlsx'));
    const viaLink = await inWork([...SEPT, '-o', 'link.xlsx', '--force']);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toMatch(/not writing link\.xlsx: it is one of the files this run reads \(examples\//);
    expect((await lstat(join(work, 'link.xlsx'))).isSymbolicLink()).toBe(true);
    await rm(join(work, 'link.xlsx'));
    expect(await readFile(input)).toEqual(before);
    expect((await readdir(join(work, 'examples'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a report inside an input folder is an input on the next run', async () => {
    const first = await inWork([...SEPT, '-o', 'examples/report.xlsx']);
    expect(first.code, first.stderr).toBe(0);
    const again = await inWork([...SEPT, '-o', 'examples/report.xlsx', '--force']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not writing examples/report.xlsx: it is one of the files this run reads (examples/report.xlsx)');
    await rm(join(work, 'examples', 'report.xlsx'));
  });

  it('a bad config is exit 2 with the key path', async () => {
    const config = join(dir, 'bad.config.json');
    await writeFile(config, JSON.stringify({ listing: { monthlyTarget: 'twenty' } }));
    const run = await inWork([...SEPT, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid config .*listing\.monthlyTarget/);
    expect(run.stdout).toBe('');
  });

  it('a path that does not exist is exit 2 and no report', async () => {
    const run = await inWork([...SEPT, 'no-such-folder/', '-o', 'partial.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-folder\/?: no such file or folder/);
    expect(await readdir(work)).toEqual(['examples']);
  });

  it('a folder that cannot be written to is exit 2, said in one line', async () => {
    const run = await inWork([...SEPT, '-o', 'no-such-folder/report.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kolops: could not write no-such-folder/report.md: its folder no-such-folder does not exist (ENOENT). '
      + 'Create the folder first, or name a file in a folder that exists. Nothing was changed.\n');
  });
});

describe('kolops report monthly: unreadable inputs', () => {
  it('reports on the readable files and names the unreadable one on stderr (exit 0)', async () => {
    const folder = join(dir, 'mixed');
    await cp(join(root, 'examples'), folder, { recursive: true });
    await writeFile(join(folder, 'broken.xlsx'), 'not a zip');
    const run = await kolops(['report', 'monthly', '--month', '2024-09', folder, '--as-of', '2024-10-01', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^kolops: mixed\/broken\.xlsx: cannot read/);
    expect(JSON.parse(run.stdout)).toMatchObject({ brands: [{ listed: 30 }] });
  });
});
