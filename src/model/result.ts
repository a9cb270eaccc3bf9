import type { Finding, FindingCounts, Severity } from './finding.js';
import type { TableKind } from './table.js';

/** A table as the JSON contract lists it (PRODUCT.md §4). */
export interface TableSummary {
  sheet: string;
  kind: TableKind;
  headerRow: number;
  rows: number;
  month: string | null;
  brand: string | null;
  platform: string | null;
}

export interface FileResult {
  path: string;
  tables: TableSummary[];
}

/** Everything one check run produced; every formatter reads only this. */
export interface CheckResult {
  files: FileResult[];
  findings: Finding[];
  summary: { files: number } & FindingCounts;
}

/** What a formatter needs to know about a rule (SARIF rule metadata, docs). */
export interface RuleDescriptor {
  id: string;
  severity: Severity;
  description: { en: string; id: string };
}
