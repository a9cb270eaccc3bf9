import { t, type Lang } from '../i18n/index.js';
import { formatDay } from '../i18n/message-format.js';
import type { FieldChange, SheetDiff, WorkbookDiff } from './compare.js';
import type { TableRef } from './rows.js';

export type DiffFormatName = 'text' | 'markdown' | 'json';
export const DIFF_FORMATS: readonly DiffFormatName[] = ['text', 'markdown', 'json'];

/** One compared workbook: what is shown as its old and new side, and the differences. */
export interface FileDiff {
  /** The workbook as shown in headings (`new` path, or the file compared with a revision). */
  readonly file: string;
  readonly old: string;
  readonly new: string;
  readonly diff: WorkbookDiff;
  /** Tables found but not compared (posting recaps, content calendars): said, so "no row changed" is not read as "nothing changed". */
  readonly notCompared?: readonly TableRef[];
}

/**
 * A value as a person reads it: a date (the reader gives `2024-09-02`, or `2024-09-02 14:30`
 * with a time) as the language writes dates; empty as `''`; a value with edge spaces or
 * the separators `;` and `→` in quotes. JSON keeps the values as the reader gave them.
 */
function quote(v: string, lang: Lang): string {
  if (v === '') return "''";
  const date = /^(\d{4}-\d{2}-\d{2})( \d{2}:\d{2}(?::\d{2})?)?$/.exec(v);
  if (date) return `${formatDay(date[1]!, lang)}${date[2] ?? ''}`;
  return v !== v.trim() || /;|→/.test(v) ? `'${v.replace(/'/g, "''")}'` : v;
}

const changeText = (f: FieldChange, lang: Lang) => `${f.header} ${quote(f.old, lang)} → ${quote(f.new, lang)}`;

function rowText(old: number, now: number, lang: Lang): string {
  return old === now ? t('diff:row', lang, { row: now }) : t('diff:row-moved', lang, { old, new: now });
}

function summaryText(d: WorkbookDiff, lang: Lang): string {
  return t('diff:summary', lang, d.summary);
}

function sheetTitle(s: SheetDiff, lang: Lang): string {
  const title = t('diff:sheet', lang, { sheet: s.sheet, kind: t(`diff:kind-${s.kind}`, lang) });
  return s.oldSheet === undefined ? title : `${title} ${t('diff:sheet-was', lang, { sheet: s.oldSheet })}`;
}

/** `Not compared: sheet "Recap" (posting recap) — …`, or null when every table was compared. */
function notComparedText(f: FileDiff, lang: Lang): string | null {
  if (!f.notCompared?.length) return null;
  const tables = f.notCompared.map((x) => t('diff:not-compared-table', lang, { sheet: x.sheet, kind: t(`diff:kind-${x.kind}`, lang) }));
  return t('diff:not-compared', lang, { tables: tables.join(', ') });
}

function formatText(files: readonly FileDiff[], lang: Lang): string {
  const blocks = files.map((f) => {
    const lines = [t('diff:title', lang, { old: f.old, new: f.new })];
    const notCompared = notComparedText(f, lang);
    if (f.diff.sheets.length === 0) {
      lines.push(`  ${t('diff:no-changes', lang)}`);
      if (notCompared) lines.push(`  ${notCompared}`);
      return lines.join('\n');
    }
    for (const s of f.diff.sheets) {
      lines.push(sheetTitle(s, lang));
      for (const r of s.added) lines.push(`  + ${r.label} (${t('diff:row', lang, { row: r.row })})`);
      for (const r of s.removed) lines.push(`  - ${r.label} (${t('diff:row', lang, { row: r.row })})`);
      for (const c of s.changed) lines.push(`  ~ ${c.label} (${rowText(c.oldRow, c.newRow, lang)}): ${c.fields.map((x) => changeText(x, lang)).join('; ')}`);
    }
    lines.push(summaryText(f.diff, lang));
    if (notCompared) lines.push(notCompared);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** Markdown table cells: no pipes, no raw HTML, no line breaks. */
function md(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function codeSpan(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function formatMarkdown(files: readonly FileDiff[], lang: Lang): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`### ${t('diff:title', lang, { old: codeSpan(f.old), new: codeSpan(f.new) })}`, '');
    const notCompared = notComparedText(f, lang);
    if (f.diff.sheets.length === 0) {
      out.push(t('diff:no-changes', lang), '');
      if (notCompared) out.push(md(notCompared), '');
      continue;
    }
    out.push(`**${md(summaryText(f.diff, lang))}**`, '');
    // Above the tables, beside the summary it qualifies.
    if (notCompared) out.push(md(notCompared), '');
    for (const s of f.diff.sheets) {
      out.push(`#### ${md(sheetTitle(s, lang))}`, '');
      out.push(`| | ${t('diff:col-kol', lang)} | ${t('diff:col-row', lang)} | ${t('diff:col-changes', lang)} |`, '|---|---|---|---|');
      for (const r of s.added) out.push(`| ➕ ${t('diff:added', lang)} | ${md(r.label)} | ${r.row} | |`);
      for (const r of s.removed) out.push(`| ➖ ${t('diff:removed', lang)} | ${md(r.label)} | ${r.row} | |`);
      for (const c of s.changed) {
        const row = c.oldRow === c.newRow ? String(c.newRow) : `${c.oldRow} → ${c.newRow}`;
        const fields = c.fields.map((x) => `**${md(x.header)}**: ${md(quote(x.old, lang))} → ${md(quote(x.new, lang))}`).join('<br>');
        out.push(`| ✏️ ${t('diff:changed', lang)} | ${md(c.label)} | ${row} | ${fields} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function formatJson(files: readonly FileDiff[]): string {
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const f of files) {
    summary.added += f.diff.summary.added;
    summary.removed += f.diff.summary.removed;
    summary.changed += f.diff.summary.changed;
  }
  return `${JSON.stringify({
    // `notCompared` only when some table was not compared, as `oldSheet` only for a paired sheet.
    files: files.map((f) => ({
      file: f.file, old: f.old, new: f.new, sheets: f.diff.sheets, summary: f.diff.summary,
      ...(f.notCompared?.length ? { notCompared: f.notCompared } : {}),
    })),
    summary,
  }, null, 2)}\n`;
}

export function formatDiff(format: DiffFormatName, files: readonly FileDiff[], lang: Lang): string {
  if (format === 'json') return formatJson(files);
  if (format === 'markdown') return formatMarkdown(files, lang);
  return formatText(files, lang);
}
