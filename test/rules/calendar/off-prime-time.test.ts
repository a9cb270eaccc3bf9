import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/off-prime-time';

describe("'calendar/off-prime-time'", () => {
  it('notes an Instagram post at 16.00, outside 11:00-13:00 and 19:00-22:00, at the time cell, and says whose windows they are', async () => {
    const r = await checkCalendar([{ time: '16.00' }, { time: '12:30' }, { time: '21.59' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['C3', 'info', 'off']]);
    expect(f[0]!.message).toBe('the time "16.00 WIB" is outside Instagram\'s prime time (11:00-13:00 and 19:00-22:00 WIB); these windows are the team\'s own (calendar.platforms.instagram.primeTime in kolops.config.json): move the post into one, or set them from the account\'s insights');
  });

  it('moves a WITA or WIT time into WIB before comparing, and says what it is there', async () => {
    const r = await checkCalendar([{ time: '19.00 WITA' }, { time: '20.00 WITA' }, { time: 'pukul 21.30 WIT' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['C3', 'off-shifted']]);
    expect(f[0]!.message).toContain('the time "19.00 WITA" is 18:00 WIB, outside Instagram\'s prime time (11:00-13:00 and 19:00-22:00 WIB)');
  });

  it('reads the windows in the team\'s own zone (calendar.timeZone)', async () => {
    // 10.30 WIB is 11:30 WITA: inside 11:00-13:00 WITA, though outside it in WIB.
    const r = await checkCalendar([{ time: '10.30 WIB' }, { time: '18.30' }], { config: { calendar: { timeZone: 'WITA' } } });
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['C4', 'off']]);
    expect(f[0]!.message).toContain('"18.30 WITA"');
  });

  it('takes a window across midnight as the night it means', async () => {
    const config = { calendar: { platforms: { tiktok: { primeTime: ['22:00-01:00'] } } } };
    const r = await checkCalendar([{ platform: 'TikTok', time: '00.30' }, { platform: 'TikTok', time: '23.00' }, { platform: 'TikTok', time: '01.00' }], { config });
    const f = findingsOf(r, RULE);
    expect(f.map((x) => x.cell)).toEqual(['C5']);
    expect(f[0]!.message).toContain('the time "01.00 WIB" is outside TikTok\'s prime time (22:00-01:00 WIB)');
  });

  it('holds stories and lives to the same windows, names X as X, and shows a time cell as a clock', async () => {
    const r = await checkCalendar([{ type: 'IG Story', time: '15.00' }, { type: 'Live', time: 'jam 3 sore' }, { platform: 'X', caption: 'Hai', time: 16 / 24 }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => x.cell)).toEqual(['C3', 'C4', 'C5']);
    expect(f[1]!.message).toContain('"jam 3 sore WIB"');
    expect(f[2]!.message).toContain('the time "16:00 WIB" is outside X\'s prime time (07:00-09:00, 12:00-13:00, and 19:00-21:00 WIB)');
  });

  it('stays quiet without a readable time or platform, on a platform with no windows, and on a cancelled post', async () => {
    const r = await checkCalendar([
      { time: '' }, { time: 'besok' }, { time: '25.00' }, { platform: '', time: '16.00' }, { platform: 'Shopee', time: '16.00' },
      { status: 'Batal', time: '16.00' }, { platform: 'TikTok', time: '16.00' },
    ], { config: { calendar: { platforms: { tiktok: { primeTime: [] } } } } });
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('reads the time written in the date cell when there is no time of its own', async () => {
    const r = await checkCalendar([{ date: 'Kamis, 9 Oktober 2025 16.00', time: '' }, { date: 'Kamis, 9 Oktober 2025 19.00', time: '' }]);
    expect(findingsOf(r, RULE).map((x) => [x.cell, x.message.slice(0, 28)])).toEqual([['C3', 'the time "16.00 WIB" is outs']]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ time: '16.00' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('jam "16.00 WIB" di luar prime time Instagram (11:00-13:00 dan 19:00-22:00 WIB); jendela waktu ini milik tim sendiri (calendar.platforms.instagram.primeTime di kolops.config.json): pindahkan konten ke salah satunya, atau atur jendelanya dari insight akun');
  });
});
