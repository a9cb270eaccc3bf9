export type Severity = 'error' | 'warning' | 'info';
/** A UI text used as an argument (a column's name, a weekday), rendered in the message's language. */
export interface MessageRef {
  readonly key: string;
  readonly args?: MessageArgs;
}
/** Items the language joins as it lists them (`a, b or c` / `a, b, atau c`). */
export interface ListArg {
  readonly list: readonly MessageArg[];
  readonly join: 'and' | 'or';
}
export type MessageArg = string | number | MessageRef | ListArg;
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/**
 * One problem found. Rules produce `messageId` + `args` (no words); the message text is
 * filled in once, from the catalogue, in the language asked for (publint's shape).
 */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  sheet: string | null;
  /** The spreadsheet's own 1-based row number (CSV: line number of the record). */
  row: number | null;
  /** Column letter, e.g. `I`. */
  column: string | null;
  /** Cell reference without the sheet, e.g. `I17`. */
  cell: string | null;
  /**
   * What the column means (`postDate`), when the rule named a canonical column: unlike
   * the letter, it survives a column inserted to the left (baselines match on it).
   */
  columnId?: string | null;
  messageId: string;
  args: MessageArgs;
  message: string;
  kol: string | null;
  brand: string | null;
  month: string | null;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

/** Plain code-unit order: deterministic on every machine, unlike ICU-dependent `localeCompare`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `null` sorts first, so file-level findings come before sheet-level, and sheet-level before rows. */
function compareNullable<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return cmp(a, b);
}

/** Column letters: shorter first, so `B` < `AA` as in the sheet. */
function compareColumn(a: string, b: string): number {
  return a.length - b.length || compareText(a, b);
}

/**
 * Findings by file, sheet, row, rule, column. Equal keys keep the order the rule reported
 * them in (the sort is stable): claims in one caption in the order they are written,
 * missing columns in header order — and the same in every language, as no words are compared.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    compareNullable(a.sheet, b.sheet, compareText) ||
    compareNullable(a.row, b.row, (x, y) => x - y) ||
    compareText(a.rule, b.rule) ||
    compareNullable(a.column, b.column, compareColumn)
  );
}

/**
 * The one order findings are shown in, by every format: the engine sorts a run's findings
 * with this once, and formatters keep the order they are given.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

