import type { ColumnId, TableKind } from '../model/table.js';
import { normalizeHeader } from '../parsers/text.js';
import { COLUMN_ALIASES, KIND_COLUMNS, KIND_SIGNATURE } from './columns.js';

export interface HeaderMatch {
  kind: TableKind;
  columns: Map<ColumnId, number>;
  /** How many header cells matched an alias exactly; ranks competing kinds. */
  exact: number;
}

/** A header needs at least this many recognised cells, so a title or group row never passes for one. */
const MIN_MATCHED = 3;

function startsWithWords(header: string, alias: string): boolean {
  return header === alias || header.startsWith(alias + ' ');
}

/** Map header cells to one kind's canonical columns: exact alias matches first, then "starts with the alias's words". */
function assignColumns(kind: TableKind, headers: readonly string[]): { columns: Map<ColumnId, number>; exact: number } {
  const columns = new Map<ColumnId, number>();
  const taken = new Set<number>();
  let exact = 0;
  for (const pass of ['exact', 'prefix'] as const) {
    for (const id of KIND_COLUMNS[kind]) {
      if (columns.has(id)) continue;
      for (const alias of COLUMN_ALIASES[id]) {
        const at = headers.findIndex((h, i) => !taken.has(i) && h !== '' &&
          (pass === 'exact' ? h === alias : startsWithWords(h, alias)));
        if (at >= 0) {
          columns.set(id, at);
          taken.add(at);
          if (pass === 'exact') exact++;
          break;
        }
      }
    }
  }
  return { columns, exact };
}

/** Header cells that name a posting date: the seed's wide recap has one per brand. */
function postDateColumns(headers: readonly string[]): number {
  return headers.filter((h) => COLUMN_ALIASES.postDate.some((a) => startsWithWords(h, a))).length;
}

function qualifies(kind: TableKind, columns: Map<ColumnId, number>, headers: readonly string[]): boolean {
  const has = (id: ColumnId) => columns.has(id);
  const signature = KIND_SIGNATURE[kind].some(has);
  if (kind === 'posting-recap' && postDateColumns(headers) >= 2 && has('no')) return true;
  if (columns.size < MIN_MATCHED) return false;
  switch (kind) {
    case 'kol-listing':
      return signature && (has('name') || has('handle') || has('link'));
    case 'posting-recap':
      return has('postDate') && (has('name') || has('handle') || has('link')) && signature;
    case 'affiliate-deals':
      return signature && (has('link') || has('status') || has('videos'));
  }
}

const KINDS: readonly TableKind[] = ['kol-listing', 'posting-recap', 'affiliate-deals'];

/**
 * Is this row a table header, and of which kind? Cells are the row's texts as written.
 * When several kinds fit, the one with more exact alias matches wins, then more columns.
 */
export function matchHeader(cells: readonly string[]): HeaderMatch | null {
  const headers = cells.map((c) => normalizeHeader(c));
  if (headers.filter((h) => h !== '').length < MIN_MATCHED) return null;
  let best: HeaderMatch | null = null;
  for (const kind of KINDS) {
    const { columns, exact: exactColumns } = assignColumns(kind, headers);
    // Every extra posting-date column of a wide recap is an exact match too.
    const exact = kind === 'posting-recap' ? Math.max(exactColumns, postDateColumns(headers) + (columns.has('no') ? 1 : 0)) : exactColumns;
    if (!qualifies(kind, columns, headers)) continue;
    if (!best || exact > best.exact || (exact === best.exact && columns.size > best.columns.size)) {
      best = { kind, columns, exact };
    }
  }
  return best;
}
