import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf, type Post } from './calendar-fixture.js';

const RULE = 'calendar/gap';

/** Posts on these days of October 2025, each with its own caption and link so no other rule joins in. */
const october = (days: number[], p: Post = {}): Post[] => days.map((d, i) => ({
  date: `${d}/10/2025`, caption: `Pagi ke-${i + 1} bersama Herbana hangat @herbana.id #iklan`, link: `https://www.instagram.com/reel/Cx${i}/`, ...p,
}));

/** Three posts every week, Monday to Wednesday: Instagram's default cadence, kept. */
const THREE_A_WEEK = [6, 7, 8, 13, 14, 15, 20, 21, 22, 27, 28, 29];

describe("'calendar/gap'", () => {
  it('fires once on a week short of the cadence, on the post that ends it, saying the stretch and the config key', async () => {
    // 13–19 October holds one post (the 16th); the weeks either side hold three or more.
    const r = await checkCalendar(october([6, 7, 8, 9, 10, 11, 12, 12, 16, 20, 20, 21, 22, 23, 24, 25, 26]));
    const f = findingsOf(r, RULE);
    expect(f).toMatchObject([{ severity: 'info', messageId: 'gap', row: 12, cell: 'B12', brand: 'Herbana', month: '2025-10',
      args: { n: 1, from: '2025-10-13', to: '2025-10-19', posts: 3, days: 7, platformId: 'instagram' } }]);
    expect(f[0]!.message).toBe('Instagram (Herbana): 1 post from 13 October 2025 to 19 October 2025; the cadence is 3 posts every 7 days (config calendar.platforms.instagram.cadence): plan more posts there, or change the cadence');
  });

  it('gives a long thin stretch one finding, on the last post when the stretch runs to the end', async () => {
    const r = await checkCalendar(october([1, 8, 15, 22, 29]));
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.row, x.messageId, x.args.from, x.args.to, x.args.n])).toEqual([[7, 'gap-long', '2025-10-01', '2025-10-29', 5]]);
    expect(f[0]!.message).toBe('Instagram (Herbana): 5 posts from 1 October 2025 to 29 October 2025, with no 7 days in a row holding 3; the cadence is 3 posts every 7 days (config calendar.platforms.instagram.cadence): plan more posts there, or change the cadence');
  });

  it('stays quiet on a calendar that keeps its cadence, and on one too short to judge', async () => {
    expect(findingsOf(await checkCalendar(october(THREE_A_WEEK)), RULE)).toEqual([]);
    expect(findingsOf(await checkCalendar(october([9, 14])), RULE)).toEqual([]);
  });

  it('counts each platform and brand apart, and uses each platform\'s own cadence', async () => {
    const r = await checkCalendar([
      ...october(THREE_A_WEEK),
      ...october([1, 8, 15], { brand: 'Herbamojo', caption: 'Herbamojo untuk pria aktif @herbamojo #iklan' }).map((p, i) => ({ ...p, caption: `${p.caption} ${i}` })),
      // X wants 5 posts a week: three a week is short there.
      ...october(THREE_A_WEEK, { platform: 'X', link: 'https://x.com/herbana/status/1' }).map((p, i) => ({ ...p, caption: `Tweet ${i} Herbana hangat @herbana.id #iklan` })),
    ]);
    expect(findingsOf(r, RULE).map((x) => x.args.who)).toEqual(['Instagram (Herbamojo)', 'X (Herbana)']);
    expect(findingsOf(r, RULE)[1]!.message).toContain('the cadence is 5 posts every 7 days (config calendar.platforms.twitter.cadence)');
  });

  it('does not count cancelled posts, and follows the config\'s cadence, null turning it off', async () => {
    const cancelled = october(THREE_A_WEEK).map((p, i) => (i >= 3 && i < 6 ? { ...p, status: 'Batal' } : p));
    expect(findingsOf(await checkCalendar(cancelled), RULE).map((x) => [x.args.from, x.args.to])).toEqual([['2025-10-07', '2025-10-21']]);
    const weekly = october([1, 8, 15, 22, 29]);
    expect(findingsOf(await checkCalendar(weekly, { config: { calendar: { platforms: { instagram: { cadence: { posts: 1, days: 7 } } } } } }), RULE)).toEqual([]);
    expect(findingsOf(await checkCalendar(weekly, { config: { calendar: { platforms: { instagram: { cadence: null } } } } }), RULE)).toEqual([]);
  });

  it('leaves undated posts, unreadable platforms and marketplaces out', async () => {
    const r = await checkCalendar([...october([1, 8, 15, 22, 29], { platform: 'Shopee' }), ...october([1, 29], { platform: 'Instagarm' }), { date: '' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar(october([6, 7, 8, 9, 10, 11, 12, 12, 16, 20, 20, 21, 22, 23, 24, 25, 26]), { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('Instagram (Herbana): 1 posting dari 13 Oktober 2025 sampai 19 Oktober 2025; ritmenya 3 posting setiap 7 hari (config calendar.platforms.instagram.cadence): rencanakan lebih banyak posting di rentang itu, atau ubah ritmenya');
  });
});
