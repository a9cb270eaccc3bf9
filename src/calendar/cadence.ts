/**
 * A platform's posting rhythm against its cadence (config
 * `calendar.platforms.<platform>.cadence`): where a calendar falls short of it.
 */

/** A stretch of days [from, to] (day numbers) and how many posts fall in it. */
export interface Stretch { readonly from: number; readonly to: number; readonly posts: number }

/**
 * The stretches of a platform's calendar that fall short of its cadence of `posts` every
 * `days` days. Only what the calendar covers is judged: from its first planned date to
 * its last. Each `days`-day window inside that span holding fewer than `posts` posts is
 * short; overlapping and touching short windows join into one stretch, from the first
 * short window's first day to the last one's last day. A span shorter than one window
 * has nothing to judge.
 */
export function shortStretches(sortedDays: readonly number[], cadence: { posts: number; days: number }): Stretch[] {
  const out: Stretch[] = [];
  if (sortedDays.length === 0) return out;
  const first = sortedDays[0]!;
  const last = sortedDays[sortedDays.length - 1]!;
  let lo = 0; // first post on or after the window's start
  let hi = 0; // first post after the window's end
  let open: number | null = null; // start of the current run of short windows
  const close = (lastStart: number) => {
    const from = open!;
    const to = lastStart + cadence.days - 1;
    out.push({ from, to, posts: sortedDays.filter((d) => d >= from && d <= to).length });
    open = null;
  };
  for (let start = first; start + cadence.days - 1 <= last; start++) {
    while (lo < sortedDays.length && sortedDays[lo]! < start) lo++;
    while (hi < sortedDays.length && sortedDays[hi]! <= start + cadence.days - 1) hi++;
    const short = hi - lo < cadence.posts;
    if (short && open === null) open = start;
    if (!short && open !== null) close(start - 1);
  }
  if (open !== null) close(last - cadence.days + 1);
  return out;
}
