import { describe, expect, it } from 'vitest';
import { TextArena } from '../../src/collections/text-arena.js';

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
    const arena = new TextArena();
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
});
