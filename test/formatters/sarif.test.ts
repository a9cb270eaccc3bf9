import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, formatSarif } from '../../src/formatters/sarif.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { countFindings, sortFindings, type Finding } from '../../src/model/finding.js';
import type { CheckResult, RuleDescriptor } from '../../src/model/result.js';

function finding(p: Partial<Finding> = {}): Finding {
  return {
    rule: 'listing/invalid-link', severity: 'error', file: '/repo/data/List KOL Okt.xlsx', sheet: 'Oktober', row: 17, column: 'I', cell: 'I17',
    messageId: 'not-a-url', args: {}, message: 'link "x" is not a URL or @handle', kol: '@ayu', brand: 'Herbana', month: '2024-10', ...p,
  };
}
/** As the engine hands results over: findings in the one order. */
function result(findings: Finding[]): CheckResult {
  return { files: [{ path: '/repo/data/List KOL Okt.xlsx', tables: [] }], findings: sortFindings(findings), summary: { files: 1, ...countFindings(findings) } };
}
const RULES: RuleDescriptor[] = [
  { id: 'listing/invalid-link', severity: 'error', description: 'links must be URLs or @handles' },
  { id: 'listing/blank-row', severity: 'info', description: 'no blank rows inside a table' },
  { id: 'listing/missing-value', severity: 'warning', description: 'required values are filled in' },
];
const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ lang: 'en', color: false, version: '1.2.3', rules: RULES, cwd: '/repo', ...over });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sarif = (r: CheckResult, c = ctx()): any => JSON.parse(formatSarif(r, c));
const fingerprints = (log: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) =>
  log.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);

describe('sarif formatter', () => {
  it("describes each rule in the run's language (the engine resolves it; the formatter writes it)", async () => {
    const { ruleDescriptors } = await import('../../src/engine/check.js');
    const { defaultConfig } = await import('../../src/config/defaults.js');
    const [en, id] = [ruleDescriptors(defaultConfig(), 'en'), ruleDescriptors(defaultConfig(), 'id')];
    const blank = (d: RuleDescriptor[]) => d.find((r) => r.id === 'listing/blank-row')!.description;
    expect(blank(en)).toMatch(/^A blank row/);
    expect(blank(id)).toMatch(/^Baris kosong/);
  });

  it('writes a SARIF 2.1.0 log with the driver and every rule', () => {
    const log = sarif(result([finding()]), ctx({ lang: 'id' }));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'kolops', version: '1.2.3' });
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules).toEqual([
      { id: 'listing/invalid-link', shortDescription: { text: 'links must be URLs or @handles' }, defaultConfiguration: { level: 'error' } },
      { id: 'listing/blank-row', shortDescription: { text: 'no blank rows inside a table' }, defaultConfiguration: { level: 'note' } },
      { id: 'listing/missing-value', shortDescription: { text: 'required values are filled in' }, defaultConfiguration: { level: 'warning' } },
    ]);
  });

  it('locates results by relative URI, row and sheet!cell', () => {
    const log = sarif(
      result([
        finding(),
        finding({ rule: 'listing/blank-row', severity: 'info', row: 20, cell: null, column: null, kol: null, message: 'blank row' }),
        finding({ rule: 'file/unreadable', sheet: null, row: null, cell: null, column: null, kol: null, messageId: 'corrupt-zip', message: 'cannot read' }),
      ]),
    );
    const [unreadable, link, blank] = log.runs[0].results;
    const rules = log.runs[0].tool.driver.rules;
    expect(link).toMatchObject({
      ruleId: 'listing/invalid-link',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Oktober!I17: link "x" is not a URL or @handle' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'data/List%20KOL%20Okt.xlsx' }, region: { startLine: 17 } },
          logicalLocations: [{ name: 'I17', fullyQualifiedName: 'Oktober!I17' }],
        },
      ],
    });
    expect(blank.level).toBe('note');
    expect(blank.locations[0].logicalLocations[0].fullyQualifiedName).toBe('Oktober!row 20');
    expect(rules[blank.ruleIndex].id).toBe('listing/blank-row');
    // A rule the registry does not list is added, so its ruleIndex is still valid.
    expect(rules[unreadable.ruleIndex]).toEqual({ id: 'file/unreadable', shortDescription: { text: 'file/unreadable' }, defaultConfiguration: { level: 'error' } });
    expect(unreadable.locations[0].physicalLocation.region).toBeUndefined();
    expect(unreadable.locations[0].logicalLocations).toBeUndefined();
    expect(unreadable.message.text).toBe('cannot read');
  });

  it('uses file URIs for paths outside cwd and for absolute paths without cwd', () => {
    expect(sarif(result([finding()]), ctx({ cwd: '/elsewhere' })).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'file:///repo/data/List%20KOL%20Okt.xlsx',
    );
    expect(sarif(result([finding({ file: 'kol.csv' })]), ctx({ cwd: undefined })).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('kol.csv');
  });

  it('keeps fingerprints stable across a language switch and a row shift', () => {
    const en = finding();
    const id = finding({ message: 'tautan "x" bukan URL atau @handle' });
    const shifted = finding({ row: 18, cell: 'I18' }); // a row inserted above; the KOL is the same
    const fp = fingerprints(sarif(result([en])))[0];
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprints(sarif(result([id]), ctx({ lang: 'id' })))[0]).toBe(fp);
    expect(fingerprints(sarif(result([shifted])))[0]).toBe(fp);
    expect(fingerprints(sarif(result([en]), ctx({ cwd: '/repo/' })))[0]).toBe(fp);
  });

  it('gives different findings different fingerprints', () => {
    const log = sarif(
      result([
        finding(),
        finding({ kol: '@budi', row: 18, cell: 'I18' }),
        finding({ messageId: 'platform-mismatch' }),
        finding({ rule: 'listing/missing-value', column: 'E', cell: 'E17', messageId: 'empty' }),
        finding({ rule: 'listing/missing-value', column: 'F', cell: 'F17', messageId: 'empty' }),
        finding({ sheet: 'November' }),
        finding({ kol: null, row: 30, cell: 'I30' }),
        finding({ kol: null, row: 31, cell: 'I31' }),
        // The same key twice (a KOL listed three times): an occurrence number keeps them apart.
        finding({ rule: 'listing/duplicate-kol', column: 'C', cell: 'C40', row: 40, messageId: 'duplicate' }),
        finding({ rule: 'listing/duplicate-kol', column: 'C', cell: 'C41', row: 41, messageId: 'duplicate' }),
      ]),
    );
    const fps = fingerprints(log);
    expect(fps).toHaveLength(10);
    expect(new Set(fps).size).toBe(10);
  });
});
