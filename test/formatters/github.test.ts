import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, githubStepSummary } from '../../src/formatters/github.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { countFindings, sortFindings, type Finding } from '../../src/model/finding.js';
import type { CheckResult } from '../../src/model/result.js';

function finding(p: Partial<Finding> = {}): Finding {
  return {
    rule: 'listing/invalid-link', severity: 'error', file: 'kol.xlsx', sheet: 'Oktober', row: 17, column: 'I', cell: 'I17',
    messageId: 'not-a-url', args: {}, message: 'link "x" is not a URL or @handle', kol: '@ayu', brand: 'Herbana', month: '2024-10', ...p,
  };
}
/** As the engine hands results over: findings in the one order. */
function result(findings: Finding[]): CheckResult {
  return { files: [{ path: 'kol.xlsx', tables: [] }], findings: sortFindings(findings), summary: { files: 1, ...countFindings(findings) } };
}
const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ lang: 'en', color: false, version: '1.2.3', rules: [], ...over });

describe('github formatter', () => {
  it('writes one workflow command per finding', () => {
    const out = formatGithub(
      result([
        finding(),
        finding({ severity: 'warning', row: 18, cell: 'I18' }),
        finding({ severity: 'info', rule: 'listing/blank-row', row: 19, cell: null, column: null, message: 'blank row inside the table' }),
        finding({ sheet: null, row: null, cell: null, column: null, rule: 'file/unreadable', message: 'cannot read' }),
      ]),
      ctx(),
    );
    expect(out.split('\n')).toEqual([
      '::error file=kol.xlsx,title=file/unreadable::cannot read',
      '::error file=kol.xlsx,line=17,title=listing/invalid-link::Oktober!I17 link "x" is not a URL or @handle',
      '::warning file=kol.xlsx,line=18,title=listing/invalid-link::Oktober!I18 link "x" is not a URL or @handle',
      '::notice file=kol.xlsx,line=19,title=listing/blank-row::Oktober!row 19 blank row inside the table',
      '1 file checked: 2 errors, 1 warning, 1 info',
      '',
    ]);
  });

  it('escapes %, line breaks, and in properties also : and ,', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:\\KOL, Okt 100%.xlsx')).toBe('C%3A\\KOL%2C Okt 100%25.xlsx');
    const out = formatGithub(result([finding({ file: 'a:b,c%.xlsx', message: '50% off\nnext line' })]), ctx());
    expect(out.split('\n')[0]).toBe('::error file=a%3Ab%2Cc%25.xlsx,line=17,title=listing/invalid-link::Oktober!I17 50%25 off%0Anext line');
  });

  it('uses repository-relative paths when cwd is given', () => {
    const out = formatGithub(result([finding({ file: '/repo/data/List KOL.xlsx' })]), ctx({ cwd: '/repo' }));
    expect(out).toMatch(/^::error file=data\/List KOL\.xlsx,/);
  });
});

describe('githubStepSummary', () => {
  it('lists every finding in a Markdown table, beyond GitHub’s 10 annotations', () => {
    const many = Array.from({ length: 25 }, (_, i) => finding({ row: i + 2, cell: `I${i + 2}`, severity: i % 2 ? 'warning' : 'error', kol: `@kol${i}` }));
    const md = githubStepSummary(result(many), ctx());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## kolops 1.2.3');
    expect(md).toContain('1 file checked: 13 errors, 12 warnings, 0 infos');
    expect(md).toContain('only 10 annotations of each kind');
    expect(md).toContain('| Severity | Rule | File | Location | KOL | Message |');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(25);
    expect(rows[0]).toBe('| error | listing/invalid-link | kol.xlsx | Oktober!I2 | @kol0 | link "x" is not a URL or @handle |');
  });

  it('escapes pipes, line breaks and HTML inside cells', () => {
    const md = githubStepSummary(result([finding({ kol: 'a|b', message: 'x | y\nz <b>&' })]), ctx());
    expect(md).toContain('| a\\|b | x \\| y<br>z &lt;b>&amp; |');
    const row = md.split('\n').find((l) => l.includes('a\\|b'));
    expect(row?.replace(/\\\|/g, '').split('|')).toHaveLength(8); // 6 cells between 7 pipes
  });

  it('speaks Indonesian and says so when there is nothing to list', () => {
    expect(githubStepSummary(result([finding()]), ctx({ lang: 'id' }))).toContain('| Tingkat | Aturan | File | Lokasi | KOL | Pesan |');
    const clean = githubStepSummary(result([]), ctx({ lang: 'id' }));
    expect(clean).toBe('## kolops 1.2.3\n\n1 file diperiksa: tidak ada masalah\n');
  });

  it('stays under GitHub’s 1 MiB step-summary limit', () => {
    const long = 'x'.repeat(2000);
    const many = Array.from({ length: 800 }, (_, i) => finding({ row: i + 2, cell: `I${i + 2}`, message: long }));
    const md = githubStepSummary(result(many), ctx());
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/… \d+ more findings not shown/);
  });
});
