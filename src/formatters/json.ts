/**
 * `--format json`: the contract of PRODUCT.md §4. Objects are rebuilt key by key so the
 * contract's keys come in its order, whatever else the model grows (`messageId`, `args`
 * are internal and left out); what the CLI adds (each file's `config`, a kind-only
 * command's `notChecked`, a `baseline`) comes after them. Never capped.
 */
import type { Finding } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import type { FormatContext } from './types.js';

export function formatJson(result: CheckResult, ctx: FormatContext): string {
  return [...formatJsonPieces(result, ctx)].join('');
}

/** Pieces of about this many characters: few writes, and never the whole document at once. */
const PIECE_CHARS = 64 * 1024;

/**
 * The same text as `formatJson`, a piece at a time: 30,000 findings of a million-row
 * export are ~13 MB of JSON, and holding it whole (plus its copy on the way out) next to
 * everything else was the run's peak memory. The frame is `JSON.stringify` of the
 * document with no findings; each finding is stringified alone and indented two levels,
 * which is byte for byte what stringifying the whole document gives (a test keeps it so).
 */
export function* formatJsonPieces(result: CheckResult, ctx: FormatContext): Generator<string> {
  const frame = `${JSON.stringify(jsonDocument(result, ctx, []), null, 2)}\n`;
  const findings = result.findings;
  if (findings.length === 0) {
    yield frame;
    return;
  }
  const open = frame.indexOf('"findings": [') + '"findings": ['.length;
  let piece = `${frame.slice(0, open)}\n`;
  for (let i = 0; i < findings.length; i++) {
    const item = JSON.stringify(contractFinding(findings[i]!), null, 2).replace(/\n/g, '\n    ');
    piece += `    ${item}${i < findings.length - 1 ? ',' : ''}\n`;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}  ${frame.slice(open)}`;
}

/** The whole §4 document, in the contract's key order. */
export function jsonDocument(result: CheckResult, ctx: FormatContext, findings: readonly Finding[] = result.findings) {
  return {
    tool: 'kolops',
    version: ctx.version,
    files: result.files.map((file) => ({
      path: file.path,
      tables: file.tables.map((tb) => ({
        sheet: tb.sheet,
        kind: tb.kind,
        headerRow: tb.headerRow,
        rows: tb.rows,
        month: tb.month,
        brand: tb.brand,
        platform: tb.platform,
      })),
      // Which kolops.config.json read this file (null: the SOP defaults); beyond the contract's keys, after them.
      ...(file.config !== undefined ? { config: file.config } : {}),
    })),
    findings: findings.map(contractFinding),
    summary: {
      files: result.summary.files,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
    },
    ...(result.notChecked ? { notChecked: result.notChecked.map((n) => ({ path: n.path, kinds: n.kinds })) } : {}),
    ...(result.baseline ? {
      baseline: {
        file: result.baseline.file,
        suppressed: result.baseline.suppressed.length,
        absent: result.baseline.absent.reduce((n, e) => n + e.count, 0),
        written: Boolean(result.baseline.written),
      },
    } : {}),
  };
}

function contractFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    message: f.message,
    kol: f.kol,
    brand: f.brand,
    month: f.month,
  };
}
