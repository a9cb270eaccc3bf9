import type { TableInfo } from '../model/table.js';

/**
 * A wide recap gives one entry per brand column of a row, all with the row's caption:
 * a check about the caption itself should speak once per row (and `key`, e.g. a brand).
 */
export function oncePerRow(): (table: TableInfo, row: number, key?: string) => boolean {
  const seen = new WeakMap<TableInfo, Set<string>>();
  return (table, row, key = '') => {
    let rows = seen.get(table);
    if (!rows) seen.set(table, (rows = new Set()));
    const k = `${row}\u0000${key}`;
    if (rows.has(k)) return false;
    rows.add(k);
    return true;
  };
}
