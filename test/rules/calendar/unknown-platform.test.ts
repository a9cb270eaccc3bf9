import { describe, expect, it } from 'vitest';
import { calendarRows, checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/unknown-platform';

describe("'calendar/unknown-platform'", () => {
  it('fires on a platform it cannot read, with a did-you-mean, or the platforms to choose from', async () => {
    const r = await checkCalendar([{ platform: 'Instagarm' }, { platform: 'Friendster' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.severity])).toEqual([['D3', 'did-you-mean', 'warning'], ['D4', 'unknown', 'warning']]);
    expect(f[0]!.message).toBe('platform "Instagarm" is not recognised, so this post\'s caption limit, hashtags and prime time are not checked; did you mean "Instagram"?');
    expect(f[1]!.message).toBe('platform "Friendster" is not recognised, so this post\'s caption limit, hashtags and prime time are not checked; write one of Instagram, TikTok, YouTube, X (Twitter), or Facebook');
  });

  it('fires on a post with content but a blank platform', async () => {
    const r = await checkCalendar([{ platform: '' }, { platform: '  ', caption: '', hashtags: '', title: '', type: 'Story' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['D3', 'blank'], ['D4', 'blank']]);
    expect(f[0]!.message).toBe('this post has no platform, so its caption limit, hashtags and prime time cannot be checked; fill in the platform');
  });

  it('says once, on the header, that a calendar has no platform column', async () => {
    const f = findingsOf(await checkCalendar([], { rows: calendarRows([{}, {}, {}], ['Platform']) }), RULE);
    expect(f.map((x) => [x.row, x.messageId])).toEqual([[2, 'no-column']]);
    expect(f[0]!.message).toBe('this calendar has no platform column, so no post\'s caption limit, hashtags or prime time can be checked; add a Platform column');
  });

  it('stays quiet on known platforms and marketplaces, a cancelled post, and a row with nothing planned yet', async () => {
    const r = await checkCalendar([{ platform: 'IG' }, { platform: 'TikTok Shop' }, { platform: 'X' }, { platform: 'Shopee' }, { platform: 'Tokped' },
      { platform: '', status: 'Batal' }, { platform: '', caption: '', title: '', type: '', hashtags: '' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ platform: 'Instagarm' }, { platform: '' }], { lang: 'id' });
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual([
      'platform "Instagarm" tidak dikenali, jadi batas caption, hashtag, dan prime time konten ini tidak diperiksa; mungkin maksudnya "Instagram"?',
      'konten ini tidak punya platform, jadi batas caption, hashtag, dan prime time-nya tidak bisa diperiksa; isi platformnya',
    ]);
  });
});
