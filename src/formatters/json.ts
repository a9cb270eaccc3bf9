/**
 * `--format json`: the contract of PRODUCT.md §4. Objects are rebuilt key by key so the
 * key set and order stay exactly the contract's, whatever else the model grows
 * (`messageId`, `args` are internal and left out). Never capped.
 */
import type { CheckResult } from '../model/result.js';
import { sortFindings } from './shared.js';
import type { FormatContext } from './types.js';

export function formatJson(result: CheckResult, ctx: FormatContext): string {
  const doc = {
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
    })),
    findings: sortFindings(result.findings).map((f) => ({
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
    })),
    summary: {
      files: result.summary.files,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
