/**
 * The default, human output: a heading per file, one aligned line per finding, a
 * summary at the end — the shape people know from linters.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import type { Finding, Severity } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import { displayPath, groupByFile, oneLine, reference, runNotes, summaryText } from './shared.js';
import type { FormatContext } from './types.js';

const INDENT = '  ';
const GAP = '  ';

function severityColor(chalk: ChalkInstance, severity: Severity): ChalkInstance {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}

/**
 * The first `max` findings of each rule, and how many of each rule were left out.
 * A rule that fires on every row of a 500-row sheet would otherwise bury the rest.
 */
function capPerRule(findings: readonly Finding[], max: number | undefined) {
  if (max === undefined) return { shown: findings, hidden: new Map<string, number>() };
  const limit = Math.max(0, Math.floor(max));
  const seen = new Map<string, number>();
  const shown: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.rule) ?? 0) + 1;
    seen.set(f.rule, n);
    if (n <= limit) shown.push(f);
  }
  const hidden = new Map<string, number>();
  for (const [rule, n] of seen) if (n > limit) hidden.set(rule, n - limit);
  return { shown, hidden };
}

/**
 * Pads columns to a common width, measured on the plain text so ANSI codes never skew
 * alignment; a column empty on every line (no KOL, file-level findings) is left out.
 */
function alignRows(rows: readonly string[][], paint: (col: number, text: string, row: number) => string): string[] {
  const width: number[] = [];
  for (const cells of rows) cells.forEach((c, i) => (width[i] = Math.max(width[i] ?? 0, c.length)));
  return rows.map((cells, r) =>
    cells
      .map((c, i) => ({ c, i, w: width[i] ?? 0 }))
      .filter(({ w }) => w > 0)
      .map(({ c, i, w }, k, all) => paint(i, c, r) + (k < all.length - 1 ? ' '.repeat(w - c.length) : ''))
      .join(GAP)
      .trimEnd(),
  );
}

export function formatText(result: CheckResult, ctx: FormatContext): string {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];

  for (const [file, findings] of groupByFile(result.findings)) {
    const { shown, hidden } = capPerRule(findings, ctx.maxFindingsPerRule);
    // The message goes last, unpadded: it is the longest and most variable column.
    const rows = shown.map((f) => [reference(f, ctx.lang), t(`severity:${f.severity}`, ctx.lang), f.rule, oneLine(f.kol ?? ''), oneLine(f.message)]);
    out.push(chalk.underline(displayPath(file, ctx.cwd)));
    const paint = (col: number, text: string, row: number): string => {
      const f = shown[row];
      if (col === 1 && f) return severityColor(chalk, f.severity)(text);
      if (col === 0 || col === 2) return chalk.dim(text);
      return text;
    };
    for (const line of alignRows(rows, paint)) out.push(INDENT + line);
    for (const [rule, count] of hidden) out.push(INDENT + chalk.dim(t('format:more-findings', ctx.lang, { count, rule })));
    out.push('');
  }

  for (const note of runNotes(result, ctx.lang)) out.push(chalk.dim(oneLine(note)));
  const { errors, warnings } = result.summary;
  const tone = errors > 0 ? chalk.red.bold : warnings > 0 ? chalk.yellow.bold : chalk.green;
  out.push(tone(summaryText(result, ctx.lang)));
  return out.join('\n') + '\n';
}
