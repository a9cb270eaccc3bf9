/**
 * `rangeReport`, the range report's one computation, over the bundled examples/: each
 * month's figures are the monthly report's figures of that month (monthlyReport, over the
 * same check run), a month in which a brand or a funnel has no rows is marked absent
 * (null, never 0), and the range itself is inclusive, forwards and at most 36 months.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkWorkbooks } from '../../src/engine/check.js';
import { collectFiles } from '../../src/engine/walk.js';
import { monthlyReport, type ReportInput } from '../../src/report/metrics.js';
import { MAX_RANGE_MONTHS, rangeMonths, rangeReport, type RangeReport } from '../../src/report/range.js';

const root = join(import.meta.dirname, '..', '..');

/** The engine run `kolops report range examples/ --as-of …` makes: no --month fallback, as the report commands read. */
async function inputFor(paths: string[], asOf: string): Promise<Omit<ReportInput, 'month'>> {
  const { config } = await resolveConfig(undefined, root, paths);
  const { files } = await collectFiles(paths.map((p) => join(root, p)));
  const run = await checkWorkbooks(files, config, { lang: 'en', month: null, year: null, asOf });
  return { asOf: run.asOf, config, postings: run.postings, affiliates: run.affiliates, findings: run.result.findings, includeContact: false };
}

let input: Omit<ReportInput, 'month'>;
let range: RangeReport;
const MONTHS = ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11'];

beforeAll(async () => {
  input = await inputFor(['examples'], '2024-12-01');
  range = rangeReport(input, '2024-07', '2024-11');
});

describe('rangeMonths', () => {
  it('lists every month from --from to --to, both included, across a year end', () => {
    expect(rangeMonths('2023-11', '2024-02')).toEqual({ ok: true, months: ['2023-11', '2023-12', '2024-01', '2024-02'] });
    expect(rangeMonths('2024-09', '2024-09')).toEqual({ ok: true, months: ['2024-09'] });
  });

  it('refuses a range that runs backwards', () => {
    expect(rangeMonths('2024-10', '2024-07')).toMatchObject({ ok: false, problem: 'reversed' });
    expect(rangeMonths('2025-01', '2024-12')).toMatchObject({ ok: false, problem: 'reversed' });
  });

  it(`takes ${MAX_RANGE_MONTHS} months at most`, () => {
    const ok = rangeMonths('2022-01', '2024-12');
    expect(ok.ok && ok.months.length).toBe(36);
    expect(rangeMonths('2021-12', '2024-12')).toEqual({ ok: false, problem: 'too-long', months: 37 });
  });

  it('rangeReport refuses what rangeMonths refuses', () => {
    expect(() => rangeReport(input, '2024-10', '2024-07')).toThrow(/reversed/);
  });
});

describe('the range over examples/, July to November 2024', () => {
  it('has the months, the as-of date and the config target', () => {
    expect(range.months).toEqual(MONTHS);
    expect(range.from).toBe('2024-07');
    expect(range.to).toBe('2024-11');
    expect(range.asOf).toBe('2024-12-01');
    expect(range.target).toBe(20);
  });

  it('has every brand any month listed, in the monthly report\'s order, each with every month', () => {
    // September: Herbana ("Gambar 3.1"); Oktober: EssentialDHARI, Herbamojo, Herbana and the typo Herbanna.
    expect(range.brands.map((b) => b.brand)).toEqual(['EssentialDHARI', 'Herbamojo', 'Herbana', 'Herbanna']);
    for (const b of range.brands) expect(b.months.map((m) => m.month)).toEqual(MONTHS);
  });

  it.each(MONTHS)('%s: each brand\'s figures are the monthly report\'s for that month', (month) => {
    const monthly = monthlyReport({ ...input, month });
    const i = MONTHS.indexOf(month);
    for (const b of range.brands) {
      const m = b.months[i]!;
      const same = monthly.brands.find((x) => x.brand === b.brand);
      if (!same) {
        expect(m.listed, `${b.brand} ${month}`).toBeNull();
        continue;
      }
      expect(m).toEqual({
        month, listed: same.listed, target: same.target, targetMet: same.targetMet, acceptanceRate: same.acceptanceRate,
        agreed: same.agreed, posted: same.posted, onTime: same.onTime, late: same.late, notPosted: same.notPosted,
        onTimeRate: same.agreed > 0 ? same.onTime / same.agreed : null,
      });
    }
    // And no brand of the monthly report is missing from the range.
    for (const b of monthly.brands) expect(range.brands.map((x) => x.brand)).toContain(b.brand);
  });

  it.each(MONTHS)('%s: each funnel\'s figures are the monthly report\'s for that month', (month) => {
    const monthly = monthlyReport({ ...input, month });
    const i = MONTHS.indexOf(month);
    for (const f of range.affiliate) {
      const same = monthly.affiliate.find((a) => a.platform === f.platform && a.brand === f.brand);
      const m = f.months[i]!;
      if (!same) expect(m).toEqual({ month, contacted: null, dealsDeclared: null, dealRows: null, done: null });
      else expect(m).toEqual({ month, contacted: same.contacted, dealsDeclared: same.dealsDeclared, dealRows: same.dealRows, done: same.done });
    }
    for (const a of monthly.affiliate) expect(range.affiliate.some((f) => f.platform === a.platform && f.brand === a.brand)).toBe(true);
  });

  it.each(MONTHS)('%s: the monthly report\'s finding counts are the month\'s plus those no month owns', (month) => {
    const monthly = monthlyReport({ ...input, month });
    const counts = range.findings.months[MONTHS.indexOf(month)]!;
    const w = range.findings.withoutMonth;
    expect(counts.month).toBe(month);
    expect({ errors: counts.errors + w.errors, warnings: counts.warnings + w.warnings, infos: counts.infos + w.infos }).toEqual(monthly.findings);
  });

  it('says what the monthly report says about undated tables', () => {
    expect(range.undated).toEqual(monthlyReport({ ...input, month: '2024-09' }).undated);
  });

  it('the seed month as the monthly report test worked it out by hand: Herbana, September', () => {
    const sept = range.brands.find((b) => b.brand === 'Herbana')!.months[2]!;
    // test/report/metrics.test.ts: 30 listed, 5 agreed, 4 posted (3 on time, 1 late), 1 not posted.
    expect(sept).toMatchObject({ listed: 30, targetMet: true, agreed: 5, posted: 4, onTime: 3, late: 1, notPosted: 1 });
    expect(sept.acceptanceRate).toBeCloseTo(5 / 30);
    expect(sept.onTimeRate).toBeCloseTo(3 / 5);
  });

  it('marks a month with no rows absent: null, never 0', () => {
    const herbana = range.brands.find((b) => b.brand === 'Herbana')!;
    // No listing for July, August or November in examples/.
    for (const i of [0, 1, 4]) {
      expect(herbana.months[i]).toEqual({
        month: MONTHS[i], listed: null, target: null, targetMet: null, acceptanceRate: null, agreed: null,
        posted: null, onTime: null, late: null, notPosted: null, onTimeRate: null,
      });
    }
  });

  it('tells a month with no deal block apart from a count the block does not state', () => {
    const shopee = range.affiliate.find((f) => f.platform === 'Shopee' && f.brand === 'Herbana')!;
    // August: "Yang sudah di contact: 46", "Yang sudah deal: 10", ten rows, all DONE.
    expect(shopee.months[1]).toEqual({ month: '2024-08', contacted: 46, dealsDeclared: 10, dealRows: 10, done: 10 });
    // September: "contacted: TBA" — not stated (null) in a month that has rows (dealRows is a number).
    expect(shopee.months[2]).toMatchObject({ month: '2024-09', contacted: null, dealsDeclared: 5 });
    expect(shopee.months[2]!.dealRows).toBeGreaterThan(0);
    // October: no block, no row.
    expect(shopee.months[3]).toEqual({ month: '2024-10', contacted: null, dealsDeclared: null, dealRows: null, done: null });
  });

  it('has no on-time share where nobody agreed (Herbanna, October), instead of 0', () => {
    const oct = range.brands.find((b) => b.brand === 'Herbanna')!.months[3]!;
    expect(oct).toMatchObject({ listed: 1, agreed: 0, onTimeRate: null });
  });

  it('keeps every month of a range the files say nothing about, with no brand and no funnel', () => {
    const empty = rangeReport(input, '2023-01', '2023-03');
    expect(empty.months).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(empty.brands).toEqual([]);
    expect(empty.affiliate).toEqual([]);
    expect(empty.findings.months.map((f) => f.errors + f.warnings + f.infos)).toEqual([0, 0, 0]);
  });
});
