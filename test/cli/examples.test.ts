import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');

interface Json {
  files: { path: string; tables: { sheet: string; kind: string; headerRow: number; rows: number; month: string | null }[] }[];
  findings: { rule: string; severity: string; sheet: string; row: number; cell: string | null; kol: string | null; month: string | null; message: string }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

describe('kolops check examples/ (the seed workbooks)', () => {
  it('reads all three seed tables and the content calendar, and reports the listing\'s real problems', async () => {
    const run = await kolops(['check', 'examples/', '--format', 'json', '--as-of', '2024-09-20'], { cwd: root });
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as Json;
    expect(run.code).toBe(1);
    const tables = r.files.flatMap((f) => f.tables.map((t) => `${f.path} ${t.sheet} ${t.kind} h${t.headerRow} ${t.month}`));
    expect(tables).toEqual([
      'examples/affiliate-deals.xlsx Affiliate affiliate-deals h2 2024-08',
      'examples/affiliate-deals.xlsx Affiliate affiliate-deals h16 2024-09',
      'examples/affiliate-deliverables-2024.xlsx Deals September 2024 affiliate-deals h1 2024-09',
      'examples/kalender-konten-oktober-2024.xlsx Oktober 2024 content-calendar h2 2024-10',
      'examples/kol-listing-2024.xlsx September kol-listing h1 2024-09',
      'examples/kol-listing-2024.xlsx Oktober kol-listing h2 2024-10',
      'examples/recap-postingan.xlsx Recap posting-recap h3 null',
      'examples/recap-september-2024.xlsx September 2024 posting-recap h1 2024-09',
    ]);
    const sept = r.findings.filter((f) => f.sheet === 'September');
    // The seed month: 30 distinct KOLs (target met), the blank row numbered 28 (sheet row 29),
    // and 8.301 read as 8,301 followers: a nano KOL, so no follower or tier finding.
    expect(sept.map((f) => `${f.rule} ${f.row}`)).toEqual(['listing/blank-row 29']);
    const okt = r.findings.filter((f) => f.sheet === 'Oktober').map((f) => `${f.rule} ${f.cell ?? f.row}`);
    expect(okt).toEqual([
      'listing/monthly-target 2',
      'listing/agreed-missing-address D4',
      'recap/not-posted E4',
      'listing/repeat-kol B5',
      'recap/not-posted E5',
      'listing/unknown-brand H7',
      'listing/unknown-status F8',
    ]);
    expect(r.findings.find((f) => f.rule === 'listing/monthly-target')!.message).toBe('October 2024: 6 KOLs listed, target is 20 (14 short)');
  });

  it('reports the seed recap as the issue says: two wrong weekdays, four dates without a KOL', async () => {
    const run = await kolops(['check', 'examples/', '--format', 'json', '--as-of', '2024-09-20'], { cwd: root });
    const r = JSON.parse(run.stdout) as Json;
    const recap = r.findings.filter((f) => f.sheet === 'Recap').map((f) => `${f.rule} ${f.cell} ${f.kol ?? ''}`.trim());
    expect(recap).toEqual([
      // The two KOLs whose every brand column says '-': not posted, the period (July–September 2024) ends 2024-09-30.
      'recap/not-posted C8 Anjasmara Prasetya',
      // 21 August 2024 was a Wednesday (Rabu), not a Tuesday (Selasa).
      'recap/weekday-mismatch D10 Dennis Irwin',
      'recap/weekday-mismatch D11 Lincoln Halim',
      'recap/not-posted C15 Rio Mahotira',
      // Herbana posts in September by KOLs absent from the September Herbana listing.
      'recap/unknown-kol B16 Ravi Andika',
      'recap/unknown-kol B18 Ditto Percussion',
      // The four dates below the numbered rows; the first two are the listing's own post dates of two KOLs.
      'recap/date-without-kol D19',
      'recap/date-without-kol D20',
      'recap/date-without-kol D21',
      'recap/date-without-kol D22',
    ]);
    expect(r.findings.find((f) => f.cell === 'D10')!.message).toBe('"Selasa, 21 Agustus 2024": 21 August 2024 was a Wednesday, not a Tuesday; correct the weekday or the date, whichever is wrong');
    expect(r.findings.find((f) => f.cell === 'D19')!.message).toContain('Nadine Aulia (kol-listing-2024.xlsx September!7): write that KOL\'s name on this row');
  });

  it('reports the long-layout recap\'s disclosure, claim, deadline and join findings', async () => {
    const run = await kolops(['check', 'examples/', '--format', 'json', '--as-of', '2024-09-20'], { cwd: root });
    const r = JSON.parse(run.stdout) as Json;
    const long = r.findings.filter((f) => f.sheet === 'September 2024').map((f) => `${f.rule} ${f.cell} ${f.kol}`);
    expect(long).toEqual([
      ...Array(5).fill('recap/forbidden-claim I3 Melochka Prudence'),
      'recap/not-posted G4 Nata Shina',
      'recap/late-post G5 Leona Nur Hafidhoro',
      'recap/low-engagement J5 Leona Nur Hafidhoro',
      'recap/missing-disclosure I5 Leona Nur Hafidhoro',
      'recap/missing-brand-tag I6 Shafandi Viana',
      'recap/missing-disclosure I6 Shafandi Viana',
      'recap/unknown-kol A7 Rina Kartika',
    ]);
    const claims = r.findings.filter((f) => f.rule === 'recap/forbidden-claim').map((f) => f.message).join('\n');
    for (const phrase of ['super', 'ampuh', 'pasti menyembuhkan', 'darah tinggi', 'tanpa efek samping']) expect(claims).toContain(`"${phrase}"`);
    // Nata Shina agreed in the listing and the recap says '-': reported once, on the recap, a warning before the deadline.
    expect(r.findings.filter((f) => f.kol === 'Nata Shina' && f.month === '2024-09' && f.rule === 'recap/not-posted')).toMatchObject([{ severity: 'warning' }]);
    const after = JSON.parse((await kolops(['check', 'examples/', '--format', 'json', '--as-of', '2024-09-26'], { cwd: root })).stdout) as Json;
    expect(after.findings.filter((f) => f.kol === 'Nata Shina' && f.month === '2024-09' && f.rule === 'recap/not-posted')).toMatchObject([{ severity: 'error', message: 'Nata Shina has not posted: the deadline of Wednesday, 25 September 2024 (day 25 of the month, set by posting.deadline in kolops.config.json) passed 1 day ago; follow up with the KOL, or fill in the post date if they did post' }]);
  });

  it('prints a readable text report in Bahasa Indonesia', async () => {
    const run = await kolops(['check', 'examples/', '--lang', 'id', '--as-of', '2024-09-20'], { cwd: root });
    expect(run.stdout).toContain('Oktober!D4');
    expect(run.stdout).toContain('Sinta Dewi bersedia menerima PR pack ("YES"), tetapi alamat pengiriman kosong');
    expect(run.stdout).toContain('"Selasa, 21 Agustus 2024": 21 Agustus 2024 jatuh pada hari Rabu, bukan Selasa');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('6 file diperiksa: 47 error, 34 peringatan, 5 info');
  });

  it('reports each problem planted in the content calendar once, and nothing on its clean posts', async () => {
    // The day after October: every post's date has passed, so the draft left behind is overdue.
    const run = await kolops(['check', 'examples/kalender-konten-oktober-2024.xlsx', '--format', 'json', '--as-of', '2024-11-01'], { cwd: root });
    const r = JSON.parse(run.stdout) as Json;
    expect(r.files.flatMap((f) => f.tables.map((t) => `${t.kind} ${t.rows} ${t.month}`))).toEqual(['content-calendar 66 2024-10']);
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'calendar/too-many-hashtags H15', // 8 hashtags on an Instagram post
      'calendar/published-without-approval J19', // out on X with no approval recorded
      'calendar/forbidden-claim G22', // "ampuh" in a Herbamojo caption
      'calendar/weekday-mismatch B24', // "Rabu, 10 Oktober 2024": a Thursday
      'calendar/same-caption G28', // Instagram's caption of the day before, on TikTok
      'calendar/caption-too-long G33', // an X post over 280 characters
      'calendar/overdue I36', // a draft of 16 October
      'calendar/missing-link M38', // published, no link
      // approved two days after it went out: one finding (late-planning leaves it to this rule)
      'calendar/published-without-approval K43',
      'calendar/off-prime-time C51', // 03.00
      'calendar/missing-brand-tag G54', // no @essentialdhari
      'calendar/late-planning L56', // created five days ahead
      'calendar/unknown-status I58', // "Sudah Tayng"
    ]);
    expect(r.findings.find((f) => f.cell === 'B24')!.message).toBe('"Rabu, 10 Oktober 2024": 10 October 2024 is a Thursday, not a Wednesday; correct the weekday or the date, whichever is wrong');
  });

  it('list validate checks the listing only', async () => {
    const run = await kolops(['list', 'validate', 'examples/', '--format', 'json'], { cwd: root });
    const r = JSON.parse(run.stdout) as Json;
    expect(r.files.flatMap((f) => f.tables.map((t) => t.kind))).toEqual(['kol-listing', 'kol-listing']);
    expect(r.findings.every((f) => f.rule.startsWith('listing/') || f.rule.startsWith('recap/'))).toBe(true);
  });
});
