/**
 * Influencer tiers by follower count (seed 002 §3.2.1: nano 1.000–10.000, micro
 * 10.000–100.000, macro 100.000–1 juta, mega > 1 juta). The seed's ranges share their
 * end points; the shared value belongs to the higher tier, so 10.000 is micro.
 */

export type Tier = 'nano' | 'micro' | 'macro' | 'mega';

/** Inclusive bounds; `max: null` has no upper bound. */
export interface TierBounds { name: Tier; min: number; max: number | null }

export const DEFAULT_TIERS: TierBounds[] = [
  { name: 'nano', min: 1_000, max: 9_999 },
  { name: 'micro', min: 10_000, max: 99_999 },
  { name: 'macro', min: 100_000, max: 999_999 },
  { name: 'mega', min: 1_000_000, max: null },
];

/**
 * The tier of a follower count: the first entry whose bounds hold it, so overlapping
 * config tiers resolve in list order. Null below every tier, in a gap between configured
 * tiers, or for a negative or non-finite count. Fractions are floored (counts are whole).
 */
export function tierOf(followers: number, tiers: TierBounds[] = DEFAULT_TIERS): Tier | null {
  if (typeof followers !== 'number' || !Number.isFinite(followers) || followers < 0) return null;
  const f = Math.floor(followers);
  for (const t of Array.isArray(tiers) ? tiers : DEFAULT_TIERS) {
    if (!t) continue;
    if (f >= t.min && (t.max === null || t.max === undefined || f <= t.max)) return t.name;
  }
  return null;
}
