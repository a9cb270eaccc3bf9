/**
 * Small pieces every formatter shares, so the same finding is sorted, located and
 * summarised identically whichever format a person picks.
 */
import path from 'node:path';
import { t, type Lang, type UiKey } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import type { TableKind } from '../model/table.js';

/** Findings (sorted by the engine) grouped by file, in file order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
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

/** The closing line: counts from the result's summary, the "no problems" line, or that nothing was checked. */
export function summaryText(result: CheckResult, lang: Lang): string {
  const { files, errors, warnings, infos } = result.summary;
  // "No problems found" over nothing read would be a green CI run that checked nothing.
  if (files === 0 && errors + warnings + infos === 0) return t('format:nothing-checked', lang);
  if (errors + warnings + infos === 0) {
    // Behind a baseline, "no problems" would hide that the accepted ones are still there.
    const key = result.baseline?.suppressed.length ? 'format:no-new-problems-in' : 'format:no-problems-in';
    return t(key, lang, { files });
  }
  return t('format:summary', lang, { files, errors, warnings, infos });
}

/**
 * One terminal line from spreadsheet text: cells can hold line breaks, and a crafted
 * cell could hold escape sequences that would repaint the reader's terminal.
 */
export function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const NOT_CHECKED_SHOWN = 5;

/** Every kind, so a new kind without its words is a type error rather than its id shown to the user. */
const KIND_WORD: Record<TableKind, UiKey> = {
  'kol-listing': 'format:kind-kol-listing', 'posting-recap': 'format:kind-posting-recap', 'affiliate-deals': 'format:kind-affiliate-deals',
  'content-calendar': 'format:kind-content-calendar',
};

/**
 * The lines above the summary that say how the run read what it read: which config each
 * file used, files a kind-only command passed over (and what they hold), and what a
 * baseline accepted. Paths arrive as shown to the user.
 */
export function runNotes(result: CheckResult, lang: Lang): string[] {
  const notes: string[] = [];
  const notChecked = result.notChecked ?? [];
  // A folder of two hundred recaps under `list validate` is one line, not two hundred.
  for (const n of notChecked.slice(0, NOT_CHECKED_SHOWN)) {
    const kinds = n.kinds.length ? n.kinds.map((k) => (k in KIND_WORD ? t(KIND_WORD[k as TableKind], lang) : k)).join(', ') : t('format:kind-none', lang);
    notes.push(t('format:not-checked', lang, { file: n.path, kinds }));
  }
  if (notChecked.length > NOT_CHECKED_SHOWN) notes.push(t('format:not-checked-more', lang, { count: notChecked.length - NOT_CHECKED_SHOWN }));
  const b = result.baseline;
  if (b) {
    const suppressed = b.suppressed.length;
    const absent = b.absent.reduce((n, e) => n + e.count, 0);
    if (suppressed) notes.push(t('format:baseline-suppressed', lang, { count: suppressed, file: b.file }));
    if (absent) notes.push(t(b.written ? 'format:baseline-absent-written' : 'format:baseline-absent', lang, { count: absent, file: b.file }));
  }
  const byConfig = new Map<string, number>();
  for (const f of result.files) {
    if (f.config === undefined) continue; // a result not made by the CLI says nothing of configs
    const key = f.config ?? '';
    byConfig.set(key, (byConfig.get(key) ?? 0) + 1);
  }
  const name = (c: string) => (c === '' ? t('format:config-defaults', lang) : c);
  if (byConfig.size === 1) notes.push(t('format:config-one', lang, { config: name([...byConfig.keys()][0]!) }));
  else if (byConfig.size > 1) {
    notes.push(t('format:config-many', lang, { configs: [...byConfig].map(([c, n]) => t('format:config-files', lang, { config: name(c), files: n })).join('; ') }));
  }
  return notes;
}

