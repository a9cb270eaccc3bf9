import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engagementRate } from '../../src/compliance/engagement.js';

describe('engagementRate', () => {
  it('uses views for TikTok and YouTube, even when followers are known', () => {
    expect(engagementRate({ views: 10_000, likes: 450, comments: 50, followers: 100_000, platform: 'tiktok' }))
      .toEqual({ rate: 5, denominator: 'views', interactions: 500 });
    expect(engagementRate({ views: 2_000, likes: 20, comments: 0, followers: 50_000, platform: 'YouTube' }))
      .toEqual({ rate: 1, denominator: 'views', interactions: 20 });
  });
  it('uses followers for Instagram when known', () => {
    expect(engagementRate({ views: 30_000, likes: 900, comments: 100, followers: 50_000, platform: 'instagram' }))
      .toEqual({ rate: 2, denominator: 'followers', interactions: 1_000 });
  });
  it('falls back to views when followers are not known', () => {
    expect(engagementRate({ views: 12_500, likes: 820, comments: 41, platform: 'instagram' }))
      .toEqual({ rate: 6.888, denominator: 'views', interactions: 861 });
    expect(engagementRate({ views: 1_000, likes: 10, comments: null, followers: null, platform: null }))
      .toEqual({ rate: 1, denominator: 'views', interactions: 10 });
  });
  it('counts a missing likes or comments count as 0', () => {
    expect(engagementRate({ views: 1_000, likes: null, comments: 30, platform: 'tiktok' })?.interactions).toBe(30);
  });
  it('is null without interactions or without a denominator', () => {
    expect(engagementRate({ views: 1_000, likes: null, comments: null, platform: 'tiktok' })).toBeNull();
    expect(engagementRate({ views: null, likes: 10, comments: 1, followers: 5_000, platform: 'tiktok' })).toBeNull();
    expect(engagementRate({ views: 0, likes: 10, comments: 1, platform: 'tiktok' })).toBeNull();
    expect(engagementRate({ views: null, likes: 10, comments: 1, followers: null, platform: 'instagram' })).toBeNull();
    expect(engagementRate({ views: null, likes: 10, comments: 1, followers: 0, platform: 'instagram' })).toBeNull();
  });
  it('never throws, and a rate is finite and not negative', () => {
    const n = fc.oneof(fc.constant(null), fc.double(), fc.integer());
    fc.assert(fc.property(n, n, n, fc.oneof(fc.constant(undefined), n), fc.oneof(fc.constant(null), fc.string(), fc.constantFrom('tiktok', 'youtube', 'instagram')),
      (views, likes, comments, followers, platform) => {
        const r = engagementRate({ views, likes, comments, followers, platform });
        if (r) {
          expect(Number.isFinite(r.rate)).toBe(true);
          expect(r.rate).toBeGreaterThanOrEqual(0);
        }
      }));
  });
});
