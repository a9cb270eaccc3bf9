export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'id';
/** A word that itself differs by language (a weekday, a category name), resolved when the message is. */
export interface LocalizedArg {
  readonly en: string;
  readonly id: string;
}
export type MessageArg = string | number | LocalizedArg;
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
