import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/formatters/text.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { countFindings, sortFindings, type Finding } from '../../src/model/finding.js';
import type { CheckResult } from '../../src/model/result.js';

function finding(p: Partial<Finding> = {}): Finding {
  return {
    rule: 'listing/invalid-link', severity: 'error', file: 'kol.xlsx', sheet: 'Oktober', row: 17, column: 'I', cell: 'I17',
    messageId: 'not-a-url', args: {}, message: 'link "x" is not a URL or @handle', kol: '@ayu', brand: 'Herbana', month: '2024-10', ...p,
  };
}
function result(findings: Finding[], files = ['kol.xlsx']): CheckResult {
  return { files: files.map((path) => ({ path, tables: [] })), findings, summary: { files: files.length, ...countFindings(findings) } };
}
const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ lang: 'en', color: false, version: '1.2.3', rules: [], ...over });
const ESC = '\u001b';

describe('text formatter', () => {
  it('groups by file in the one order (sheet, row, rule; file-level findings first)', () => {
    const out = formatText(
      result(
        sortFindings([
          finding({ file: 'b.csv', sheet: 'b', row: 3, cell: 'A3', rule: 'listing/missing-value', severity: 'warning', message: 'Nama is empty', kol: null }),
          finding({ row: 20, cell: 'I20', kol: '@budi' }),
          finding({ row: 5, cell: null, column: null, rule: 'listing/blank-row', severity: 'info', message: 'blank row inside the table', kol: null }),
          finding({ sheet: null, row: null, cell: null, column: null, rule: 'file/unknown-table', severity: 'warning', message: 'unknown', kol: null }),
          finding({ sheet: 'Agustus', row: 9, cell: 'I9', rule: 'listing/duplicate-kol' }),
          finding({ row: 17, rule: 'listing/agreed-missing-address', cell: 'K17', column: 'K' }),
          finding(),
        ]),
        ['kol.xlsx', 'b.csv'],
      ),
      ctx(),
    );
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('b.csv');
    expect(lines[1]).toMatch(/^ {2}b!A3 +warning +listing\/missing-value +Nama is empty$/);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('kol.xlsx');
    const refs = lines.slice(4, 11).map((l) => l.trim().split(/\s+/)[0]);
    expect(refs).toEqual(['warning', 'Agustus!I9', 'Oktober!row', 'Oktober!K17', 'Oktober!I17', 'Oktober!I20', '']); // same row: by rule, not column
    expect(lines[4]).toMatch(/^ {2} +warning {2}file\/unknown-table/); // file-level: blank reference
    expect(lines.at(-1)).toBe('2 files checked: 4 errors, 2 warnings, 1 info');
  });

  it('aligns columns and keeps the KOL column', () => {
    const out = formatText(result([finding(), finding({ row: 120, cell: 'I120', severity: 'warning', kol: '@a' })]), ctx());
    const [, a, b] = out.split('\n');
    expect(a).toBeDefined();
    expect(a!.indexOf('error')).toBe(b!.indexOf('warning'));
    expect(a!.indexOf('@ayu')).toBe(b!.indexOf('@a'));
    expect(a!.indexOf('listing/invalid-link')).toBe(b!.indexOf('listing/invalid-link'));
    expect(a).toMatch(/^ {2}Oktober!I17 {3}error {4}listing\/invalid-link {2}@ayu {2}link "x" is not a URL or @handle$/);
  });

  it('colours only when ctx.color is true', () => {
    const r = result([finding(), finding({ severity: 'warning', row: 18, cell: 'I18' })]);
    expect(formatText(r, ctx({ color: false }))).not.toContain(ESC);
    const coloured = formatText(r, ctx({ color: true }));
    expect(coloured).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[33mwarning${ESC}[39m`);
    // Alignment is measured on the plain text, so stripping colour gives the uncoloured output.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatText(r, ctx({ color: false })));
  });

  it('speaks Indonesian in the words it adds', () => {
    const r = result([finding({ cell: null, column: null, row: 5, severity: 'warning' })], ['a.xlsx', 'b.xlsx']);
    const out = formatText(r, ctx({ lang: 'id' }));
    expect(out).toContain('Oktober!baris 5');
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 file diperiksa: 0 error, 1 peringatan, 0 info');
    expect(formatText(result([]), ctx({ lang: 'id' }))).toBe('1 file diperiksa: tidak ada masalah\n');
    expect(formatText(result([]), ctx())).toBe('1 file checked: no problems found\n');
    expect(formatText(result([], []), ctx())).toBe('no workbooks checked: nothing was read, so nothing was found\n');
  });

  it('caps findings per rule per file with a "more" line, summary still counts all', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      finding({ rule: 'listing/missing-value', row: 10 + i, cell: `C${10 + i}`, column: 'C', severity: 'warning', message: 'Alamat is empty' }),
    );
    const other = finding({ file: 'b.xlsx', rule: 'listing/missing-value', severity: 'warning' });
    const out = formatText(result([...many, finding(), other], ['kol.xlsx', 'b.xlsx']), ctx({ maxFindingsPerRule: 2 }));
    expect(out.match(/Alamat is empty/g)).toHaveLength(2);
    expect(out).toContain('  … 3 more listing/missing-value\n');
    expect(out).toContain('listing/invalid-link');
    expect(out.match(/more/g)).toHaveLength(1); // the cap is per file: b.xlsx has only one
    expect(out).toContain('1 error, 6 warnings');
    expect(formatText(result(many), ctx({ maxFindingsPerRule: 2, lang: 'id' }))).toContain('… 3 temuan listing/missing-value lagi');
  });

  it('keeps each finding on one line and strips terminal control characters', () => {
    const out = formatText(result([finding({ message: 'a\nb\r\nc\u001b[2Jd', kol: 'x\ty' })]), ctx());
    expect(out).not.toContain(ESC);
    expect(out.split('\n')[1]).toContain('x y  a b c[2Jd');
  });

  it('shows paths relative to cwd when given', () => {
    const out = formatText(result([finding({ file: '/repo/data/kol.xlsx' })]), ctx({ cwd: '/repo' }));
    expect(out.split('\n')[0]).toBe('data/kol.xlsx');
  });
});
