import { describe, expect, it } from 'vitest';
import { shortStretches } from '../../src/calendar/cadence.js';

const THREE_A_WEEK = { posts: 3, days: 7 };

describe('shortStretches', () => {
  it('finds nothing in a calendar that keeps its cadence, however the week is laid out', () => {
    expect(shortStretches([1, 2, 3, 8, 9, 10, 15, 16, 17, 22, 23, 24], THREE_A_WEEK)).toEqual([]);
    expect(shortStretches([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21], THREE_A_WEEK)).toEqual([]);
  });

  it('judges only the span the calendar covers: shorter than one window is nothing to judge', () => {
    expect(shortStretches([], THREE_A_WEEK)).toEqual([]);
    expect(shortStretches([9, 10], THREE_A_WEEK)).toEqual([]);
    expect(shortStretches([1, 7], THREE_A_WEEK)).toEqual([{ from: 1, to: 7, posts: 2 }]);
  });

  it('gives one short window as a stretch of exactly that window', () => {
    // The window 13–19 holds only the post of the 16th; 12–18 and 14–20 hold three each.
    const days = [6, 7, 8, 9, 10, 11, 12, 12, 16, 20, 20, 21, 22, 23, 24, 25, 26];
    expect(shortStretches(days, THREE_A_WEEK)).toEqual([{ from: 13, to: 19, posts: 1 }]);
  });

  it('joins overlapping short windows into one stretch, and keeps separate stretches apart', () => {
    expect(shortStretches([1, 8, 15, 22, 29], THREE_A_WEEK)).toEqual([{ from: 1, to: 29, posts: 5 }]);
    // Four empty days (8–11) still leave three posts in every 7 days: 6, 7 and 12 are within a week.
    expect(shortStretches([1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18], THREE_A_WEEK)).toEqual([]);
    // Nine empty days, then seven, the second running to the calendar's end.
    const days = [1, 2, 3, 4, 5, 6, 7, /* 8–16 */ 17, 18, 19, 20, 21, 22, 23, /* 24–30 */ 31];
    expect(shortStretches(days, THREE_A_WEEK)).toEqual([{ from: 6, to: 18, posts: 4 }, { from: 22, to: 31, posts: 3 }]);
  });

  it('counts two posts on one day as two, and reads other cadences', () => {
    expect(shortStretches([1, 1, 1, 8, 8, 8], THREE_A_WEEK)).toEqual([]);
    // One post every 14 days: thirteen empty days are fine, fourteen are a gap, eighteen one gap.
    expect(shortStretches([1, 15, 29], { posts: 1, days: 14 })).toEqual([]);
    expect(shortStretches([1, 16, 30], { posts: 1, days: 14 })).toEqual([{ from: 2, to: 15, posts: 0 }]);
    expect(shortStretches([1, 20, 30], { posts: 1, days: 14 })).toEqual([{ from: 2, to: 19, posts: 0 }]);
  });
});
