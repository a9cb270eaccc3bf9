/**
 * The report renderers as pure functions of a `MonthlyReport` built by hand: format
 * choice, the JSON contract's key order, Markdown and HTML escaping of hostile sheet text,
 * month-over-month arrows, colours only when asked.
 */
import { describe, expect, it } from 'vitest';
import type { BrandMetrics, KolLine, MonthlyReport } from '../../src/report/metrics.js';
import { escapeHtml, renderReportHtml } from '../../src/report/render/html.js';
import {
  chooseFormat, formatCount, formatPercent, monthLabel, renderReport, trendOf,
} from '../../src/report/render/index.js';
import { renderReportJson } from '../../src/report/render/json.js';
import { escapeMarkdown, renderReportMarkdown } from '../../src/report/render/markdown.js';
import { renderReportTerminal } from '../../src/report/render/terminal.js';

const HOSTILE_KOL = '=HYPERLINK("http://x")|<script>alert(1)</script>\n*bold* [a](b)';
const HOSTILE_BRAND = 'Her|bana <b>&';

function brand(over: Partial<BrandMetrics> = {}): BrandMetrics {
  return {
    brand: 'Herbana', listed: 6, target: 20, targetMet: false,
    tiers: { nano: 1, micro: 3, macro: 2, mega: 0 },
    agreed: 4, declined: 1, unreachable: 0, pending: 1, acceptanceRate: 4 / 6,
    posted: 3, onTime: 2, late: 1, notPosted: 1,
    lateKols: [{ kol: HOSTILE_KOL, postDate: '2024-10-27', deadline: '2024-10-25', daysLate: 2 }],
    notPostedKols: [{ kol: 'Sinta Dewi', deadline: '2024-10-25' }],
    ...over,
  };
}

const KOL: KolLine = {
  kol: 'Sinta Dewi', brand: 'Herbana', platform: 'Instagram', link: 'https://www.instagram.com/sintadewi/',
  followers: 48_000, tier: 'micro', status: 'agreed', statusText: 'YES', postDate: null, deadline: '2024-10-25',
  posting: 'not-posted', daysLate: null, file: 'listing.xlsx', sheet: 'Oktober', row: 4,
};

function sample(over: Partial<MonthlyReport> = {}): MonthlyReport {
  return {
    month: '2024-10',
    asOf: '2024-10-20',
    brands: [brand(), brand({ brand: HOSTILE_BRAND, listed: 25, targetMet: true, lateKols: [], notPostedKols: [], late: 0, notPosted: 0 })],
    affiliate: [{ platform: 'Shopee', brand: 'Herbana', contacted: null, dealsDeclared: 5, dealRows: 9, done: 9, deliverablesComplete: null, bonusesDue: 0 }],
    calendar: [],
    previousMonth: {
      month: '2024-09',
      brands: [brand({ listed: 30, targetMet: true, late: 1, agreed: 4, acceptanceRate: 4 / 30 })],
      affiliate: [{ platform: 'Shopee', brand: 'Herbana', contacted: 46, dealsDeclared: 10, dealRows: 10, done: 10, deliverablesComplete: null, bonusesDue: 0 }],
    },
    findings: { errors: 1, warnings: 8, infos: 2 },
    kols: [KOL],
    findingList: [],
    undated: { tables: 0, rows: 0 },
    ...over,
  };
}

describe('chooseFormat', () => {
  it('picks the renderer by the -o extension, case-insensitively', () => {
    expect(chooseFormat('report.xlsx', undefined)).toEqual({ ok: true, format: 'xlsx' });
    expect(chooseFormat('out/Report.MD', undefined)).toEqual({ ok: true, format: 'md' });
    expect(chooseFormat('r.markdown', undefined)).toEqual({ ok: true, format: 'md' });
    expect(chooseFormat('r.html', undefined)).toEqual({ ok: true, format: 'html' });
    expect(chooseFormat('r.htm', undefined)).toEqual({ ok: true, format: 'html' });
    expect(chooseFormat('r.json', undefined)).toEqual({ ok: true, format: 'json' });
    expect(chooseFormat('r.json', 'json')).toEqual({ ok: true, format: 'json' });
  });

  it('never guesses: an unknown or missing extension is an error', () => {
    expect(chooseFormat('report.csv', undefined)).toEqual({ ok: false, reason: 'unknown-extension', extension: '.csv' });
    expect(chooseFormat('report', undefined)).toEqual({ ok: false, reason: 'unknown-extension', extension: '' });
    expect(chooseFormat('report.xls', undefined)).toMatchObject({ ok: false, reason: 'unknown-extension' });
  });

  it('refuses --format that contradicts the file name', () => {
    expect(chooseFormat('report.md', 'json')).toEqual({ ok: false, reason: 'conflict' });
    expect(chooseFormat('report.json', 'text')).toEqual({ ok: false, reason: 'conflict' });
  });

  it('without -o: JSON on stdout for --format json, else the terminal summary', () => {
    expect(chooseFormat(undefined, 'json')).toEqual({ ok: true, format: 'json' });
    expect(chooseFormat(undefined, 'text')).toEqual({ ok: true, format: 'terminal' });
    expect(chooseFormat(undefined, undefined)).toEqual({ ok: true, format: 'terminal' });
  });
});

describe('shared figures', () => {
  it('formats months, counts and percentages per language', () => {
    expect(monthLabel('2024-08', 'en')).toBe('August 2024');
    expect(monthLabel('2024-08', 'id')).toBe('Agustus 2024');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'id')).toBe('1.234.567');
    expect(formatPercent(5 / 30, 'en')).toBe('16.7%');
    expect(formatPercent(5 / 30, 'id')).toBe('16,7%');
  });

  it('gives arrows against last month, judged by which way is good', () => {
    expect(trendOf(11, 10, 'up')).toEqual({ arrow: '↑', delta: 1, good: true });
    expect(trendOf(2, 1, 'down')).toEqual({ arrow: '↑', delta: 1, good: false });
    expect(trendOf(5, 10, 'up')).toEqual({ arrow: '↓', delta: -5, good: false });
    expect(trendOf(3, 3, 'up')).toEqual({ arrow: '=', delta: 0, good: null });
    expect(trendOf(3, undefined, 'up')).toBeNull();
    expect(trendOf(null, 3, 'up')).toBeNull();
    expect(trendOf(3, null, 'up')).toBeNull();
  });
});

describe('JSON', () => {
  it('has the §4 keys first and in order, extras after them', () => {
    const doc = JSON.parse(renderReportJson(sample(), { includeContact: false })) as Record<string, unknown> & {
      brands: Record<string, unknown>[]; affiliate: Record<string, unknown>[]; previousMonth: Record<string, unknown>;
    };
    expect(Object.keys(doc)).toEqual(['month', 'brands', 'affiliate', 'previousMonth', 'findings', 'undated', 'asOf', 'calendar']);
    // A month with no content calendar says so with an empty list, never a row of zeros.
    expect(doc.calendar).toEqual([]);
    expect(Object.keys(doc.brands[0]!)).toEqual([
      'brand', 'listed', 'target', 'targetMet', 'tiers', 'agreed', 'declined', 'unreachable', 'pending',
      'posted', 'onTime', 'late', 'notPosted', 'lateKols', 'notPostedKols', 'acceptanceRate',
    ]);
    expect(Object.keys(doc.brands[0]!.tiers as object)).toEqual(['nano', 'micro', 'macro', 'mega']);
    expect(Object.keys((doc.brands[0]!.lateKols as object[])[0]!)).toEqual(['kol', 'postDate', 'deadline', 'daysLate']);
    expect(Object.keys((doc.brands[0]!.notPostedKols as object[])[0]!)).toEqual(['kol', 'deadline']);
    expect(Object.keys(doc.affiliate[0]!)).toEqual(['platform', 'brand', 'contacted', 'dealsDeclared', 'dealRows', 'done', 'deliverablesComplete', 'bonusesDue']);
    expect(Object.keys(doc.previousMonth)).toEqual(['month', 'brands', 'affiliate']);
    expect(doc.findings).toEqual({ errors: 1, warnings: 8, infos: 2 });
    expect(doc.affiliate[0]!.contacted).toBeNull();
  });

  it('carries the KOL list (with addresses) only with --include-contact', () => {
    const report = sample({ kols: [{ ...KOL, address: 'Jl. Melati 7 0812345678' }] });
    expect(renderReportJson(report, { includeContact: false })).not.toContain('kols');
    expect(renderReportJson(report, { includeContact: false })).not.toContain('0812345678');
    const doc = JSON.parse(renderReportJson(report, { includeContact: true })) as { kols: { address: string; source: object }[] };
    expect(doc.kols[0]!.address).toBe('Jl. Melati 7 0812345678');
    expect(doc.kols[0]!.source).toEqual({ file: 'listing.xlsx', sheet: 'Oktober', row: 4 });
  });
});

describe('Markdown', () => {
  const md = renderReportMarkdown(sample(), { lang: 'en', includeContact: false });

  it('has a headline per brand with the target ✅ / ❌', () => {
    expect(md).toContain('# KOL monthly report — October 2024');
    expect(md).toContain('## Herbana\n\n❌ **target not met: 6 KOLs listed, target 20 (14 short)**');
    expect(md).toContain('## Her\\|bana \\<b\\>&\n\n✅ **target met: 25 KOLs listed, target 20**');
  });

  it('puts last month beside each figure with ↑ ↓ = arrows', () => {
    expect(md).toContain('| Figure | October 2024 | September 2024 | Change |');
    expect(md).toContain('| KOLs listed | 6 | 30 | ↓ −24 |');
    expect(md).toContain('| Late | 1 | 1 | = |');
    expect(md).toContain('| Acceptance rate | 66.7% | 13.3% | ↑ +53.3 pp |');
    // A brand last month did not have: no comparison.
    expect(md).toContain('| KOLs listed | 25 | — | — |');
    // The funnel: contacted was not stated this month (TBA), 46 last month: no arrow.
    expect(md).toContain('| Contacted | not stated | 46 | — |');
    expect(md).toContain('| Deals declared | 5 | 10 | ↓ −5 |');
    expect(md).toContain('Contacted not stated → deals declared 5 → done 9');
  });

  it('lists the late and not-posted KOLs and counts the findings', () => {
    expect(md).toContain('**Posted late (1)**');
    expect(md).toContain('| Sinta Dewi | 25 October 2024 |');
    expect(md).toContain('October 2024: 1 error, 8 warnings, 2 infos');
  });

  it('escapes sheet text so it cannot break a table row or format anything', () => {
    const row = md.split('\n').find((l) => l.includes('HYPERLINK'))!;
    expect(row).toBe(String.raw`| =HYPERLINK("http://x")\|\<script\>alert(1)\</script\> \*bold\* \[a\](b) | 27 October 2024 | 25 October 2024 | 2 |`);
    // Four cells: exactly five unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(md).not.toMatch(/<script>/);
    expect(escapeMarkdown('a\r\nb\tc|d')).toBe('a b c\\|d');
  });

  it('shows addresses only with --include-contact', () => {
    const report = sample({ kols: [{ ...KOL, address: 'Jl. Melati | 7\n0812345678' }] });
    expect(renderReportMarkdown(report, { lang: 'en', includeContact: false })).not.toContain('0812345678');
    const withContact = renderReportMarkdown(report, { lang: 'en', includeContact: true });
    expect(withContact).toContain('| Sinta Dewi | Herbana | Micro (10K–100K) | YES | not posted | Jl. Melati \\| 7 0812345678 |');
    expect(withContact).toContain('personal data');
  });

  it('speaks Bahasa Indonesia with --lang id', () => {
    const id = renderReportMarkdown(sample(), { lang: 'id', includeContact: false });
    expect(id).toContain('# Laporan bulanan KOL — Oktober 2024');
    expect(id).toContain('❌ **target belum tercapai: 6 KOL di-listing, target 20 (kurang 14)**');
    expect(id).toContain('| Tingkat penerimaan | 66,7% | 13,3% | ↑ +53,3 poin |');
  });
});

describe('HTML', () => {
  const html = renderReportHtml(sample(), { lang: 'id', includeContact: false });

  it('is one self-contained page: no script, no external resource, a CSP that forbids them', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(|src=|href=/i);
    // The only URL in any attribute is the SVG namespace, which is a name, not a fetch
    // (the hostile KOL name's "http://x" is escaped text, not an attribute).
    expect(new Set([...html.matchAll(/=\s*"(https?:\/\/[^"]*)"/g)].map((m) => m[1]))).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('draws four inline SVG charts: listed vs target, posting status, tier mix, affiliate funnel', () => {
    expect(html.match(/<svg /g)).toHaveLength(4);
    for (const id of ['chart-listed', 'chart-posting', 'chart-tiers', 'chart-funnel']) expect(html).toContain(`id="${id}-title"`);
    // The target line of the listed-vs-target chart.
    expect(html).toContain('class="marker"');
    expect(html).toContain('target 20');
  });

  it('escapes every text from the sheets', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Her|bana &lt;b&gt;&amp;');
    expect(html).not.toContain('<b>&');
    expect(escapeHtml(`"'<>&\u0007x\ny`)).toBe('&quot;&#39;&lt;&gt;&amp;x y');
  });

  it('compares with last month and is laid out for print', () => {
    expect(html).toContain('<td class="change bad">↓ −24</td>');
    expect(html).toContain('<td class="change same">=</td>');
    expect(html).toContain('@media print');
    expect(html).toContain('Laporan bulanan KOL — Oktober 2024');
  });

  it('says so when there is nothing to chart', async () => {
    const empty = sample({ brands: [], affiliate: [] });
    const page = await renderReport('html', empty, { lang: 'en', includeContact: false, color: false }) as string;
    expect(page).not.toContain('<svg');
    expect(page).toContain('No KOL listing for October 2024 in the files given.');
    expect(page).toContain('No affiliate deals for October 2024 in the files given.');
  });
});

describe('terminal', () => {
  it('prints a table per brand, the funnel and one line of finding counts, without colour codes', () => {
    const text = renderReportTerminal(sample(), { lang: 'en', color: false });
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('KOL monthly report — October 2024');
    expect(text).toMatch(/│ KOLs listed\s+│\s+6 │\s+30 │\s+↓ −24\s+│/);
    expect(text).toContain('✗ target not met: 6 KOLs listed, target 20 (14 short)');
    expect(text).toMatch(/│ Shopee\s+│ Herbana\s+│ not stated │\s+5 ↓ │\s+9 ↓ │\s+9 ↓ │/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('October 2024: 1 error, 8 warnings, 2 infos (kolops check lists them)');
    // A KOL name with a line break stays on one line.
    expect(text).toContain('Posted late (1): =HYPERLINK("http://x")|<script>alert(1)</script> *bold* [a](b): posted 27 October 2024');
  });

  it('colours only when asked', () => {
    expect(renderReportTerminal(sample(), { lang: 'en', color: true })).toMatch(/\u001b\[/);
  });
});
