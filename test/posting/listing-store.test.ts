import { describe, expect, it } from 'vitest';
import type { TableInfo } from '../../src/model/table.js';
import { ListingStore, type ListingRef } from '../../src/posting/listing-store.js';

const table = { file: 'a.xlsx', sheet: 'Januari', month: '2024-01' } as unknown as TableInfo;
const other = { file: 'b.xlsx', sheet: 'Februari', month: '2024-02' } as unknown as TableInfo;

function row(n: number, over: Partial<ListingRef> = {}): ListingRef {
  return {
    table, rowNumber: n, kol: `KOL ${n}`, key: `instagram:kol${n}`, nameKey: `name:kol ${n}`, brand: 'Herbana', platform: 'instagram',
    link: `https://www.instagram.com/kol${n}/`, status: 'agreed', statusText: 'YES', postDate: null, shipDate: '2024-01-03',
    deadlineCell: null, contactPerson: null, rowMonth: null, followers: 12_000, address: `Jl. Mawar ${n}`, ...over,
  };
}

describe('ListingStore', () => {
  it('gives every row back as it was added, each field, in one object per row', () => {
    const store = new ListingStore();
    const rows = [
      row(2),
      row(3, { table: other, key: 'name:ayu', nameKey: 'name:ayu', link: null, followers: null, status: null, statusText: '', address: null }),
      row(4, { key: null, nameKey: null, kol: '', brand: null, platform: null, postDate: '2024-01-09', contactPerson: 'Rina', rowMonth: '2024-01' }),
    ];
    for (const r of rows) store.add(r);
    expect(store.size).toBe(3);
    rows.forEach((r, i) => expect(store.ref(i)).toEqual(r));
    expect(store.ref(1)).toBe(store.ref(1));
    expect(store.keys(1)).toEqual({ key: 'name:ayu', nameKey: 'name:ayu' });
    expect(store.keys(2)).toEqual({ key: null, nameKey: null });
    expect(store.shared(0)).toBe(store.shared(0));
    expect(store.shared(1).table).toBe(other);
  });

  it('grows past its first arrays without losing rows', () => {
    const store = new ListingStore();
    for (let i = 0; i < 5000; i++) store.add(row(i, { followers: i % 7 ? i : null }));
    expect(store.ref(4999)).toEqual(row(4999, { followers: 4999 % 7 ? 4999 : null }));
    expect(store.ref(0)).toEqual(row(0, { followers: null }));
  });

  it('keeps every follower count as it was: none, zero, whole, fractional, past 4 billion, the sentinels themselves', () => {
    const store = new ListingStore();
    const counts = [null, 0, 354_000, 1.5, 5_000_000_000, 0xfffffffe, 0xffffffff, -3, null, 12];
    counts.forEach((followers, i) => store.add(row(i, { followers })));
    expect(counts.map((_, i) => store.ref(i).followers)).toEqual(counts);
  });
});
