import type { TableInfo } from '../model/table.js';

/**
 * A wide recap gives one entry per brand column of a row, all with the row's caption:
 * a check about the caption itself should speak once per row (and `key`, e.g. a brand).
 *
 * The engine hands a row's entries to a rule one after another, so only the current row
 * is remembered: a set of every row seen held a string per row of a 50,000-row recap
 * for the whole run (issue 17), to answer a question only the current row asks.
 */
export function oncePerRow(): (table: TableInfo, row: number, key?: string) => boolean {
  let table: TableInfo | null = null;
  let row = -1;
  let keys: string[] = [];
  return (t, r, key = '') => {
    if (t !== table || r !== row) {
      table = t;
      row = r;
      keys = [key];
      return true;
    }
    if (keys.includes(key)) return false;
    keys.push(key);
    return true;
  };
}
