import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asDiffRow, diffRows, diffSides, fieldChanges, OldSideChangedError, type ReadSide, type RowChange, type SheetDiff, type WorkbookDiff } from '../../src/diff/compare.js';
import { Fingerprint, fingerprintOf } from '../../src/diff/fingerprint.js';
import { configSchema } from '../../src/config/schema.js';
import { readRows, type DiffKind, type KeyedRow } from '../../src/diff/rows.js';
import { openWorkbook } from '../../src/readers/index.js';
import { makeTempDir, writeCsv } from '../helpers/fixtures.js';

/**
 * The comparison as it was before it streamed: every row of both sides in memory, each
 * account's rows paired unchanged first, then by scope, then in row order. The streaming
 * comparison must give exactly this.
 */
function inMemoryDiff(oldRows: readonly KeyedRow[], newRows: readonly KeyedRow[]): WorkbookDiff {
  const same = (a: KeyedRow, b: KeyedRow) => fieldChanges(a, b).length === 0;
  const pair = (olds: KeyedRow[], news: KeyedRow[]) => {
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
    pass(same);
    pass((a, b) => a.scope === b.scope);
    pass(() => true);
    return { pairs, removed: o, added: n };
  };
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
  const sheetOf = (r: KeyedRow, side: 'old' | 'new') => (side === 'old' ? renamed.get(`${r.sheet}\u0000${r.kind}`) ?? r.sheet : r.sheet);
  const groups = new Map<string, { sheet: string; kind: DiffKind; old: KeyedRow[]; new: KeyedRow[] }>();
  const groupOf = (r: KeyedRow, side: 'old' | 'new') => {
    const key = `${sheetOf(r, side)}\u0000${r.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, g = { sheet: sheetOf(r, side), kind: r.kind, old: [], new: [] });
    return g;
  };
  for (const r of newRows) groupOf(r, 'new').new.push(r);
  for (const r of oldRows) groupOf(r, 'old').old.push(r);
  const ref = (r: KeyedRow) => ({ key: r.key, label: r.label, row: r.rowNumber });
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

/** A row as a test writes it: a few accounts (so duplicates are common), a few values, some fields left out or empty. */
const rowArb = fc.record({
  sheet: fc.constantFrom('Sep', 'Okt', 'export-a'),
  kind: fc.constantFrom<DiffKind>('kol-listing', 'kol-listing', 'affiliate-deals'),
  key: fc.constantFrom('instagram:rina', 'instagram:juan', 'name:sari', 'account:herbana99'),
  month: fc.constantFrom('2024-09', '2024-10', ''),
  platform: fc.constantFrom('Instagram', ''),
  followers: fc.constantFrom('1K', '2K', '', undefined),
  status: fc.constantFrom('YES', 'DONE', '', undefined),
  swap: fc.boolean(),
});

interface Spec {
  sheet: string; kind: DiffKind; key: string; month: string; platform: string;
  followers: string | undefined; status: string | undefined; swap: boolean;
}

function rowsOf(specs: readonly Spec[], rename: Record<string, string> = {}): KeyedRow[] {
  const next = new Map<string, number>();
  return specs.map((s) => {
    const sheet = rename[s.sheet] ?? s.sheet;
    const rowNumber = (next.get(sheet) ?? 1) + 1;
    next.set(sheet, rowNumber);
    const entries: [string, string][] = [['KOL', s.key.split(':')[1]!]];
    if (s.followers !== undefined) entries.push(['Followers', s.followers]);
    if (s.status !== undefined) entries.push(['Status', s.status]);
    // A moved column is the same row.
    if (s.swap) entries.reverse();
    return { sheet, kind: s.kind, key: s.key, scope: `${s.month}|${s.platform}|`, label: s.key, rowNumber, fields: new Map(entries) };
  });
}

describe('the streaming comparison', () => {
  it('gives exactly what comparing every row with every row in memory gives', () => {
    fc.assert(fc.property(
      fc.array(rowArb, { maxLength: 25 }),
      fc.array(fc.tuple(fc.nat(30), fc.oneof(fc.constant(null), rowArb)), { maxLength: 12 }),
      fc.boolean(),
      (old, edits, renameSheet) => {
        // The new side: the old rows with some replaced or dropped (null), some added, order shuffled by the edits.
        const now = [...old];
        for (const [at, row] of edits) {
          if (row === null) now.splice(at % (now.length + 1), 1);
          else now.splice(at % (now.length + 1), 0, row);
        }
        const oldRows = rowsOf(old);
        const newRows = rowsOf(now, renameSheet ? { 'export-a': 'export-b', Sep: 'September' } : {});
        expect(diffRows(oldRows, newRows)).toEqual(inMemoryDiff(oldRows, newRows));
      },
    ), { numRuns: 400 });
  });

  it('gives the same for thousands of accounts (the index grows), duplicates, moves and edits among them', () => {
    const spec = (i: number, followers: string): Spec => ({
      sheet: i % 7 ? 'Sep' : 'Okt', kind: 'kol-listing', key: `instagram:k${i % 1500}`, month: '2024-09', platform: 'Instagram', followers, status: 'YES', swap: false,
    });
    const old = Array.from({ length: 3000 }, (_, i) => spec(i, `${i % 5}K`));
    // Every 11th row changed, every 13th gone, the first 40 moved to the end, 20 new.
    const now = old.map((r, i) => (i % 11 === 0 ? { ...r, followers: '9K' } : r)).filter((_, i) => i % 13 !== 0);
    now.push(...now.splice(0, 40), ...Array.from({ length: 20 }, (_, i) => spec(5000 + i, '1K')));
    const oldRows = rowsOf(old);
    const newRows = rowsOf(now);
    const d = diffRows(oldRows, newRows);
    expect(d.summary.changed).toBeGreaterThan(200);
    expect(d).toEqual(inMemoryDiff(oldRows, newRows));
  });

  it('gives a row the same fingerprint whatever its column order, and an empty field the same as a missing one', () => {
    const a = fingerprintOf(new Map([['KOL', 'rina'], ['Followers', '1K'], ['Status', '']]), new Fingerprint());
    const b = fingerprintOf(new Map([['Followers', '1K'], ['KOL', 'rina']]), new Fingerprint());
    expect([a.a, a.b]).toEqual([b.a, b.b]);
    // The value moved to another header is another row.
    const c = fingerprintOf(new Map([['KOL', '1K'], ['Followers', 'rina']]), new Fingerprint());
    expect([c.a, c.b]).not.toEqual([a.a, a.b]);
  });

  it('reads the old side a second time only when an old row did not match, and stops once it has those rows', async () => {
    const rows = rowsOf(Array.from({ length: 50 }, (_, i) => ({
      sheet: 'Sep', kind: 'kol-listing' as const, key: `instagram:k${i}`, month: '2024-09', platform: 'Instagram', followers: `${i}K`, status: 'YES', swap: false,
    })));
    const side = (list: readonly KeyedRow[], reads: number[]): ReadSide => async (visit) => {
      let n = 0;
      for (const r of list) {
        n++;
        if (visit(asDiffRow(r)) === false) break;
      }
      reads.push(n);
      return { notCompared: [] };
    };
    const reads: number[] = [];
    const same = await diffSides(side(rows, reads), side(rows, []));
    expect(same.diff.summary).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(reads).toEqual([50]);

    // Row 10 changed: the second read stops at it.
    const edited = rows.map((r, i) => (i === 9 ? { ...r, fields: new Map([...r.fields, ['Status', 'DONE']]) } : r));
    const again: number[] = [];
    const d = await diffSides(side(rows, again), side(edited, []));
    expect(d.diff.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(again).toEqual([50, 10]);
  });

  it('finds a second read that does not match the first (the old file changed meanwhile)', async () => {
    const rows = rowsOf([{ sheet: 'Sep', kind: 'kol-listing', key: 'instagram:rina', month: '', platform: '', followers: '1K', status: 'YES', swap: false }]);
    let reads = 0;
    const old: ReadSide = async (visit) => {
      const r = reads++ === 0 ? rows[0]! : { ...rows[0]!, fields: new Map([['KOL', 'rina'], ['Followers', '9K']]) };
      visit(asDiffRow(r));
      return { notCompared: [] };
    };
    await expect(diffSides(old, null)).rejects.toThrow(OldSideChangedError);
  });
});

describe('the reader\'s rows', () => {
  it('give the same fields as lists (headers, values) as the map, a blank header as its letter and a repeated one numbered, without No', async () => {
    const dir = await makeTempDir('kolops-diff-rows-');
    try {
      const path = await writeCsv(dir, 'kol.csv', [
        ['No', 'KOL', 'Followers', '', 'Platform', 'Link Instagram', 'Notes', 'Notes'],
        ['1', 'Nata Shina', '354K', 'x', 'Instagram', 'https://www.instagram.com/natashina/', 'a', 'b'],
        ['2', 'Juandi', '85K', '', 'Instagram', 'https://www.instagram.com/juandi/', '', '', 'extra'],
      ], { delimiter: ';' });
      const seen: [string[], Map<string, string>][] = [];
      await readRows(await openWorkbook(path), configSchema.parse({}), {}, (row) => {
        const values = row.values();
        seen.push([values.map((_, i) => `${row.headers[i]}=${values[i]}`), new Map(row.fields())]);
      });
      expect(seen.map(([list]) => list)).toEqual([
        ['KOL=Nata Shina', 'Followers=354K', 'D=x', 'Platform=Instagram', 'Link Instagram=https://www.instagram.com/natashina/', 'Notes=a', 'Notes (2)=b'],
        ['KOL=Juandi', 'Followers=85K', 'D=', 'Platform=Instagram', 'Link Instagram=https://www.instagram.com/juandi/', 'Notes=', 'Notes (2)=', 'I=extra'],
      ]);
      for (const [list, fields] of seen) expect(list).toEqual([...fields].map(([h, v]) => `${h}=${v}`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
