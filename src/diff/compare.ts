import type { DiffKind, KeyedRow } from './rows.js';

export interface FieldChange {
  readonly header: string;
  readonly old: string;
  readonly new: string;
}

export interface RowRef {
  readonly key: string;
  readonly label: string;
  readonly row: number;
}

export interface RowChange {
  readonly key: string;
  /** The label in the new version (a rename shows as a change of the Name field). */
  readonly label: string;
  readonly oldRow: number;
  readonly newRow: number;
  readonly fields: readonly FieldChange[];
}

/** The differences in one table kind of one sheet. */
export interface SheetDiff {
  readonly sheet: string;
  /** The old version's name of the sheet, when it was compared under another name (a renamed sheet, a CSV export under another file name). */
  readonly oldSheet?: string;
  readonly kind: DiffKind;
  readonly added: readonly RowRef[];
  readonly removed: readonly RowRef[];
  readonly changed: readonly RowChange[];
}

export interface WorkbookDiff {
  readonly sheets: readonly SheetDiff[];
  readonly summary: { added: number; removed: number; changed: number };
}

function sameContent(a: KeyedRow, b: KeyedRow): boolean {
  return fieldChanges(a, b).length === 0;
}

/** Changed fields by header, so a moved column is no change; in the new version's column order, then old-only headers. */
export function fieldChanges(a: KeyedRow, b: KeyedRow): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [header, value] of b.fields) {
    const old = a.fields.get(header) ?? '';
    if (old !== value) out.push({ header, old, new: value });
  }
  for (const [header, old] of a.fields) {
    if (!b.fields.has(header) && old !== '') out.push({ header, old, new: '' });
  }
  return out;
}

/**
 * Pair the old and the new rows of one account: first rows that did not change at all
 * (a row moved up or down is no change), then rows of the same month/platform/brand, then
 * the rest in row order. Deterministic for duplicate accounts; the unpaired are added or removed.
 */
function pair(olds: KeyedRow[], news: KeyedRow[]): { pairs: [KeyedRow, KeyedRow][]; removed: KeyedRow[]; added: KeyedRow[] } {
  const pairs: [KeyedRow, KeyedRow][] = [];
  const o = [...olds];
  const n = [...news];
  const pass = (match: (a: KeyedRow, b: KeyedRow) => boolean) => {
    for (let i = 0; i < o.length;) {
      const j = n.findIndex((b) => match(o[i]!, b));
      if (j < 0) { i++; continue; }
      pairs.push([o[i]!, n[j]!]);
      o.splice(i, 1);
      n.splice(j, 1);
    }
  };
  pass(sameContent);
  pass((a, b) => a.scope === b.scope);
  pass(() => true);
  return { pairs, removed: o, added: n };
}

/**
 * Tables are matched by kind and meaning, not by sheet name: a CSV's one table is named
 * after its file, so two exports of one listing (`kol-2024-09.csv`, `kol-export (1).csv`)
 * would otherwise compare as every row removed and every row added. Of the sheets of one
 * kind found on one side only, an old and a new one are paired when they hold the same
 * months; else, when each side has exactly one such sheet, those two. Returns
 * `old sheet \0 kind` → the new sheet's name.
 */
function pairRenamedSheets(oldRows: readonly KeyedRow[], newRows: readonly KeyedRow[]): Map<string, string> {
  const monthsBySheet = (rows: readonly KeyedRow[]) => {
    const out = new Map<string, { sheet: string; kind: DiffKind; months: Set<string> }>();
    for (const r of rows) {
      const k = `${r.sheet}\u0000${r.kind}`;
      let e = out.get(k);
      if (!e) out.set(k, e = { sheet: r.sheet, kind: r.kind, months: new Set() });
      e.months.add(r.scope.split('|')[0] ?? '');
    }
    return out;
  };
  const olds = monthsBySheet(oldRows);
  const news = monthsBySheet(newRows);
  const onlyOld = [...olds].filter(([k]) => !news.has(k)).map(([k, v]) => ({ key: k, ...v }));
  const onlyNew = [...news].filter(([k]) => !olds.has(k)).map(([, v]) => v);
  const renamed = new Map<string, string>();
  const sameMonths = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((m) => b.has(m));
  for (const kind of new Set(onlyOld.map((o) => o.kind))) {
    const o = onlyOld.filter((x) => x.kind === kind);
    const n = onlyNew.filter((x) => x.kind === kind);
    for (const a of [...o]) {
      const matches = n.filter((b) => sameMonths(a.months, b.months));
      if (matches.length !== 1 || o.filter((x) => sameMonths(x.months, matches[0]!.months)).length !== 1) continue;
      renamed.set(a.key, matches[0]!.sheet);
      o.splice(o.indexOf(a), 1);
      n.splice(n.indexOf(matches[0]!), 1);
    }
    if (o.length === 1 && n.length === 1) renamed.set(o[0]!.key, n[0]!.sheet);
  }
  return renamed;
}

const ref = (r: KeyedRow): RowRef => ({ key: r.key, label: r.label, row: r.rowNumber });

/**
 * Row-level differences between two versions of a workbook, per sheet and table kind,
 * rows matched by account key. Sheets come in the new version's order, then sheets only
 * the old version has; rows within a sheet by row number.
 */
export function diffRows(oldRows: readonly KeyedRow[], newRows: readonly KeyedRow[]): WorkbookDiff {
  const renamed = pairRenamedSheets(oldRows, newRows);
  const sheetOf = (r: KeyedRow, side: 'old' | 'new') => (side === 'old' ? renamed.get(`${r.sheet}\u0000${r.kind}`) ?? r.sheet : r.sheet);
  const groupKey = (r: KeyedRow, side: 'old' | 'new') => `${sheetOf(r, side)}\u0000${r.kind}`;
  const groups = new Map<string, { sheet: string; kind: DiffKind; old: KeyedRow[]; new: KeyedRow[] }>();
  const groupOf = (r: KeyedRow, side: 'old' | 'new') => {
    const key = groupKey(r, side);
    let g = groups.get(key);
    if (!g) groups.set(key, g = { sheet: sheetOf(r, side), kind: r.kind, old: [], new: [] });
    return g;
  };
  for (const r of newRows) groupOf(r, 'new').new.push(r);
  for (const r of oldRows) groupOf(r, 'old').old.push(r);

  const sheets: SheetDiff[] = [];
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const g of groups.values()) {
    const byKey = new Map<string, { old: KeyedRow[]; new: KeyedRow[] }>();
    const bucket = (k: string) => {
      let b = byKey.get(k);
      if (!b) byKey.set(k, b = { old: [], new: [] });
      return b;
    };
    for (const r of g.old) bucket(r.key).old.push(r);
    for (const r of g.new) bucket(r.key).new.push(r);
    const added: KeyedRow[] = [];
    const removed: KeyedRow[] = [];
    const changed: RowChange[] = [];
    for (const [key, b] of byKey) {
      const p = pair(b.old, b.new);
      added.push(...p.added);
      removed.push(...p.removed);
      for (const [a, c] of p.pairs) {
        const fields = fieldChanges(a, c);
        if (fields.length) changed.push({ key, label: c.label, oldRow: a.rowNumber, newRow: c.rowNumber, fields });
      }
    }
    if (!added.length && !removed.length && !changed.length) continue;
    added.sort((a, b) => a.rowNumber - b.rowNumber);
    removed.sort((a, b) => a.rowNumber - b.rowNumber);
    changed.sort((a, b) => a.newRow - b.newRow || a.oldRow - b.oldRow);
    summary.added += added.length;
    summary.removed += removed.length;
    summary.changed += changed.length;
    const was = [...renamed].find(([k, to]) => to === g.sheet && k.endsWith(`\u0000${g.kind}`))?.[0].split('\u0000')[0];
    sheets.push({ sheet: g.sheet, ...(was !== undefined ? { oldSheet: was } : {}), kind: g.kind, added: added.map(ref), removed: removed.map(ref), changed });
  }
  return { sheets, summary };
}
