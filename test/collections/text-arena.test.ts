import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { BLOCKS_IN_MEMORY, TextArena } from '../../src/collections/text-arena.js';

const scratchDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith('kolops-scratch-'));

describe('TextArena', () => {
  it('gives back every field as stored: null apart from empty, any script, any length', () => {
    const arena = new TextArena();
    const records: (string | null)[][] = [
      ['Nata Shina', null, '', 'https://www.instagram.com/natashina/'],
      ['عائشة', 'name:日本語 ✓', '\u0000x', null],
      ['x'.repeat(200), 'y'.repeat(20_000), 'z', ''],
    ];
    const handles = records.map((r) => arena.add(r));
    records.forEach((r, i) => expect(arena.read(handles[i]!, r.length)).toEqual(r));
  });

  it('starts a new block when one is full, and gives a record larger than a block one of its own', () => {
    const arena = new TextArena({ blocksInMemory: Infinity });
    const big = 'b'.repeat(3 * 1024 * 1024);
    const handles: number[] = [];
    for (let i = 0; i < 60_000; i++) handles.push(arena.add([`KOL ${i}`, `https://www.instagram.com/kol${i}/`]));
    const hBig = arena.add([big, 'after']);
    const hAfter = arena.add(['next']);
    expect(arena.bytes).toBeGreaterThan(2 * 1024 * 1024 + big.length);
    for (const i of [0, 1, 29_999, 59_999]) expect(arena.read(handles[i]!, 2)).toEqual([`KOL ${i}`, `https://www.instagram.com/kol${i}/`]);
    expect(arena.read(hBig, 2)).toEqual([big, 'after']);
    expect(arena.read(hAfter, 1)).toEqual(['next']);
  });

  it('costs about the text itself: 100,000 rows of name and link in well under 10 MB', () => {
    const arena = new TextArena();
    let text = 0;
    for (let i = 0; i < 100_000; i++) {
      const f = [`KOL ${i}`, `https://www.instagram.com/kol${i}/`];
      text += f[0]!.length + f[1]!.length;
      arena.add(f);
    }
    // Text bytes plus one length byte a field, and at most one partly used block.
    expect(arena.bytes).toBeLessThan(text + 2 * 100_000 + 1024 * 1024 + 1);
  });

  it('past its blocks in memory keeps the older ones on disk, and reads them back in order, by jumps and whole when long', () => {
    const before = new Set(scratchDirs());
    const arena = new TextArena({ blocksInMemory: 2 });
    const rows: (string | null)[][] = [];
    const handles: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      // Now and then a record of two blocks' worth, and multi-byte text at every boundary there is.
      const row = i % 50_000 === 7 ? [`KOL ${i}`, 'é'.repeat(1_100_000)] : [`Ñoño ${i} 🙂`, i % 3 ? null : `https://www.tiktok.com/@kol${i}`, ''];
      rows.push(row);
      handles.push(arena.add(row));
    }
    expect(arena.spilledBytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(arena.bytes).toBeLessThanOrEqual(2 * 2.2 * 1024 * 1024);
    const mine = scratchDirs().filter((d) => !before.has(d));
    expect(mine).toHaveLength(1);
    // In order (the join's passes), then jumping about (a repeat's earlier rows).
    for (let i = 0; i < rows.length; i++) if (JSON.stringify(arena.read(handles[i]!, rows[i]!.length)) !== JSON.stringify(rows[i])) expect(i).toBe(-1);
    for (let k = 0; k < 20_000; k++) {
      const i = (k * 7919) % rows.length;
      expect(arena.read(handles[i]!, rows[i]!.length)).toEqual(rows[i]);
    }
    arena.release();
    expect(scratchDirs().filter((d) => !before.has(d))).toEqual([]);
  });

  it('keeps only its newest blocks in memory by default', () => {
    const arena = new TextArena();
    for (let i = 0; i < 300_000; i++) arena.add([`KOL ${i}`, `https://www.instagram.com/kol${i}/`]);
    expect(arena.bytes).toBe(BLOCKS_IN_MEMORY * 1024 * 1024);
    arena.release();
  });

  it('without a writable temp directory keeps every block in memory, and reads all back', () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/kolops';
    try {
      const arena = new TextArena({ blocksInMemory: 1 });
      const handles: number[] = [];
      for (let i = 0; i < 100_000; i++) handles.push(arena.add([`KOL ${i}`, `https://www.instagram.com/kol${i}/`]));
      expect(arena.spilledBytes).toBe(0);
      expect(arena.bytes).toBeGreaterThan(3 * 1024 * 1024);
      for (const i of [0, 50_000, 99_999]) expect(arena.read(handles[i]!, 2)).toEqual([`KOL ${i}`, `https://www.instagram.com/kol${i}/`]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
