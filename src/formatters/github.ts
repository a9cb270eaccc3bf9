/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into
 * annotations on the changed files. GitHub shows at most 10 errors and 10 warnings per
 * step, so `githubStepSummary` writes the complete list as Markdown for
 * `$GITHUB_STEP_SUMMARY`.
 */
import { t } from '../i18n/index.js';
import type { Severity } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import { displayPath, oneLine, reference, runNotes, summaryText } from './shared.js';
import type { FormatContext } from './types.js';

/** GitHub has no "info" annotation; its `notice` is the nearest. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** The runner reads a command up to the line end, so `%` and line breaks in the message are encoded. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties are additionally split on `,` and end at `::`, so those are encoded too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(result: CheckResult, ctx: FormatContext): string {
  const lines = result.findings.map((f) => {
    const props = [`file=${escapeProperty(displayPath(f.file, ctx.cwd))}`];
    if (f.row !== null) props.push(`line=${f.row}`);
    props.push(`title=${escapeProperty(f.rule)}`);
    const ref = reference(f, ctx.lang);
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(ref ? `${ref} ${f.message}` : f.message)}`;
  });
  // Plain lines in the log (never `::`-commands): which config, what a baseline accepted.
  for (const note of runNotes(result, ctx.lang)) lines.push(oneLine(note).replace(/^::/, ': :'));
  lines.push(summaryText(result, ctx.lang));
  return lines.join('\n') + '\n';
}

/** A Markdown table cell: `|` would end the cell and a line break the row; `<` and `&` would be read as HTML. */
function mdCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n]/g, '<br>');
}

/** GitHub rejects a step summary over 1 MiB outright; stay under it with room for the closing note. */
const SUMMARY_BYTE_LIMIT = 1_000_000;

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: heading, counts, and every finding in one table.
 * Only if the table would pass GitHub's 1 MiB limit (which would lose the whole summary)
 * are the last rows replaced by a count that points to `--format json`.
 */
export function githubStepSummary(result: CheckResult, ctx: FormatContext): string {
  const { lang } = ctx;
  const out = [`## kolops ${ctx.version}`, '', summaryText(result, lang), ''];
  const notes = runNotes(result, lang);
  if (notes.length) out.push(...notes.map((n) => `- ${mdCell(n)}`), '');
  const findings = result.findings;
  if (findings.length === 0) return out.join('\n').trimEnd() + '\n';

  out.push(`> ${t('format:github-annotation-limit', lang)}`, '');
  const head = (['severity', 'rule', 'file', 'location', 'kol', 'message'] as const).map((k) => t(`format:col-${k}`, lang));
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);

  let bytes = Buffer.byteLength(out.join('\n'));
  for (const [i, f] of findings.entries()) {
    const cells = [t(`severity:${f.severity}`, lang), f.rule, displayPath(f.file, ctx.cwd), reference(f, lang), f.kol ?? '', f.message];
    const row = `| ${cells.map(mdCell).join(' | ')} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > SUMMARY_BYTE_LIMIT) {
      out.push('', t('format:github-summary-truncated', lang, { count: findings.length - i }));
      break;
    }
    out.push(row);
  }
  return out.join('\n') + '\n';
}
