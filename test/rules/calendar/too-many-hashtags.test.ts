import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/too-many-hashtags';

describe("'calendar/too-many-hashtags'", () => {
  it('fires past Instagram\'s 5, counting the caption\'s tag and the column\'s once each, and names the tags beyond', async () => {
    // The caption holds #iklan; #Herbana repeats #herbana.
    const r = await checkCalendar([{ hashtags: '#herbana #pagisehat #jamu #Herbana #sehat #alami #kunyit' }, { hashtags: '#herbana #pagisehat #jamu #sehat' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['H3', 'warning', 'instagram']]);
    expect(f[0]!.message).toBe('7 hashtags, but Instagram allows 5 on a post since December 2025; drop #alami #kunyit');
  });

  it('points at the caption when every tag is in it', async () => {
    const r = await checkCalendar([{ caption: 'Pagi #a #b #c #d #e #f', hashtags: '#a' }]);
    expect(findingsOf(r, RULE).map((x) => [x.cell, x.message])).toEqual([['G3', '6 hashtags, but Instagram allows 5 on a post since December 2025; drop #f']]);
  });

  it('says YouTube ignores every tag past 60', async () => {
    const tags = Array.from({ length: 61 }, (_, i) => `#tag${i + 1}`).join(' ');
    const r = await checkCalendar([{ platform: 'YouTube', caption: 'Video baru', hashtags: tags }]);
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual(['61 hashtags, but YouTube ignores every hashtag of a video with more than 60; drop #tag61']);
  });

  it('holds every platform to the team\'s calendar.maxHashtags, a row without a platform too, and says it is the team\'s', async () => {
    const r = await checkCalendar([
      { hashtags: '#herbana #pagisehat' }, { hashtags: '#herbana #pagisehat #jamu' }, { platform: 'TikTok', hashtags: '#a #b #c' }, { platform: '', hashtags: '#a #b #c' },
    ], { config: { calendar: { maxHashtags: 3 } } });
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['H4', 'team'], ['H5', 'team'], ['H6', 'team']]);
    expect(f[0]!.message).toBe('4 hashtags, over the team\'s limit of 3 (calendar.maxHashtags in kolops.config.json); drop #jamu');
  });

  it('keeps the platform\'s limit when it is lower than the team\'s', async () => {
    const r = await checkCalendar([{ hashtags: '#a #b #c #d #e' }], { config: { calendar: { maxHashtags: 10 } } });
    expect(findingsOf(r, RULE).map((x) => x.messageId)).toEqual(['instagram']);
  });

  it('names a per-platform limit from config as the team\'s, with its key', async () => {
    const r = await checkCalendar([{ platform: 'TikTok', hashtags: '#a #b' }], { config: { calendar: { platforms: { tiktok: { hashtagLimit: 2 } } } } });
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual(['3 hashtags, over the team\'s limit of 2 for TikTok (calendar.platforms.tiktok.hashtagLimit in kolops.config.json); drop #b']);
  });

  it('stays quiet at the limit, on a platform with none, and when config turns it off', async () => {
    const many = Array.from({ length: 20 }, (_, i) => `#t${i}`).join(' ');
    const r = await checkCalendar([
      { hashtags: '#herbana #pagisehat #jamu #sehat' }, { platform: 'TikTok', hashtags: many }, { platform: 'X', hashtags: many, caption: 'Hai' },
      { platform: 'Friendster', hashtags: many }, { platform: '', hashtags: many },
    ]);
    expect(findingsOf(r, RULE)).toEqual([]);
    const off = await checkCalendar([{ hashtags: many }], { config: { calendar: { platforms: { instagram: { hashtagLimit: null } } } } });
    expect(findingsOf(off, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ hashtags: '#herbana #pagisehat #jamu #sehat #alami' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('6 hashtag, padahal sejak Desember 2025 Instagram hanya mengizinkan 5 per postingan; hapus #alami');
  });
});
