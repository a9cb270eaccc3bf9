import { describe, expect, it } from 'vitest';
import type { TableInfo } from '../../src/model/table.js';
import { FirstSeen } from '../../src/rules/support.js';

const table = (file: string, sheet: string) => ({ file, sheet }) as TableInfo;

describe('FirstSeen', () => {
  it('answers where a key of a scope was first seen, across sheets and files', () => {
    const seen = new FirstSeen();
    const sep = table('a.xlsx', 'September');
    expect(seen.check('2024-09', 'account:herbana99', sep, 5)).toBeNull();
    expect(seen.check('2024-09', 'account:herbana99', sep, 9)).toEqual({ file: 'a.xlsx', sheet: 'September', row: 5 });
    expect(seen.check('2024-09', 'account:herbana99', table('b.csv', 'b'), 2_000_000)).toEqual({ file: 'a.xlsx', sheet: 'September', row: 5 });
    expect(seen.check('2024-10', 'account:herbana99', table('b.csv', 'b'), 2_000_001)).toBeNull();
    expect(seen.check('2024-10', 'account:herbana99', sep, 3)).toEqual({ file: 'b.csv', sheet: 'b', row: 2_000_001 });
  });

  it('keeps kinds apart: an account and a name that read alike are two keys', () => {
    const seen = new FirstSeen();
    const t = table('a.xlsx', 'S');
    expect(seen.check('m', 'account:dewi', t, 1)).toBeNull();
    expect(seen.check('m', 'name:dewi', t, 2)).toBeNull();
    expect(seen.check('m', 'dewi', t, 3)).toBeNull();
    expect(seen.check('m', 'name:dewi', t, 4)).toEqual({ file: 'a.xlsx', sheet: 'S', row: 2 });
    expect(seen.check('m', 'name:dewi 🌸', t, 5)).toBeNull();
    expect(seen.check('m', 'name:dewi 🌸', t, 6)).toEqual({ file: 'a.xlsx', sheet: 'S', row: 5 });
  });
});
