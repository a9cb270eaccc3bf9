/**
 * `kolops report monthly --format chat`: the WhatsApp / Telegram message, as a pure
 * function of a `MonthlyReport` — the seed month word for word in English and Bahasa
 * Indonesia, at most 30 lines however big the month, sheet text that cannot format the
 * message or carry a phone number, and the same figures as the report JSON.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { collectFiles } from '../../src/engine/walk.js';
import { monthlyReport, type AffiliateMetrics, type BrandMetrics, type MonthlyReport } from '../../src/report/metrics.js';
import { CHAT_MAX_LINES, CHAT_NAMES_SHOWN, escapeChat, renderReportChat } from '../../src/report/render/chat.js';
import { chooseFormat, renderReport } from '../../src/report/render/index.js';
import { reportJson } from '../../src/report/render/json.js';

const root = join(import.meta.dirname, '..', '..');

let seed: MonthlyReport;
let seedWithContact: MonthlyReport;

beforeAll(async () => {
  const { config } = await resolveConfig(undefined, root, ['examples']);
  const { files } = await collectFiles([join(root, 'examples')]);
  const run = await checkWorkbooks(files, config, { lang: 'en', month: null, year: null, asOf: '2024-10-01' });
  const input = {
    month: '2024-09', asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates, findings: run.result.findings,
  };
  seed = monthlyReport({ ...input, includeContact: false });
  seedWithContact = monthlyReport({ ...input, includeContact: true });
});

const SEED_EN = `*KOL monthly report — September 2024*
_As of 1 October 2024, compared with August 2024_

✅ *Herbana* — target met: 30 KOLs listed, target 20
- PR pack: 5 agreed, 2 declined, 1 unreachable, 22 no answer yet
- Posted: 4 of 5 agreed (3 on time, 1 late), 1 not posted
- Posted late (1): Leona Nur Hafidhoro (2 days late)
- Not posted (1): Nata Shina (deadline 25 September 2024)

*Affiliate funnel*
- Shopee · Herbamojo: contacted not stated → deals declared not stated → deal rows 2 → done 1
- Shopee · Herbana: contacted not stated → deals declared 5 → deal rows 11 → done 11
- TikTok · Herbamojo: contacted not stated → deals declared not stated → deal rows 2 → done 1
- TikTok · Herbana: contacted not stated → deals declared not stated → deal rows 3 → done 3

*Compared with August 2024*
- Shopee · Herbana: Contacted not stated (was 46); Deals declared 5 (↓ −5 from 10); Deal rows 11 (↑ +1 from 10); Done 11 (↑ +1 from 10); Deliverables complete 1 (was not stated)
- Nothing in August 2024 to compare with: Herbana, Shopee · Herbamojo, TikTok · Herbamojo, TikTok · Herbana

_September 2024: 26 errors, 19 warnings, 3 infos (kolops check lists them)_
`;

const SEED_ID = `*Laporan bulanan KOL — September 2024*
_Per 1 Oktober 2024, dibandingkan dengan Agustus 2024_

✅ *Herbana* — target tercapai: 30 KOL di-listing, target 20
- PR pack: 5 bersedia, 2 menolak, 1 tidak bisa dihubungi, 22 belum ada jawaban
- Sudah posting: 4 dari 5 yang bersedia (3 tepat waktu, 1 terlambat), 1 belum posting
- Posting terlambat (1): Leona Nur Hafidhoro (terlambat 2 hari)
- Belum posting (1): Nata Shina (tenggat 25 September 2024)

*Funnel affiliate*
- Shopee · Herbamojo: dihubungi tidak disebutkan → deal dilaporkan tidak disebutkan → baris deal 2 → selesai 1
- Shopee · Herbana: dihubungi tidak disebutkan → deal dilaporkan 5 → baris deal 11 → selesai 11
- TikTok · Herbamojo: dihubungi tidak disebutkan → deal dilaporkan tidak disebutkan → baris deal 2 → selesai 1
- TikTok · Herbana: dihubungi tidak disebutkan → deal dilaporkan tidak disebutkan → baris deal 3 → selesai 3

*Dibandingkan dengan Agustus 2024*
- Shopee · Herbana: Sudah dihubungi tidak disebutkan (sebelumnya 46); Deal dilaporkan 5 (↓ −5 dari 10); Baris deal 11 (↑ +1 dari 10); Selesai 11 (↑ +1 dari 10); Deliverable lengkap 1 (sebelumnya tidak disebutkan)
- Tidak ada data Agustus 2024 untuk dibandingkan: Herbana, Shopee · Herbamojo, TikTok · Herbamojo, TikTok · Herbana

_September 2024: 26 error, 19 peringatan, 3 info (daftarnya ada di kolops check)_
`;

describe('the seed month (examples/, September 2024, as of 1 October 2024)', () => {
  it('in English', () => {
    expect(renderReportChat(seed, { lang: 'en' })).toBe(SEED_EN);
  });

  it('in Bahasa Indonesia', () => {
    expect(renderReportChat(seed, { lang: 'id' })).toBe(SEED_ID);
  });

  it('is chat formatting only: no table, no Markdown heading, no link, no HTML', () => {
    for (const lang of ['en', 'id'] as const) {
      const chat = renderReportChat(seed, { lang });
      expect(chat.split('\n').length - 1).toBeLessThanOrEqual(CHAT_MAX_LINES);
      expect(chat).not.toMatch(/^#|\||\]\(|<\/?[a-z]|\*\*|__/m);
      // Every line is a bold heading, an italic note, a list item, a brand headline or blank.
      for (const line of chat.split('\n')) expect(line).toMatch(/^(\*[^*]+\*|_[^_]+_|- .+|[✅❌] \*.+|)$/u);
    }
  });

  it('is what renderReport gives for the chat format, and what -o report.txt and --format chat pick', async () => {
    expect(await renderReport('chat', seed, { lang: 'en', includeContact: false, color: false })).toBe(SEED_EN);
    expect(chooseFormat('report.txt', undefined)).toEqual({ ok: true, format: 'chat' });
    expect(chooseFormat('out/Report.TXT', 'chat')).toEqual({ ok: true, format: 'chat' });
    expect(chooseFormat(undefined, 'chat')).toEqual({ ok: true, format: 'chat' });
    expect(chooseFormat('report.md', 'chat')).toEqual({ ok: false, reason: 'conflict' });
    expect(chooseFormat('report.txt', 'json')).toEqual({ ok: false, reason: 'conflict' });
    expect(chooseFormat('report.txt', 'text')).toEqual({ ok: false, reason: 'conflict' });
  });

  it('says every figure as the report JSON has it', () => {
    const json = reportJson(seed, { includeContact: false });
    const chat = renderReportChat(seed, { lang: 'en' });
    for (const b of json.brands) {
      expect(chat).toContain(`*${b.brand}* — target ${b.targetMet ? 'met' : 'not met'}: ${b.listed} KOLs listed, target ${b.target}`);
      expect(chat).toContain(`PR pack: ${b.agreed} agreed, ${b.declined} declined, ${b.unreachable} unreachable, ${b.pending} no answer yet`);
      expect(chat).toContain(`Posted: ${b.posted} of ${b.agreed} agreed (${b.onTime} on time, ${b.late} late), ${b.notPosted} not posted`);
      expect(chat).toContain(`Posted late (${b.late}): `);
      expect(chat).toContain(`Not posted (${b.notPosted}): `);
      for (const k of b.lateKols) expect(chat).toContain(`${k.kol} (${k.daysLate} day${k.daysLate === 1 ? '' : 's'} late)`);
      for (const k of b.notPostedKols) expect(chat).toContain(`${k.kol} (deadline ${new Date(`${k.deadline}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })})`);
    }
    const n = (v: number | null) => (v === null ? 'not stated' : String(v));
    for (const a of json.affiliate) {
      expect(chat).toContain(`- ${a.platform} · ${a.brand}: contacted ${n(a.contacted)} → deals declared ${n(a.dealsDeclared)} → deal rows ${a.dealRows} → done ${a.done}`);
    }
    const prev = json.previousMonth.affiliate.find((p) => p.platform === 'Shopee' && p.brand === 'Herbana')!;
    const now = json.affiliate.find((p) => p.platform === 'Shopee' && p.brand === 'Herbana')!;
    expect(chat).toContain(`Deals declared ${now.dealsDeclared} (↓ −${prev.dealsDeclared! - now.dealsDeclared!} from ${prev.dealsDeclared})`);
    expect(chat).toContain(`Done ${now.done} (↑ +${now.done - prev.done} from ${prev.done})`);
    expect(chat).toContain(`Contacted not stated (was ${prev.contacted})`);
    const f = json.findings;
    expect(chat).toContain(`${f.errors} errors, ${f.warnings} warnings, ${f.infos} infos`);
  });

  it('carries no address or phone number, even from a report built with --include-contact', () => {
    expect(seedWithContact.kols.some((k) => (k.address ?? '').includes('051188411025'))).toBe(true);
    for (const lang of ['en', 'id'] as const) {
      const chat = renderReportChat(seedWithContact, { lang });
      expect(chat).toBe(renderReportChat(seed, { lang }));
      for (const needle of ['081738898', '05118155843', '051188411025', 'H02933225527', 'Jalan Puri Jaya', 'jalan mangga II']) {
        expect(chat.toLowerCase()).not.toContain(needle.toLowerCase());
      }
    }
  });
});

describe('sheet text in the message', () => {
  it('cannot format it: * _ ~ and backticks become look-alikes, line breaks a space', () => {
    expect(escapeChat('*Nata*_Shina_ ~x~ `y`\nz')).toBe('∗Nata∗ˍShinaˍ ∼x∼ ˋyˋ z');
  });

  it('cannot carry a phone number: a run of eight digits or more is blotted out', () => {
    expect(escapeChat('Ana 0812-3456-7890')).toBe('Ana …');
    expect(escapeChat('Budi +62 812 3456 789 ok')).toBe('Budi … ok');
    expect(escapeChat('Citra 2024')).toBe('Citra 2024');
  });

  it('is escaped in KOL, brand and platform names', () => {
    const b = brandOf('Her*bana*', 2, { lateKols: [{ kol: '_Nata_ 081234567890', postDate: '2024-10-27', deadline: '2024-10-25', daysLate: 2 }], late: 1 });
    const report = sampleReport([b], [funnelOf('Sho~pee~', 'Her*bana*')]);
    const chat = renderReportChat(report, { lang: 'en' });
    expect(chat).toContain('✅ *Her∗bana∗* — target met');
    expect(chat).toContain('Posted late (1): ˍNataˍ … (2 days late)');
    expect(chat).toContain('- Sho∼pee∼ · Her∗bana∗: contacted');
    expect(chat).not.toMatch(/\d{8}/);
  });
});

function brandOf(brand: string, lateCount: number, over: Partial<BrandMetrics> = {}): BrandMetrics {
  const lateKols = Array.from({ length: lateCount }, (_, i) => ({ kol: `${brand} KOL ${i + 1}`, postDate: '2024-10-27', deadline: '2024-10-25', daysLate: 1 + (i % 9) }));
  const notPostedKols = Array.from({ length: lateCount }, (_, i) => ({ kol: `${brand} silent ${i + 1}`, deadline: i % 4 === 0 ? null : `2024-10-${String(10 + (i % 15)).padStart(2, '0')}` }));
  return {
    brand, listed: 40 + 3 * lateCount, target: 20, targetMet: true,
    tiers: { nano: 0, micro: 40, macro: 3 * lateCount, mega: 0 },
    agreed: 3 * lateCount, declined: 0, unreachable: 0, pending: 40,
    acceptanceRate: (3 * lateCount) / (40 + 3 * lateCount),
    posted: 2 * lateCount, onTime: lateCount, late: lateCount, notPosted: lateCount, lateKols, notPostedKols,
    ...over,
  };
}

function funnelOf(platform: string, brand: string, over: Partial<AffiliateMetrics> = {}): AffiliateMetrics {
  return { platform, brand, contacted: 40, dealsDeclared: 10, dealRows: 9, done: 8, deliverablesComplete: 5, bonusesDue: 1, ...over };
}

function sampleReport(brands: BrandMetrics[], affiliate: AffiliateMetrics[], previous: Partial<MonthlyReport['previousMonth']> = {}): MonthlyReport {
  return {
    month: '2024-10', asOf: '2024-11-01', brands, affiliate, calendar: [],
    previousMonth: { month: '2024-09', brands: [], affiliate: [], ...previous },
    findings: { errors: 3, warnings: 40, infos: 2 }, kols: [], findingList: [], undated: { tables: 0, rows: 0 },
  };
}

describe('a big month', () => {
  // Nine brands with 35 late and 35 silent KOLs each, twelve funnels, every one also last month.
  const brands = Array.from({ length: 9 }, (_, i) => brandOf(`Brand ${String.fromCharCode(65 + i)}`, 35));
  const funnels = brands.flatMap((b) => ['Shopee', 'TikTok'].map((p) => funnelOf(p, b.brand))).slice(0, 12);
  const previous = {
    brands: brands.map((b) => ({ ...b, listed: b.listed - 5, late: b.late + 2 })),
    affiliate: funnels.map((a) => ({ ...a, done: a.done - 1 })),
  };
  const report = sampleReport(brands, funnels, previous);

  it.each(['en', 'id'] as const)('fits in 30 lines (%s)', (lang) => {
    const text = renderReportChat(report, { lang });
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeLessThanOrEqual(CHAT_MAX_LINES);
    // Something of every section is still there.
    expect(lines.some((l) => l.startsWith('✅ *Brand A*'))).toBe(true);
    expect(lines.some((l) => /^- Shopee · Brand A: (contacted|dihubungi) 40 /.test(l))).toBe(true);
    expect(lines.some((l) => /^- Brand A: (KOLs listed 145 \(↑ \+5 from 140\)|KOL di-listing 145 \(↑ \+5 dari 140\))/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^_October 2024: 3 errors|^_Oktober 2024: 3 error/);
  });

  it('shows the first few of each list, most late first, and says how many more', () => {
    const chat = renderReportChat(report, { lang: 'en' });
    const late = chat.split('\n').find((l) => l.startsWith('- Posted late (35): '))!;
    expect(late).toBe('- Posted late (35): Brand A KOL 9 (9 days late), Brand A KOL 18 (9 days late), Brand A KOL 27 (9 days late) and 32 more');
    const silent = chat.split('\n').find((l) => l.startsWith('- Not posted (35): '))!;
    expect(silent).toBe('- Not posted (35): Brand A silent 16 (deadline 10 October 2024), Brand A silent 31 (deadline 10 October 2024), Brand A silent 2 (deadline 11 October 2024) and 32 more');
    expect(CHAT_NAMES_SHOWN).toBe(3);
    // Brands, funnels and changes cut, each with how many were left out.
    const shownBrands = chat.split('\n').filter((l) => l.startsWith('✅ ')).length;
    expect(chat).toContain(`_and ${9 - shownBrands} more brands (the .xlsx report has every one)_`);
    const shownFunnels = chat.split('\n').filter((l) => /^- (Shopee|TikTok) · Brand .: contacted/.test(l)).length;
    expect(chat).toContain(`- and ${12 - shownFunnels} more funnels`);
    expect(chat).toMatch(/- and \d+ more changes\n/);
  });

  it('one brand, no affiliate, nothing last month: short and says so', () => {
    const chat = renderReportChat(sampleReport([brandOf('Solo', 0, { agreed: 0, posted: 0, onTime: 0, late: 0, notPosted: 0, listed: 6, targetMet: false })], []), { lang: 'en' });
    expect(chat).toContain('❌ *Solo* — target not met: 6 KOLs listed, target 20 (14 short)');
    expect(chat).not.toContain('Posted:');
    expect(chat).not.toContain('Posted late');
    expect(chat).toContain('*Affiliate funnel*\n_No affiliate deals for October 2024 in the files given._');
    expect(chat).toContain('*Compared with September 2024*\n- No figures for September 2024 to compare with');
  });

  it('a brand listed last month and not this month is named', () => {
    const gone = brandOf('Gone', 1);
    const chat = renderReportChat(sampleReport([brandOf('Kept', 1)], [], { brands: [gone, brandOf('Kept', 1)] }), { lang: 'en' });
    expect(chat).toContain('- Kept: no change');
    expect(chat).toContain('- In September 2024, not this month: Gone');
  });
});
