import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatJson, formatJsonPieces, jsonDocument } from '../../src/formatters/json.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { countFindings, type Finding } from '../../src/model/finding.js';
import type { CheckResult } from '../../src/model/result.js';

function finding(p: Partial<Finding> = {}): Finding {
  return {
    rule: 'listing/invalid-link', severity: 'error', file: 'kol.xlsx', sheet: 'Oktober', row: 17, column: 'I', cell: 'I17',
    messageId: 'not-a-url', args: { value: 'x' }, message: 'link "x" is not a URL or @handle', kol: '@ayu', brand: 'Herbana', month: '2024-10', ...p,
  };
}
function result(findings: Finding[]): CheckResult {
  return {
    files: [{ path: 'kol.xlsx', tables: [{ platform: 'TikTok', brand: null, month: '2024-10', rows: 30, headerRow: 2, kind: 'kol-listing', sheet: 'Oktober' }] }],
    findings,
    summary: { files: 1, ...countFindings(findings) },
  };
}
const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ lang: 'en', color: true, version: '1.2.3', rules: [], ...over });

describe('json formatter', () => {
  it('emits exactly the contract keys, in contract order', () => {
    const out = formatJson(result([finding()]), ctx());
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['tool', 'version', 'files', 'findings', 'summary']);
    expect(doc.tool).toBe('kolops');
    expect(doc.version).toBe('1.2.3');
    expect(Object.keys(doc.files[0])).toEqual(['path', 'tables']);
    expect(Object.keys(doc.files[0].tables[0])).toEqual(['sheet', 'kind', 'headerRow', 'rows', 'month', 'brand', 'platform']);
    expect(Object.keys(doc.findings[0])).toEqual(['rule', 'severity', 'file', 'sheet', 'row', 'column', 'cell', 'message', 'kol', 'brand', 'month']);
    expect(Object.keys(doc.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
    expect(doc.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
    expect(doc.files[0].tables[0].brand).toBeNull();
  });

  it('round-trips the values, keeps nulls, and drops messageId/args', () => {
    const f = finding({ sheet: null, row: null, column: null, cell: null, kol: null, brand: null, month: null, message: 'tidak bisa dibaca: "ö" \n' });
    const doc = JSON.parse(formatJson(result([f]), ctx()));
    const { messageId: _m, args: _a, ...rest } = f;
    expect(doc.findings[0]).toEqual(rest);
    expect(JSON.stringify(doc)).not.toContain('messageId');
  });

  it('is 2-space indented with a trailing newline and is never capped', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding({ row: i + 2, cell: `I${i + 2}` }));
    const out = formatJson(result(many), ctx({ maxFindingsPerRule: 1 }));
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "tool": "kolops",');
    expect(out).not.toContain('\u001b');
    expect(JSON.parse(out).findings).toHaveLength(30);
  });

  it('in pieces, is byte for byte JSON.stringify of the whole document, for any findings', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const anyFinding = fc.record({ message: text, kol: fc.option(text), sheet: fc.option(text), row: fc.option(fc.nat()) })
      .map((p) => finding({ ...p, message: `${p.message}\n"quoted"\t` }));
    fc.assert(fc.property(fc.array(anyFinding, { maxLength: 40 }), (findings) => {
      const r = result(findings);
      const whole = `${JSON.stringify(jsonDocument(r, ctx()), null, 2)}\n`;
      expect([...formatJsonPieces(r, ctx())].join('')).toBe(whole);
    }), { numRuns: 300 });
  });

  it('comes in ~64 KiB pieces when there are many findings, never as one document', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding({ row: i + 2, cell: `I${i + 2}` }));
    const pieces = [...formatJsonPieces(result(many), ctx())];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70 * 1024);
    expect(JSON.parse(pieces.join('')).findings).toHaveLength(3000);
  });
});
