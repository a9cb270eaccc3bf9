/**
 * Small pieces every formatter shares, so the same finding is sorted, located and
 * summarised identically whichever format a person picks.
 */
import path from 'node:path';
import { t } from '../i18n/index.js';
import type { Finding, Lang } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';

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

/** Findings by file, sheet, row, rule (then column and message, so equal keys never reorder). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    compareNullable(a.sheet, b.sheet, compareText) ||
    compareNullable(a.row, b.row, (x, y) => x - y) ||
    compareText(a.rule, b.rule) ||
    compareNullable(a.column, b.column, compareColumn) ||
    compareText(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Sorted findings grouped by file, in file order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

/**
 * Where a finding sits, the way a spreadsheet user would type it: `Sheet!I17`,
 * `Sheet!row 17`, `Sheet!I:I` (a whole column), `Sheet`, or `''` for the file itself.
 */
export function reference(f: Finding, lang: Lang): string {
  const where =
    f.cell ??
    (f.row !== null ? t('format:row-ref', lang, { row: f.row }) : f.column !== null ? `${f.column}:${f.column}` : null);
  if (f.sheet === null) return where ?? '';
  return where === null ? f.sheet : `${f.sheet}!${where}`;
}

/**
 * The path to show: relative to `cwd` when given and the file lies inside it, with
 * forward slashes (GitHub and SARIF match annotations to repository paths that way).
 * Files outside `cwd` keep the path they were given.
 */
export function displayPath(file: string, cwd?: string): string {
  if (cwd === undefined) return file.split(path.sep).join('/');
  const rel = path.relative(cwd, path.resolve(cwd, file));
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return (outside ? file : rel).split(path.sep).join('/');
}

/** The closing line: counts from the result's summary, or the "no problems" line. */
export function summaryText(result: CheckResult, lang: Lang): string {
  const { files, errors, warnings, infos } = result.summary;
  if (errors + warnings + infos === 0) return t('format:no-problems', lang);
  return t('format:summary', lang, { files, errors, warnings, infos });
}

/**
 * One terminal line from spreadsheet text: cells can hold line breaks, and a crafted
 * cell could hold escape sequences that would repaint the reader's terminal.
 */
export function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
