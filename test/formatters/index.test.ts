import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatResult, isFormatName, type FormatContext } from '../../src/formatters/index.js';
import type { CheckResult } from '../../src/model/result.js';

const result: CheckResult = {
  files: [{ path: 'kol.xlsx', tables: [] }],
  findings: [
    {
      rule: 'listing/blank-row', severity: 'info', file: 'kol.xlsx', sheet: 'Oktober', row: 9, column: null, cell: null,
      messageId: 'blank', args: {}, message: 'blank row inside the table', kol: null, brand: null, month: null,
    },
  ],
  summary: { files: 1, errors: 0, warnings: 0, infos: 1 },
};
const ctx: FormatContext = { lang: 'en', color: false, version: '1.2.3', rules: [] };

describe('formatResult', () => {
  it('knows exactly the five formats', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'github', 'junit', 'sarif']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
  });

  it.each([
    ['text', /^kol\.xlsx\n/],
    ['json', /^\{\n {2}"tool": "kolops"/],
    ['github', /^::notice file=kol\.xlsx,line=9,/],
    ['junit', /^<\?xml /],
    ['sarif', /"version": "2\.1\.0"/],
  ] as const)('dispatches %s', async (name, pattern) => {
    const out = await formatResult(name, result, ctx);
    expect(out).toMatch(pattern);
    expect(out.endsWith('\n')).toBe(true);
  });
});
