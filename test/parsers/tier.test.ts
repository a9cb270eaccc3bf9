import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Tier, TierBounds } from '../../src/parsers/tier.js';
import { DEFAULT_TIERS, tierOf } from '../../src/parsers/tier.js';
import { parseCount } from '../../src/parsers/count.js';

describe('tierOf', () => {
  it.each<[number, Tier | null]>([
    [0, null], [999, null], [1_000, 'nano'], [8_301, 'nano'], [9_999, 'nano'], [10_000, 'micro'], [99_999, 'micro'],
    [100_000, 'macro'], [999_999, 'macro'], [1_000_000, 'mega'], [50_000_000, 'mega'], [9_999.5, 'nano'],
    [-1, null], [Number.NaN, null], [Number.POSITIVE_INFINITY, null],
  ])('%d → %j', (n, tier) => {
    expect(tierOf(n)).toBe(tier);
  });

  // Seed 002 "Gambar 3.1" followers, through parseCount.
  it.each<[string, Tier]>([
    ['354K', 'macro'], ['85.3K', 'micro'], ['8.301', 'nano'], ['10K', 'micro'], ['10.5K', 'micro'], ['41K', 'micro'], ['142.3K', 'macro'],
  ])('seed %s → %s', (text, tier) => {
    const c = parseCount(text);
    expect(c.ok && tierOf(c.value)).toBe(tier);
  });

  it('uses configured tiers, first match wins, gaps give null', () => {
    const tiers: TierBounds[] = [{ name: 'nano', min: 500, max: 5_000 }, { name: 'micro', min: 5_000, max: 50_000 }, { name: 'mega', min: 60_000, max: null }];
    expect(tierOf(5_000, tiers)).toBe('nano');
    expect(tierOf(55_000, tiers)).toBeNull();
    expect(tierOf(499, tiers)).toBeNull();
    expect(tierOf(60_000, tiers)).toBe('mega');
  });

  it('default tiers cover every count from 1.000 up, in order, without overlap', () => {
    fc.assert(fc.property(fc.integer({ min: 1_000, max: 1e12 }), fc.integer({ min: 0, max: 1e6 }), (n, d) => {
      const order = DEFAULT_TIERS.map((t) => t.name);
      const a = tierOf(n);
      const b = tierOf(n + d);
      expect(a).not.toBeNull();
      expect(order.indexOf(b ?? 'nano')).toBeGreaterThanOrEqual(order.indexOf(a ?? 'nano'));
      expect(DEFAULT_TIERS.filter((t) => n >= t.min && (t.max === null || n <= t.max))).toHaveLength(1);
    }));
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.double(), (n) => { tierOf(n); }));
  });
});
