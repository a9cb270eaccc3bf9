import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/caption-too-long';
const LONG_LINK = 'https://www.herbana.id/produk/jamu-kunyit-asam-botol-250ml?utm_source=x&utm_medium=social&utm_campaign=oktober';

describe("'calendar/caption-too-long'", () => {
  it('fires on an Instagram caption one character over 2,200, at the caption cell', async () => {
    const r = await checkCalendar([{ caption: 'a'.repeat(2201), hashtags: '' }, { caption: 'a'.repeat(2200), hashtags: '' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['G3', 'error', 'too-long']]);
    expect(f[0]!.message).toBe('the caption is 2,201 characters, over Instagram\'s limit of 2,200 by 1; shorten it');
  });

  it('counts the hashtag column\'s tags that go out after the caption, and says when they push it over', async () => {
    // 2,190 + a blank line (2) + "#herbana #pagisehat" (19) = 2,211.
    const r = await checkCalendar([{ caption: 'a'.repeat(2190), hashtags: '#herbana #pagisehat' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['H3', 'tags-push-over']]);
    expect(f[0]!.message).toContain('the caption is 2,190 characters and fits, but the 2 tags of the hashtag column');
    expect(f[0]!.message).toContain('(#herbana #pagisehat) make it 2,211, over Instagram\'s limit of 2,200 by 11');
  });

  it('says both lengths when the caption alone is over and the tags add more', async () => {
    const r = await checkCalendar([{ caption: 'a'.repeat(2300), hashtags: '#herbana' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['G3', 'too-long-with-tags']]);
    expect(f[0]!.message).toContain('2,300 characters, 2,310 with the 1 tag of the hashtag column');
  });

  it('does not count a column tag the caption already holds (case aside)', async () => {
    const r = await checkCalendar([{ caption: `${'a'.repeat(2191)} #herbana`, hashtags: '#Herbana' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('weighs an X caption as X does: a long link 23, an emoji 2, CJK 2, and says so', async () => {
    // 250 + space + link (23) + space + two emoji (4) = 279: fits, though the text is 365 code units long.
    const fits = `${'x'.repeat(250)} ${LONG_LINK} 🌿🌿`;
    const over = `${'x'.repeat(252)} ${LONG_LINK} 🌿🌿`;
    const r = await checkCalendar([
      { platform: 'X', caption: fits, hashtags: '' },
      { platform: 'X', caption: over, hashtags: '' },
      { platform: 'Twitter', caption: '健'.repeat(141), hashtags: '' },
    ]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => x.cell)).toEqual(['G4', 'G5']);
    expect(f[0]!.message).toBe('the caption is 281 characters as X counts them (a link weighs 23, an emoji 2), over X\'s limit of 280 by 1; shorten it');
    expect(f[1]!.message).toContain('282 characters as X counts them');
  });

  it('stays quiet without a known platform, on a platform with no limit, and when config turns the limit off', async () => {
    const long = 'a'.repeat(5000);
    // YouTube: 4,979 + a blank line + "#herbana #pagisehat" = 5,000, its limit exactly.
    const r = await checkCalendar([
      { platform: '', caption: long }, { platform: 'Friendster', caption: long }, { platform: 'Shopee', caption: long },
      { platform: 'Instagram', caption: long }, { platform: 'YouTube', caption: 'a'.repeat(4979) },
    ], { config: { calendar: { platforms: { instagram: { captionLimit: null } } } } });
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('holds a caption to the limit config sets', async () => {
    const r = await checkCalendar([{ caption: 'a'.repeat(120), hashtags: '' }], { config: { calendar: { platforms: { instagram: { captionLimit: 100 } } } } });
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual(['the caption is 120 characters, over Instagram\'s limit of 100 by 20; shorten it']);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ caption: 'a'.repeat(2201), hashtags: '' }, { platform: 'X', caption: '🌿'.repeat(141), hashtags: '' }], { lang: 'id' });
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual([
      'caption berisi 2.201 karakter, 1 lebih banyak dari batas Instagram (2.200); pendekkan caption-nya',
      'caption berisi 282 karakter menurut hitungan X (link dihitung 23, emoji 2), 2 lebih banyak dari batas X (280); pendekkan caption-nya',
    ]);
  });
});
