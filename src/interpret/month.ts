import { basename } from 'node:path';
import type { MonthSource, TableInfo } from '../model/table.js';
import { findMonthsInText, monthFromText } from '../parsers/month.js';

/** The first four-digit year written in any of these texts (a title's `2025` dates its sheet `Oktober`). */
function yearIn(texts: readonly string[]): number | null {
  for (const t of texts) {
    for (const m of findMonthsInText(t)) if (m.year) return m.year;
  }
  return null;
}

/**
 * The month a table's rows belong to before any row is read: the sheet name, then a
 * title row above the header, then the file name (PRODUCT.md §2's order; the month
 * column, post dates and `--month` are handled per row and at table end).
 */
export function contextMonthOf(table: TableInfo, defaultYear: number | null): { month: string; source: MonthSource } | null {
  const fileName = basename(table.file).replace(/\.[^.]+$/, '');
  const titles = table.titleRows.join(' ');
  const year = yearIn([table.sheet, titles, fileName]) ?? defaultYear;
  const candidates: [string, MonthSource][] = [[table.sheet, 'sheet-name'], [titles, 'title-row'], [fileName, 'file-name']];
  for (const [text, source] of candidates) {
    const month = text ? monthFromText(text, year) : null;
    if (month) return { month, source };
  }
  return null;
}

/** The year dates without one take in this table: its context month's, else `--year` / config. */
export function tableYear(table: TableInfo, defaultYear: number | null): number | null {
  return table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear;
}
