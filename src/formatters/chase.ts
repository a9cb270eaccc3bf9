/**
 * Renderers of the chase list (`kolops chase`): a table for the terminal, JSON for
 * scripts, CSV for Excel. Pure functions of the items: no I/O, no TTY detection.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { t, type Lang } from '../i18n/index.js';
import { formatDay } from '../i18n/message-format.js';
import { PLATFORM_LABELS } from '../parsers/platform.js';
import type { ChaseItem } from '../posting/chase.js';
import { oneLine } from './shared.js';

export type ChaseFormatName = 'text' | 'json' | 'csv';
export const CHASE_FORMAT_NAMES: readonly ChaseFormatName[] = ['text', 'json', 'csv'];

export interface ChaseFormatContext {
  lang: Lang;
  /** ANSI colours in the text table; decided by the caller. */
  color: boolean;
  asOf: string;
  within: number;
}

const NONE = '—';

/** "3 days late" / "2 days left" / "due today", or null without a deadline. */
export function lateText(daysLate: number | null, lang: Lang): string | null {
  if (daysLate === null) return null;
  if (daysLate === 0) return t('chase:due-today', lang);
  if (daysLate > 0) return t('chase:late', lang, { days: daysLate });
  return t('chase:left', lang, { days: -daysLate });
}

/** "17 September 2024 (day 10)" / "ghosted", or null when there is no follow-up to make. */
export function followUpText(item: Pick<ChaseItem, 'nextFollowUp' | 'ghosted'>, lang: Lang): string | null {
  if (item.ghosted) return t('chase:ghosted', lang);
  if (!item.nextFollowUp) return null;
  return t('chase:follow-up', lang, { date: item.nextFollowUp.date, day: item.nextFollowUp.day });
}

function platformText(item: ChaseItem): string | null {
  return item.platform ? PLATFORM_LABELS[item.platform] : null;
}

/** The closing line: how many, how many overdue, how many ghosted; or the "nothing to chase" line. */
export function chaseSummary(items: readonly ChaseItem[], ctx: Pick<ChaseFormatContext, 'lang' | 'asOf' | 'within'>): string {
  if (items.length === 0) return t('chase:nothing', ctx.lang, { asOf: ctx.asOf, within: ctx.within });
  const overdue = items.filter((i) => i.daysLate !== null && i.daysLate > 0).length;
  const ghosted = items.filter((i) => i.ghosted).length;
  const args = { count: items.length, asOf: ctx.asOf, overdue, ghosted };
  return t('chase:summary', ctx.lang, args);
}

/** `--format text`: one table row per KOL, then the summary line. */
export function formatChaseText(items: readonly ChaseItem[], ctx: ChaseFormatContext): string {
  const summary = chaseSummary(items, ctx);
  if (items.length === 0) return `${summary}\n`;
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const cell = (s: string | null) => (s === null ? NONE : oneLine(s));
  const table = new Table({
    head: (['kol', 'brand', 'platform', 'link', 'deadline', 'late', 'next', 'contact'] as const)
      .map((c) => chalk.bold(t(`chase:col-${c}`, ctx.lang))),
    // Colours come from chalk only, so `color: false` means no escape codes at all.
    style: { head: [], border: [], compact: true },
  });
  for (const item of items) {
    const late = cell(lateText(item.daysLate, ctx.lang));
    const next = cell(followUpText(item, ctx.lang));
    const lateColored = item.daysLate === null ? late : item.daysLate > 0 ? chalk.red(late) : chalk.yellow(late);
    table.push([
      cell(item.kol), cell(item.brand), cell(platformText(item)), cell(item.link),
      cell(item.deadline === null ? null : formatDay(item.deadline, ctx.lang)), lateColored, item.ghosted ? chalk.red(next) : next, cell(item.contactPerson),
    ]);
  }
  return `${table.toString()}\n${summary}\n`;
}

/** `--format json`: `{ asOf, within, items }`, each item rebuilt key by key so the shape is the contract. */
export function formatChaseJson(items: readonly ChaseItem[], ctx: ChaseFormatContext): string {
  const doc = {
    asOf: ctx.asOf,
    within: ctx.within,
    items: items.map((i) => ({
      kol: i.kol,
      brand: i.brand,
      platform: i.platform,
      link: i.link,
      month: i.month,
      deadline: i.deadline,
      daysLate: i.daysLate,
      nextFollowUp: i.nextFollowUp ? { date: i.nextFollowUp.date, day: i.nextFollowUp.day } : null,
      ghosted: i.ghosted,
      contactPerson: i.contactPerson,
      shipDate: i.shipDate,
      source: { file: i.source.file, sheet: i.source.sheet, row: i.source.row },
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export const CHASE_CSV_HEADER = [
  'kol', 'brand', 'platform', 'link', 'month', 'deadline', 'days_late', 'next_follow_up', 'follow_up_day',
  'ghosted', 'contact_person', 'ship_date', 'file', 'sheet', 'row',
] as const;

/**
 * A text cell, safe for Excel: a leading `=`, `+`, `-`, `@` (or tab / CR) would make a
 * crafted cell a formula, so it gets a `'` (OWASP "CSV injection"); then RFC 4180 quoting.
 * Numbers kolops computed itself (days late, row) are written as numbers.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** `--format csv`: RFC 4180 (CRLF, quoted where needed), UTF-8 with a BOM so Excel reads the encoding right. */
export function formatChaseCsv(items: readonly ChaseItem[], _ctx: ChaseFormatContext): string {
  const rows: (string | number | boolean | null)[][] = [[...CHASE_CSV_HEADER]];
  for (const i of items) {
    rows.push([
      i.kol, i.brand, platformText(i), i.link, i.month, i.deadline, i.daysLate,
      i.nextFollowUp?.date ?? null, i.nextFollowUp?.day ?? null, i.ghosted,
      i.contactPerson, i.shipDate, i.source.file, i.source.sheet, i.source.row,
    ]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function formatChase(name: ChaseFormatName, items: readonly ChaseItem[], ctx: ChaseFormatContext): string {
  switch (name) {
    case 'text': return formatChaseText(items, ctx);
    case 'json': return formatChaseJson(items, ctx);
    case 'csv': return formatChaseCsv(items, ctx);
  }
}
