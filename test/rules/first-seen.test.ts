import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TableInfo } from '../../src/model/table.js';
import { FirstSeen, type PayloadCodec, type Repeat, type SeenAt } from '../../src/rules/support.js';

const table = (file: string, sheet: string) => ({ file, sheet }) as TableInfo;

interface Payload { kol: string; note: string | null; brand?: string | null }
const codec: PayloadCodec<Payload> = {
  write(p, out) {
    out.text(p.kol);
    out.symbol(p.brand ?? null);
    out.text(p.note);
  },
  read(from) {
    return { kol: from.text() ?? '', brand: from.symbol(), note: from.text() };
  },
};

/** A FirstSeen that answers as `check` did: the first place of a repeat, or null. */
function firstSeen(options: { keysInMemory?: number } = {}) {
  const repeats: Repeat<Payload>[] = [];
  const seen = new FirstSeen(codec, (r) => repeats.push(r), options);
  return {
    seen, repeats,
    check(scope: string, key: string, t: TableInfo, row: number): SeenAt | null {
      const before = repeats.length;
      seen.add(scope, key, t, row, { kol: key, note: null, brand: null });
      return repeats.length > before ? repeats[repeats.length - 1]!.first : null;
    },
  };
}

describe('FirstSeen', () => {
  it('answers where a key of a scope was first seen, across sheets and files', () => {
    const { check } = firstSeen();
    const sep = table('a.xlsx', 'September');
    expect(check('2024-09', 'account:herbana99', sep, 5)).toBeNull();
    expect(check('2024-09', 'account:herbana99', sep, 9)).toEqual({ file: 'a.xlsx', sheet: 'September', row: 5 });
    expect(check('2024-09', 'account:herbana99', table('b.csv', 'b'), 2_000_000)).toEqual({ file: 'a.xlsx', sheet: 'September', row: 5 });
    expect(check('2024-10', 'account:herbana99', table('b.csv', 'b'), 2_000_001)).toBeNull();
    expect(check('2024-10', 'account:herbana99', sep, 3)).toEqual({ file: 'b.csv', sheet: 'b', row: 2_000_001 });
  });

  it('keeps kinds apart: an account and a name that read alike are two keys', () => {
    const { check } = firstSeen();
    const t = table('a.xlsx', 'S');
    expect(check('m', 'account:dewi', t, 1)).toBeNull();
    expect(check('m', 'name:dewi', t, 2)).toBeNull();
    expect(check('m', 'dewi', t, 3)).toBeNull();
    expect(check('m', 'name:dewi', t, 4)).toEqual({ file: 'a.xlsx', sheet: 'S', row: 2 });
    expect(check('m', 'name:dewi 🌸', t, 5)).toBeNull();
    expect(check('m', 'name:dewi 🌸', t, 6)).toEqual({ file: 'a.xlsx', sheet: 'S', row: 5 });
  });
});

describe('FirstSeen past its keys in memory (scratch files)', () => {
  const made: string[] = [];
  afterEach(() => {
    delete process.env.TMPDIR;
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const scratchDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'kolops-first-seen-'));
    made.push(d);
    return d;
  };

  /** Rows over three tables and a few scopes: keys repeat near and far, in other scopes, with wide characters and empty payload texts. */
  function rows(n: number) {
    const tables = [table('a.xlsx', 'Juli'), table('a.xlsx', 'Agustus'), table('b.csv', 'b')];
    const out: { scope: string; key: string; t: TableInfo; row: number; p: Payload }[] = [];
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < n; i++) {
      const id = next() % (n / 3);
      const kind = id % 7 === 0 ? 'name:' : 'account:';
      const key = id % 11 === 0 ? `${kind}dewi ${id} 🌸` : id % 13 === 0 ? `${kind}ñina${id}` : `${kind}aff${id}`;
      out.push({
        scope: `2024-0${1 + (next() % 3)}`, key, t: tables[Math.floor(i / (n / 3)) % 3]!, row: 2 + i,
        p: { kol: `@kol${id}`, note: i % 5 === 0 ? null : i % 5 === 1 ? '' : `catatan ✓ ${i}`, brand: [null, 'Herbana', 'Herbamojo', 'Jamu ✓'][i % 4]! },
      });
    }
    return out;
  }
  /** The same rows to an index of every key and to one that keeps `keysInMemory`. */
  const feedBoth = (input: ReturnType<typeof rows>, keysInMemory: number) => {
    const both = [firstSeen(), firstSeen({ keysInMemory })] as const;
    for (const r of input) for (const f of both) f.seen.add(r.scope, r.key, r.t, r.row, r.p);
    return both;
  };
  const summary = (repeats: Repeat<Payload>[]) => repeats
    .map((r) => `${r.table.file}/${r.table.sheet}:${r.row} first ${r.first.file}/${r.first.sheet}:${r.first.row} ${JSON.stringify([r.payload.kol, r.payload.note, r.payload.brand])}`)
    .sort();

  it('tells the same repeats, first places and payloads as an index of every key', () => {
    const dir = scratchDir();
    process.env.TMPDIR = dir;
    const [inMemory, spilled] = feedBoth(rows(30_000), 500);
    // The scratch files exist while rows are added, and are gone after finish.
    expect(readdirSync(dir).filter((d) => d.startsWith('kolops-scratch-'))).toHaveLength(1);
    const before = spilled.repeats.length;
    inMemory.seen.finish();
    spilled.seen.finish();
    expect(spilled.repeats.length).toBeGreaterThan(before); // some repeats were only found on scratch
    expect(inMemory.repeats.length).toBeGreaterThan(5_000);
    expect(summary(spilled.repeats)).toEqual(summary(inMemory.repeats));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps every key in memory when no scratch directory can be made, and still tells every repeat', () => {
    const dir = scratchDir();
    const notADir = join(dir, 'a-file');
    writeFileSync(notADir, 'x');
    process.env.TMPDIR = notADir;
    const [inMemory, spilled] = feedBoth(rows(3_000), 50);
    spilled.seen.finish();
    expect(summary(spilled.repeats)).toEqual(summary(inMemory.repeats));
    expect(existsSync(notADir)).toBe(true);
  });
});
