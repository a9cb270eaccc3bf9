/**
 * Every figure of `kolops report monthly --month 2024-09 --as-of 2024-10-01 examples/`,
 * worked out by hand from the seed tables (scripts/seed-data.mjs, which
 * scripts/make-examples.mjs writes into examples/) and examples/kolops.config.json.
 * Each expected number says where it comes from; none was copied from the code's output.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { collectFiles } from '../../src/engine/walk.js';
import { monthlyReport, type AffiliateMetrics, type MonthlyReport } from '../../src/report/metrics.js';

const root = join(import.meta.dirname, '..', '..');

async function reportFor(paths: string[], month: string, asOf: string, includeContact = false): Promise<MonthlyReport> {
  const { config } = await resolveConfig(undefined, root, paths);
  const { files } = await collectFiles(paths.map((p) => join(root, p)));
  // As `kolops report monthly` does: --month is also the last-resort month of undated tables.
  const run = await checkWorkbooks(files, config, { lang: 'en', month, year: null, asOf });
  return monthlyReport({
    month, asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates,
    findings: run.result.findings, includeContact,
  });
}

const funnel = (r: MonthlyReport | MonthlyReport['previousMonth'], platform: string, brand: string): AffiliateMetrics | undefined =>
  r.affiliate.find((a) => a.platform === platform && a.brand === brand);

let report: MonthlyReport;
let withContact: MonthlyReport;

beforeAll(async () => {
  report = await reportFor(['examples'], '2024-09', '2024-10-01');
  withContact = await reportFor(['examples'], '2024-09', '2024-10-01', true);
});

describe('September 2024 over examples/, as of 2024-10-01: the KOL listing', () => {
  it('has one brand, Herbana', () => {
    // Every row of "Gambar 3.1" says Brand = Herbana (seed-data L(): column 8 is 'Herbana').
    // The Oktober sheet's brands (Herbamojo, EssentialDHARI, Herbanna) are October, not September.
    expect(report.month).toBe('2024-09');
    expect(report.asOf).toBe('2024-10-01');
    expect(report.brands.map((b) => b.brand)).toEqual(['Herbana']);
  });

  it('counts listed, target and target met', () => {
    const b = report.brands[0]!;
    // listed 30: "Gambar 3.1" numbers its rows 1–31; the row numbered 28 is blank
    // (nothing but its number), so 31 − 1 = 30 accounts, all distinct (30 different
    // instagram.com/<handle>/ links).
    expect(b.listed).toBe(30);
    // target 20: examples/kolops.config.json listing.monthlyTarget (= the SOP's 20 per month).
    expect(b.target).toBe(20);
    // 30 ≥ 20.
    expect(b.targetMet).toBe(true);
  });

  it('counts the tier mix', () => {
    const b = report.brands[0]!;
    expect(b.tiers).toEqual({
      // nano 1: `8.301` (Thang Halililar, row 17) is 8,301 with an Indonesian thousands dot — the only count < 10K.
      nano: 1,
      // micro 7 (10K–<100K): Azka Han 85.3K, Shafandi Viana 85.3K, Biza Estera 10.5K,
      // Cindy Labay 86.7K, Melochka Prudence 10K, Gita VSPH 86K, Dafa Cio 41K.
      micro: 7,
      // macro 22 (100K–<1M): every other row, 121K (Medy Hanady) … 430K (Bella Kaula Anesa): 30 − 1 − 7.
      macro: 22,
      // mega 0: nobody has ≥ 1M followers (the largest is 430K).
      mega: 0,
    });
  });

  it('counts the PR-pack answers and the acceptance rate', () => {
    const b = report.brands[0]!;
    // agreed 5: the five `YES (DONE)` — rows 1 Nata Shina, 6 Nadine Aulia, 13 Leona Nur
    // Hafidhoro, 22 Shafandi Viana, 29 Melochka Prudence.
    expect(b.agreed).toBe(5);
    // declined 2: rows 8 (Helak Keltira) and 27 (Medy Hanady), `TIDAK BISA BARTER`.
    expect(b.declined).toBe(2);
    // unreachable 1: row 5 (Liana Liana), `TIDAK BISA DI CONTACT`.
    expect(b.unreachable).toBe(1);
    // pending 22: a blank PR-pack cell on every other row: 30 − 5 − 2 − 1.
    expect(b.pending).toBe(22);
    // acceptance 5 / 30.
    expect(b.acceptanceRate).toBeCloseTo(5 / 30, 12);
  });

  it('counts who posted, on time and late, and who did not', () => {
    const b = report.brands[0]!;
    // posted 4: Nadine Aulia ("Kamis, 5 September" in the listing's Post Date) and Melochka
    // Prudence ("Selasa, 10 September", listing), Leona Nur Hafidhoro (27/09/2024) and
    // Shafandi Viana (2024-09-20 date cell), both from examples/recap-september-2024.xlsx.
    expect(b.posted).toBe(4);
    // on time 3: Nadine 5 Sep and Melochka 10 Sep ≤ 25 Sep (config posting.deadline.dayOfMonth 25);
    // Shafandi 20 Sep ≤ 30 Sep (her recap row's own Deadline cell, which wins over the config).
    expect(b.onTime).toBe(3);
    // late 1: Leona posted 27 Sep, deadline 25 Sep (dayOfMonth 25, her row has no Deadline cell).
    expect(b.late).toBe(1);
    expect(b.lateKols).toEqual([{ kol: 'Leona Nur Hafidhoro', postDate: '2024-09-27', deadline: '2024-09-25', daysLate: 2 }]);
    // not posted 1: Nata Shina agreed (row 1) but has no Post Date in the listing and `-`
    // in the recap; her deadline is 25 Sep (dayOfMonth 25).
    expect(b.notPosted).toBe(1);
    expect(b.notPostedKols).toEqual([{ kol: 'Nata Shina', deadline: '2024-09-25' }]);
    // Posts by KOLs not in the September listing are not credited to it: Ravi Andika (3 Sep)
    // and Ditto Percussion (27 Sep) in recap-postingan.xlsx, Rina Kartika (14 Sep) in the
    // long recap, nor the four recap dates with no KOL on their row.
    expect(b.posted + b.notPosted).toBe(b.agreed);
  });

  it('lists every KOL line, without addresses unless asked', () => {
    // 30 lines, one per listed account, in sheet order.
    expect(report.kols).toHaveLength(30);
    expect(report.kols.every((k) => !('address' in k))).toBe(true);
    const byName = new Map(report.kols.map((k) => [k.kol, k]));
    // Thang Halililar: 8,301 followers (the `8.301` cell), nano, PR-pack cell blank = pending.
    expect(byName.get('Thang Halililar')).toMatchObject({ followers: 8301, tier: 'nano', status: 'pending', posting: null });
    // Nata Shina: 354K, macro, agreed, not posted; as of 1 Oct she is 6 days past 25 Sep.
    expect(byName.get('Nata Shina')).toMatchObject({ followers: 354_000, tier: 'macro', status: 'agreed', posting: 'not-posted', deadline: '2024-09-25', daysLate: 6, postDate: null });
    // Leona: 129K, late by 2 days.
    expect(byName.get('Leona Nur Hafidhoro')).toMatchObject({ followers: 129_000, tier: 'macro', posting: 'late', postDate: '2024-09-27', daysLate: 2 });
    // Shafandi: 85.3K = 85,300, micro; deadline 30 Sep from her recap row.
    expect(byName.get('Shafandi Viana')).toMatchObject({ followers: 85_300, tier: 'micro', posting: 'on-time', postDate: '2024-09-20', deadline: '2024-09-30' });
    // Melochka: `10K` = 10,000, the bottom of micro.
    expect(byName.get('Melochka Prudence')).toMatchObject({ followers: 10_000, tier: 'micro', posting: 'on-time', postDate: '2024-09-10' });
    // Nadine: listing Post Date 5 Sep.
    expect(byName.get('Nadine Aulia')).toMatchObject({ posting: 'on-time', postDate: '2024-09-05', deadline: '2024-09-25' });
    // Liana (row 5), Helak (row 8), Medy (row 27): no posting state, they did not agree.
    expect(byName.get('Liana Liana')).toMatchObject({ status: 'unreachable', posting: null });
    expect(byName.get('Helak Keltira')).toMatchObject({ status: 'declined', posting: null });
    expect(byName.get('Medy Hanady')).toMatchObject({ status: 'declined', posting: null });
    // The source is the September sheet of the listing; the blank row 28 is sheet row 29,
    // so Melochka (numbered 29) sits on sheet row 30.
    expect(byName.get('Melochka Prudence')).toMatchObject({ sheet: 'September', row: 30 });
  });

  it('carries the address as written only with --include-contact', () => {
    const byName = new Map(withContact.kols.map((k) => [k.kol, k]));
    // Seed "Gambar 3.1" Address column of the five agreed KOLs (phone numbers inside them).
    expect(byName.get('Nata Shina')!.address).toContain('051188411025');
    expect(byName.get('Nadine Aulia')!.address).toContain('jalan mangga II');
    expect(byName.get('Leona Nur Hafidhoro')!.address).toContain('05118155843');
    expect(byName.get('Shafandi Viana')!.address).toContain('081738898');
    expect(byName.get('Melochka Prudence')!.address).toContain('Jalan Puri Jaya');
    // Everyone else's Address cell is empty.
    expect(byName.get('Juandi Pratama')!.address).toBeNull();
    // The figures do not change with it.
    expect(withContact.brands).toEqual(report.brands);
  });
});

describe('September 2024: the affiliate funnel', () => {
  it('reads the seed block ("Gambar 3.4") alone as the seed says', async () => {
    const seed = await reportFor(['examples/affiliate-deals.xlsx'], '2024-09', '2024-10-01');
    expect(seed.affiliate).toEqual([{
      platform: 'Shopee', brand: 'Herbana', // title `SHOPEE HERBANA YANG DEAL SEPTEMBER`
      contacted: null,       // `Yang sudah di contact: TBA`: not stated, not 0
      dealsDeclared: 5,      // `Yang sudah deal: 5 (September)`
      dealRows: 9,           // nine deal rows under it (No 1–9)
      done: 9,               // every row's Status is `DONE`
      deliverablesComplete: null, // the block has no Video / Live / Bukti columns
      bonusesDue: 0,         // no sales or target columns
    }]);
    expect(seed.previousMonth.affiliate).toEqual([{
      platform: 'Shopee', brand: 'Herbana', // `SHOPEE HERBANA YANG DEAL AGUSTUS`
      contacted: 46,         // `Yang sudah di contact: 46 (Abel Cantika)`
      dealsDeclared: 10,     // `Yang sudah deal: 10 (Agustus)`
      dealRows: 10,          // ten rows, No 1–10
      done: 10,              // all `DONE`
      deliverablesComplete: null,
      bonusesDue: 0,
    }]);
  });

  it('adds the long-layout deals of examples/affiliate-deliverables-2024.xlsx per platform × brand', () => {
    // Four platform × brand pairs, sorted: Shopee before TikTok, Herbamojo before Herbana.
    expect(report.affiliate.map((a) => `${a.platform} ${a.brand}`)).toEqual([
      'Shopee Herbamojo', 'Shopee Herbana', 'TikTok Herbamojo', 'TikTok Herbana',
    ]);
    // Shopee · Herbana: the seed block (TBA / 5 declared / 9 rows, all DONE) plus two long
    // rows, sehatbersamadina and dapur.herbal.ayu, both DONE: rows 9 + 2 = 11, done 11.
    // Only the block states counts, so contacted stays unstated and declared stays 5.
    expect(funnel(report, 'Shopee', 'Herbana')).toMatchObject({ contacted: null, dealsDeclared: 5, dealRows: 11, done: 11, bonusesDue: 0 });
    // Shopee · Herbamojo: jamu.papa.gym (DONE, 0 lives) and mamasehat.lina (`DOEN`, not a
    // known status, so not done): 2 rows, 1 done, 0 complete (no live), no bonus (4M < 10M).
    expect(funnel(report, 'Shopee', 'Herbamojo')).toEqual({
      platform: 'Shopee', brand: 'Herbamojo', contacted: null, dealsDeclared: null, dealRows: 2, done: 1, deliverablesComplete: 0, bonusesDue: 0,
    });
    // TikTok Shop · Herbamojo: @bugarbarengbima (`SELESAI` = done; 3 videos, 2 lives, 4
    // proof links: complete; 12M < 20M) and @kopi.jamu.kang.asep (`ON PROCESS`).
    expect(funnel(report, 'TikTok', 'Herbamojo')).toEqual({
      platform: 'TikTok', brand: 'Herbamojo', contacted: null, dealsDeclared: null, dealRows: 2, done: 1, deliverablesComplete: 1, bonusesDue: 0,
    });
    // TikTok Shop · Herbana: @rinafitjourney (DONE, only 2 videos), @Herbana99 (DONE,
    // complete, 26,750,000 ≥ 25,000,000 target: bonus due) and `Herbana 99` (the same
    // account again, DONE, complete, 0 sales): 3 rows, 3 done, 2 complete, 1 bonus.
    expect(funnel(report, 'TikTok', 'Herbana')).toEqual({
      platform: 'TikTok', brand: 'Herbana', contacted: null, dealsDeclared: null, dealRows: 3, done: 3, deliverablesComplete: 2, bonusesDue: 1,
    });
  });

  // The nine seed block deals sit in a block with no Video / Live / Bukti columns at all, so
  // they prove no deliverable; only sehatbersamadina (3 videos, 1 live, 2 proof links)
  // qualifies, and dapur.herbal.ayu has nothing in Bukti. Hand-worked value: 1.
  it('counts only deals whose deliverables are shown as complete (Shopee · Herbana: 1)', () => {
    expect(funnel(report, 'Shopee', 'Herbana')!.deliverablesComplete).toBe(1);
  });
});

describe('August 2024: the previous month', () => {
  it('has no listing and the seed August block', () => {
    expect(report.previousMonth.month).toBe('2024-08');
    // No August listing in examples/ (kol-listing-2024.xlsx has September and Oktober; the
    // recap's July–August posts are not a listing).
    expect(report.previousMonth.brands).toEqual([]);
    // `SHOPEE HERBANA YANG DEAL AGUSTUS`: contacted 46, declared 10, 10 rows, 10 DONE; no
    // deliverable columns (null), no sales (0 bonuses). The long layout is all September.
    expect(report.previousMonth.affiliate).toEqual([{
      platform: 'Shopee', brand: 'Herbana', contacted: 46, dealsDeclared: 10, dealRows: 10, done: 10, deliverablesComplete: null, bonusesDue: 0,
    }]);
  });
});

describe('September 2024: the findings', () => {
  it('counts the month\'s findings rule by rule', () => {
    const byRule: Record<string, number> = {};
    for (const f of report.findingList) byRule[`${f.rule} ${f.severity}`] = (byRule[`${f.rule} ${f.severity}`] ?? 0) + 1;
    expect(byRule).toEqual({
      // The blank row numbered 28 (sheet row 29) of the September listing.
      'listing/blank-row info': 1,
      // Anjasmara Prasetya and Rio Mahotira (recap-postingan.xlsx, `-` in every column, due at
      // the end of the JULI-SEPTEMBER period, 30 Sep) and Nata Shina (due 25 Sep): all past 1 Oct.
      'recap/not-posted error': 3,
      // The two `Selasa, 21 Agustus 2024` cells: 21 August 2024 was a Wednesday.
      'recap/weekday-mismatch warning': 2,
      // Ravi Andika and Ditto Percussion (Herbana September posts in recap-postingan.xlsx)
      // and Rina Kartika (recap-september-2024.xlsx): not in the September listing.
      'recap/unknown-kol warning': 3,
      // The four dates below the numbered recap rows (5, 10, 12, 21 September).
      'recap/date-without-kol warning': 4,
      // Melochka's caption: `super`, `ampuh`, `pasti menyembuhkan`, `darah tinggi`, `tanpa efek samping`.
      'recap/forbidden-claim error': 5,
      // Leona, 27 Sep > 25 Sep.
      'recap/late-post warning': 1,
      // Leona: (120 + 10) / 30,000 views = 0.4% < the 3% benchmark by views.
      'recap/low-engagement info': 1,
      // Leona (`#sp #collab` do not count) and Shafandi (`#ad` at character 168, after 150).
      'recap/missing-disclosure warning': 2,
      // Shafandi's caption does not tag @herbana.id.
      'recap/missing-brand-tag warning': 1,
      // The September block declares 5 deals and lists 9.
      'affiliate/count-mismatch warning': 1,
      // The block is SHOPEE but its 9 rows link to tiktok.com.
      'affiliate/platform-link-mismatch error': 9,
      // herbana99 eight more times in the September block, and `Herbana 99` = @Herbana99 in the long layout.
      'affiliate/duplicate-account error': 9,
      // @rinafitjourney (2 of 3 videos), jamu.papa.gym (no live), dapur.herbal.ayu (no proof).
      'affiliate/deliverables-incomplete warning': 3,
      // @kopi.jamu.kang.asep: 25% commission, above the config's 5–20%.
      'affiliate/commission-out-of-range warning': 1,
      // @Herbana99: 26,750,000 sales ≥ 25,000,000 target.
      'affiliate/bonus-due info': 1,
      // `DOEN` (mamasehat.lina).
      'affiliate/unknown-status warning': 1,
    });
    // errors 3 + 5 + 9 + 9 = 26; warnings 2 + 3 + 4 + 1 + 2 + 1 + 1 + 3 + 1 + 1 = 19; infos 1 + 1 + 1 = 3.
    // October's findings (the Oktober sheet, month 2024-10) and August's are not counted.
    expect(report.findings).toEqual({ errors: 26, warnings: 19, infos: 3 });
  });
});

/** The check run over examples/ that a September report reads, and its config. */
async function exampleRun() {
  const { config } = await resolveConfig(undefined, root, ['examples']);
  const { files } = await collectFiles([join(root, 'examples')]);
  return { config, run: await checkWorkbooks(files, config, { lang: 'en', month: '2024-09', year: null, asOf: '2024-10-01' }) };
}

describe('the findings and rows a report holds (issue 17: nothing per row it does not need)', () => {
  it('lists the check\'s own findings of the month, not copies, and names the KOL lines\' files as shown', async () => {
    const { config, run } = await exampleRun();
    const shown = monthlyReport({
      month: '2024-09', asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates,
      findings: run.result.findings, includeContact: false, showFile: (f) => `shown:${f.split('/').pop()}`,
    });
    const inMonth = run.result.findings.filter((f) => f.month === '2024-09' || f.month === null);
    expect(inMonth.length).toBeGreaterThan(0);
    expect(shown.findingList).toHaveLength(inMonth.length);
    shown.findingList.forEach((f, i) => expect(f).toBe(inMonth[i]));
    expect(shown.kols.length).toBeGreaterThan(0);
    expect(shown.kols.every((k) => k.file.startsWith('shown:'))).toBe(true);
  });

  it('finds each posting record\'s listing row by its index, and makes rows for the caller without keeping them', async () => {
    const { run } = await exampleRun();
    const records = [...run.postings.join().records];
    const listed = records.filter((r) => r.listingIndex !== null);
    expect(listed.length).toBeGreaterThan(5);
    for (const r of listed) {
      expect(run.postings.listingRow(r.listingIndex!)).toEqual(r.listing);
      expect(run.postings.listingKey(r.listingIndex!)).toBe(r.listing!.key);
      expect(run.postings.listingMonth(r.listingIndex!)).toBe(r.month);
    }
    expect(records.filter((r) => r.listingIndex === null).every((r) => r.listing === null)).toBe(true);
    // Rows the join named in an issue are kept by the book; the rest are made afresh each time.
    const fresh = Array.from({ length: run.postings.listingSize }, (_, i) => i).filter((i) => run.postings.listingRow(i) !== run.postings.listingRow(i));
    expect(fresh.length).toBeGreaterThan(run.postings.listingSize / 2);
  });
});
