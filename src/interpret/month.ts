import { basename } from 'node:path';
import type { MonthSource, TableInfo } from '../model/table.js';
import { findMonthsInText, monthFromLabel, monthFromText } from '../parsers/month.js';

/**
 * The first year written beside a month in any of these texts (a title's `2025` dates its
 * sheet `Oktober`); labels (tab and file names) may write it with two digits (`Okt'24`).
 */
function yearIn(texts: readonly (readonly [string, boolean])[]): number | null {
  for (const [t, label] of texts) {
    for (const m of findMonthsInText(t, { shortYears: label })) if (m.year) return m.year;
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
  // A year the workbook writes (the tab `Sep-24`) beats `--year` and the config's year.
  const year = yearIn([[table.sheet, true], [titles, false], [fileName, true]]) ?? defaultYear;
  const candidates: [string, MonthSource, boolean][] = [[table.sheet, 'sheet-name', true], [titles, 'title-row', false], [fileName, 'file-name', true]];
  for (const [text, source, label] of candidates) {
    const month = !text ? null : label ? monthFromLabel(text, year) : monthFromText(text, year);
    if (month) return { month, source };
  }
  return null;
}

/** The year dates without one take in this table: its context month's, else `--year` / config. */
export function tableYear(table: TableInfo, defaultYear: number | null): number | null {
  return table.contextMonth ? Number(table.contextMonth.month.slice(0, 4)) : defaultYear;
}
