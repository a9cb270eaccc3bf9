/**
 * `kolops report range --format json`: the range report as JSON, every object rebuilt from
 * a list of its keys, so the keys keep their order and nothing else slips in whatever
 * `RangeReport` grows. A month in which a brand has no rows carries `listed: null` and every
 * other figure null (a funnel's: `dealRows: null`): unknown, never 0. `contacted` /
 * `dealsDeclared` null in a month that has rows is what the monthly report says too: the
 * block does not state it.
 */
import type { FindingCounts } from '../../model/finding.js';
import type { BrandMonth, FunnelMonth, RangeReport } from '../range.js';

const BRAND_MONTH = ['month', 'listed', 'target', 'targetMet', 'acceptanceRate', 'agreed', 'posted', 'onTime', 'late', 'notPosted', 'onTimeRate'] as const satisfies readonly (keyof BrandMonth)[];
const FUNNEL_MONTH = ['month', 'contacted', 'dealsDeclared', 'dealRows', 'done'] as const satisfies readonly (keyof FunnelMonth)[];
const COUNTS = ['errors', 'warnings', 'infos'] as const satisfies readonly (keyof FindingCounts)[];

/** `o` with only `keys`, in their order. */
function pick<T, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

export function rangeJson(report: RangeReport) {
  return {
    from: report.from,
    to: report.to,
    asOf: report.asOf,
    months: [...report.months],
    target: report.target,
    brands: report.brands.map((b) => ({ brand: b.brand, months: b.months.map((m) => pick(m, BRAND_MONTH)) })),
    affiliate: report.affiliate.map((f) => ({ platform: f.platform, brand: f.brand, months: f.months.map((m) => pick(m, FUNNEL_MONTH)) })),
    findings: {
      months: report.findings.months.map((f) => ({ month: f.month, ...pick(f, COUNTS) })),
      withoutMonth: pick(report.findings.withoutMonth, COUNTS),
    },
    undated: { tables: report.undated.tables, rows: report.undated.rows },
  };
}

export function renderRangeJson(report: RangeReport): string {
  return JSON.stringify(rangeJson(report), null, 2) + '\n';
}
