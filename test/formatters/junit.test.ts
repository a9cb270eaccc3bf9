import { describe, expect, it } from 'vitest';
import { formatJunit, xmlAttr, xmlText } from '../../src/formatters/junit.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { countFindings, type Finding } from '../../src/model/finding.js';
import type { CheckResult } from '../../src/model/result.js';

function finding(p: Partial<Finding> = {}): Finding {
  return {
    rule: 'listing/duplicate-kol', severity: 'error', file: 'kol.xlsx', sheet: 'Oktober', row: 17, column: 'C', cell: 'C17',
    messageId: 'duplicate', args: {}, message: '@ayu is listed twice in October 2024: first at row 5', kol: '@ayu', brand: 'Herbana', month: '2024-10', ...p,
  };
}
function result(findings: Finding[], files = ['kol.xlsx']): CheckResult {
  return { files: files.map((path) => ({ path, tables: [] })), findings, summary: { files: files.length, ...countFindings(findings) } };
}
const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ lang: 'en', color: false, version: '1.2.3', rules: [], ...over });

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

/** A deliberately strict mini-parser: balanced tags, quoted attributes, no raw specials in text. */
function parseXml(xml: string): El {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('\n') + 1);
  const root: El = { name: '#doc', attrs: {}, children: [], text: '' };
  const stack = [root];
  for (const [tok] of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const top = stack.at(-1)!;
    if (!tok.startsWith('<')) {
      expect(tok).not.toMatch(/>|&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      top.text += tok;
      continue;
    }
    const close = /^<\/([\w-]+)>$/.exec(tok);
    if (close) {
      expect(stack.pop()?.name).toBe(close[1]);
      continue;
    }
    const open = /^<([\w-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(tok);
    expect(open, `malformed tag ${tok}`).not.toBeNull();
    const attrs: Record<string, string> = {};
    for (const [, k, v] of open![2]!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      expect(v).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      attrs[k!] = v!;
    }
    const el: El = { name: open![1]!, attrs, children: [], text: '' };
    top.children.push(el);
    if (!open![3]) stack.push(el);
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

describe('junit formatter', () => {
  it('makes one suite per file, one case per finding, failures for errors and warnings', () => {
    const xml = formatJunit(
      result(
        [
          finding(),
          finding({ severity: 'warning', rule: 'listing/missing-value', cell: 'E17', column: 'E', message: 'Alamat is empty' }),
          finding({ severity: 'info', rule: 'listing/blank-row', row: 20, cell: null, column: null, kol: null, message: 'blank row inside the table' }),
        ],
        ['kol.xlsx', 'clean.csv'],
      ),
      ctx(),
    );
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '4', failures: '2', errors: '0' });
    const [kol, clean] = root.children;
    expect(kol?.attrs).toEqual({ name: 'kol.xlsx', tests: '3', failures: '2', errors: '0' });
    expect(kol?.children.map((c) => c.attrs.name)).toEqual(['listing/duplicate-kol Oktober!C17', 'listing/missing-value Oktober!E17', 'listing/blank-row Oktober!row 20']);
    expect(kol?.children.every((c) => c.attrs.classname === 'kol.xlsx')).toBe(true);
    const failure = kol?.children[1]?.children[0];
    expect(failure?.name).toBe('failure');
    expect(failure?.attrs).toEqual({ message: 'Alamat is empty', type: 'listing/missing-value' });
    expect(failure?.text).toContain('warning: Oktober!E17 Alamat is empty');
    const info = kol?.children[2]?.children[0];
    expect(info?.name).toBe('system-out');
    expect(info?.text).toContain('info: Oktober!row 20 blank row inside the table');
    expect(clean?.attrs).toMatchObject({ name: 'clean.csv', tests: '1', failures: '0' });
    expect(clean?.children.map((c) => [c.name, c.attrs.name, c.children.length])).toEqual([['testcase', 'kolops check', 0]]);
  });

  it('gives repeated rule+cell findings unique names within a file', () => {
    const xml = formatJunit(result([finding(), finding({ kol: '@budi' }), finding({ kol: '@citra' }), finding({ file: 'b.xlsx' })], ['kol.xlsx', 'b.xlsx']), ctx());
    const root = parseXml(xml);
    const names = root.children.flatMap((s) => s.children.map((c) => `${c.attrs.classname}::${c.attrs.name}`));
    expect(names).toEqual([
      'kol.xlsx::listing/duplicate-kol Oktober!C17',
      'kol.xlsx::listing/duplicate-kol Oktober!C17 #2',
      'kol.xlsx::listing/duplicate-kol Oktober!C17 #3',
      'b.xlsx::listing/duplicate-kol Oktober!C17',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('escapes XML specials and strips characters XML 1.0 forbids', () => {
    expect(xmlText(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(xmlText('ok\u0000\u0001\u000b\ufffe\ud800 ✓ 😀')).toBe('ok ✓ 😀');
    expect(xmlAttr('a\nb\tc')).toBe('a&#10;b&#9;c');
    const xml = formatJunit(
      result([finding({ file: 'R&D <2024>.xlsx', sheet: `Okt "A"`, kol: `O'Neil & co`, message: 'x < y && "z"\u0007\nnext' })], ['R&D <2024>.xlsx']),
      ctx(),
    );
    const root = parseXml(xml);
    expect(xml).not.toContain('\u0007');
    expect(root.children[0]?.attrs.name).toBe('R&amp;D &lt;2024&gt;.xlsx');
    const failure = root.children[0]?.children[0]?.children[0];
    expect(failure?.attrs.message).toBe('x &lt; y &amp;&amp; &quot;z&quot;&#10;next');
    expect(failure?.text).toContain('KOL: O&apos;Neil &amp; co');
  });
});
