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
  /** The kolops.config.json this file was checked with (null: the built-in SOP defaults); set by the CLI. */
  config?: string | null;
}

/** A file a kind-only command read but did not check: it holds no table of that kind. */
export interface NotCheckedFile {
  path: string;
  /** The kinds of table it does hold (empty: none recognised). */
  kinds: TableKind[];
}

/** A baseline entry this run did not find again in a file it checked: fixed, or changed. */
export interface AbsentFinding {
  file: string;
  rule: string;
  severity: Severity;
  sheet: string | null;
  kol: string | null;
  month: string | null;
  count: number;
}

/** What a baseline did to this run: findings it accepted, and entries that no longer occur. */
export interface BaselineSummary {
  /** The baseline file, as shown to the user. */
  file: string;
  /** Findings the baseline lists: not in `findings`, not counted, not failing the run. */
  suppressed: Finding[];
  absent: AbsentFinding[];
  /** Set when this run wrote the file (`--suppress-all`, `--suppress-month`, `--prune-suppressions`). */
  written?: boolean;
}

/** Everything one check run produced; every formatter reads only this. */
export interface CheckResult {
  files: FileResult[];
  /** Sorted (model/finding.ts `compareFindings`) by the engine; formatters keep this order. */
  findings: Finding[];
  summary: { files: number } & FindingCounts;
  /** Kind-only commands: files found in folders that hold no table of the kind asked for. */
  notChecked?: NotCheckedFile[];
  baseline?: BaselineSummary;
}

/** What a formatter needs to know about a rule (SARIF rule metadata, docs). */
export interface RuleDescriptor {
  id: string;
  severity: Severity;
  /** In the run's language. */
  description: string;
}
