/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 * Workbooks are binary, so a viewer cannot re-locate a finding by its text; the
 * `partialFingerprints` below are what let it recognise the same finding next run.
 */
import { createHash } from 'node:crypto';
import { t } from '../i18n/index.js';
import type { Finding, Severity } from '../model/finding.js';
import type { CheckResult, RuleDescriptor } from '../model/result.js';
import { displayPath, reference } from './shared.js';
import { sortFindings } from '../model/finding.js';
import type { FormatContext } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'kolopsFinding/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A SARIF `uri` must be a valid URI reference: relative paths have each segment
 * percent-encoded (workbook names have spaces), absolute ones become `file:` URIs.
 */
function artifactUri(shown: string): string {
  const encoded = shown.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(shown)) return `file:///${encoded.replace('%3A', ':')}`;
  return shown.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * What identifies a finding across runs: rule, file, sheet, and the KOL (plus column,
 * so two columns of one KOL differ) or else the cell, and the messageId. Not the message
 * text (a `--lang` switch must not change it) and not the row when a KOL names the
 * row (inserting a row above must not change it).
 */
function fingerprintMaterial(f: Finding, path: string): string {
  const where = f.kol !== null ? `kol:${f.kol}|col:${f.column ?? ''}` : `cell:${f.cell ?? (f.row !== null ? `row ${f.row}` : '')}`;
  return [f.rule, path, f.sheet ?? '', where, f.messageId].join('\u0000');
}

function sha(material: string): string {
  return createHash('sha256').update(material).digest('hex').slice(0, 32);
}

/** Rule metadata for the driver: the registry's rules, plus any a finding names that the registry lacks (so every ruleIndex is valid). */
function driverRules(ctx: FormatContext, findings: readonly Finding[]): RuleDescriptor[] {
  const rules = new Map<string, RuleDescriptor>();
  for (const r of ctx.rules) if (!rules.has(r.id)) rules.set(r.id, r);
  for (const f of findings) {
    if (!rules.has(f.rule)) rules.set(f.rule, { id: f.rule, severity: f.severity, description: f.rule });
  }
  return [...rules.values()];
}

export function formatSarif(result: CheckResult, ctx: FormatContext): string {
  const baseline = result.baseline;
  // With a baseline, the accepted findings are results too, marked unchanged and suppressed,
  // so a viewer shows what is new against what the team accepted (SARIF §3.27.24).
  const suppressed = new Set<Finding>(baseline?.suppressed ?? []);
  const findings = baseline ? sortFindings([...result.findings, ...baseline.suppressed]) : result.findings;
  const rules = driverRules(ctx, findings);
  for (const e of baseline?.absent ?? []) {
    if (!rules.some((r) => r.id === e.rule)) rules.push({ id: e.rule, severity: e.severity, description: e.rule });
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();

  const results: object[] = findings.map((f) => {
    const path = displayPath(f.file, ctx.cwd);
    // Identical keys (a KOL listed three times) get an occurrence number, so none is merged away.
    const base = fingerprintMaterial(f, path);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const fingerprint = sha(occurrence === 1 ? base : `${base}\u0000#${occurrence}`);

    const ref = reference(f, ctx.lang);
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: LEVEL[f.severity],
      message: { text: ref ? `${ref}: ${f.message}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(path) },
            ...(f.row !== null ? { region: { startLine: f.row } } : {}),
          },
          // The sheet and cell, in English notation so the name is the same in every --lang.
          ...(f.sheet !== null ? { logicalLocations: [{ name: f.cell ?? f.sheet, fullyQualifiedName: reference(f, 'en') }] } : {}),
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      ...(baseline ? { baselineState: suppressed.has(f) ? 'unchanged' : 'new' } : {}),
      ...(suppressed.has(f) ? { suppressions: [{ kind: 'external', justification: t('format:sarif-accepted', ctx.lang, { file: baseline!.file }) }] } : {}),
    };
  });
  for (const e of baseline?.absent ?? []) {
    const where = [e.sheet, e.kol].filter(Boolean).join(' · ');
    results.push({
      ruleId: e.rule,
      ruleIndex: ruleIndex.get(e.rule) ?? -1,
      level: LEVEL[e.severity],
      message: { text: `${where ? `${where}: ` : ''}${t('format:sarif-absent', ctx.lang, { count: e.count, file: baseline!.file })}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(displayPath(e.file, ctx.cwd)) } } }],
      baselineState: 'absent',
    });
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kolops',
            version: ctx.version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
