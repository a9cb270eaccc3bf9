import { describe, expect, it } from 'vitest';
import { checkMemory } from '../../helpers/memory.js';
import { CALENDAR_CONFIG, CALENDAR_HEADER, CLEAN_POST, checkCalendar, findingsOf, postRow } from './calendar-fixture.js';

const RULE = 'calendar/same-caption';
const CAPTION = String(CLEAN_POST.caption); // 'Awali pagimu dengan segelas Herbana hangat @herbana.id #iklan'

describe("'calendar/same-caption'", () => {
  it('fires on the later row when one caption is planned on two platforms, case, spaces, punctuation, emoji and hashtags aside', async () => {
    const r = await checkCalendar([
      { platform: 'Instagram' },
      { platform: 'TikTok', caption: '🌿 AWALI pagimu,  dengan segelas Herbana hangat!! @herbana.id #fyp #herbana', link: 'https://www.tiktok.com/@herbana.id/video/1' },
    ]);
    const f = findingsOf(r, RULE);
    expect(f).toMatchObject([{ severity: 'warning', row: 4, cell: 'G4', brand: 'Herbana', month: '2025-10',
      args: { platform: 'TikTok', firstPlatform: 'Instagram', firstRow: 3 } }]);
    expect(f[0]!.message).toBe('this TikTok caption is the caption of row 3 of this sheet (Instagram); each platform has its own audience and limits, so write this one for TikTok');
  });

  it('gives one finding per later row on another platform, each naming the first row', async () => {
    const r = await checkCalendar([{ platform: 'Instagram' }, { platform: 'IG' }, { platform: 'TikTok' }, { platform: 'X' }, { platform: 'TikTok' }]);
    expect(findingsOf(r, RULE).map((x) => [x.row, x.args])).toEqual([
      [5, { platform: 'TikTok', firstPlatform: 'Instagram', firstRow: 3, sheet: 'Oktober', file: 'calendar.xlsx' }],
      [6, { platform: 'X', firstPlatform: 'Instagram', firstRow: 3, sheet: 'Oktober', file: 'calendar.xlsx' }],
      [7, { platform: 'TikTok', firstPlatform: 'Instagram', firstRow: 3, sheet: 'Oktober', file: 'calendar.xlsx' }],
    ]);
  });

  it('stays quiet on one platform twice, on different captions, and on another account tagged', async () => {
    const r = await checkCalendar([
      { platform: 'Instagram' }, { platform: 'Instagram', date: 'Jumat, 10 Oktober 2025' },
      { platform: 'TikTok', caption: 'Segelas Herbana hangat untuk pagi yang sibuk @herbana.id #iklan' },
      { platform: 'Facebook', caption: CAPTION.replace('@herbana.id', '@herbamojo') },
    ]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('does not compare a caption shorter than 20 characters once normalised: a teaser may go everywhere', async () => {
    // "Coming soon! 🔥 #herbana" is "comingsoon", 10 characters; "Segera hadir di semua toko" is 22 and counts.
    const r = await checkCalendar([
      { platform: 'Instagram', caption: 'Coming soon! 🔥 #herbana' }, { platform: 'TikTok', caption: 'coming SOON #fyp' },
      { platform: 'Instagram', caption: 'Segera hadir di semua toko' }, { platform: 'TikTok', caption: 'Segera hadir di semua toko!' },
    ]);
    expect(findingsOf(r, RULE).map((x) => x.row)).toEqual([6]);
  });

  it('leaves cancelled posts and posts without a readable platform out, as first row and as later row', async () => {
    const r = await checkCalendar([
      { platform: 'Instagram', status: 'Batal' }, { platform: 'TikTok' }, { platform: 'Instagarm' }, { platform: '' },
      { platform: 'Facebook', status: 'Cancelled' }, { platform: 'YouTube' },
    ]);
    expect(findingsOf(r, RULE).map((x) => [x.row, x.args.firstRow, x.args.firstPlatform])).toEqual([[8, 4, 'TikTok']]);
  });

  it('names the first row\'s sheet when it is on another sheet, and its file when in another file', async () => {
    const sheet = (name: string, platform: string) => ({ name, rows: [[...CALENDAR_HEADER], postRow(1, { platform })] });
    const r = await checkMemory({ 'a.xlsx': [sheet('Oktober', 'Instagram'), sheet('Oktober TikTok', 'TikTok')], 'b.xlsx': [sheet('X', 'X')] },
      CALENDAR_CONFIG, { asOf: '2025-10-31' });
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.file, x.sheet, x.row, x.messageId])).toEqual([['a.xlsx', 'Oktober TikTok', 2, 'same-sheet'], ['b.xlsx', 'X', 2, 'same-file']]);
    expect(f[0]!.message).toBe('this TikTok caption is the caption of row 2 of sheet "Oktober" (Instagram); each platform has its own audience and limits, so write this one for TikTok');
    expect(f[1]!.message).toBe('this X caption is the caption of a.xlsx, sheet "Oktober", row 2 (Instagram); each platform has its own audience and limits, so write this one for X');
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ platform: 'Instagram' }, { platform: 'TikTok' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('caption TikTok ini sama dengan caption baris 3 sheet ini (Instagram); setiap platform punya audiens dan batasannya sendiri, jadi tulis caption ini khusus untuk TikTok');
  });
});
