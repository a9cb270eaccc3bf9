import { describe, expect, it } from 'vitest';
import { CALENDAR_HEADER, checkCalendar, findingsOf, postRow } from './calendar-fixture.js';

const RULE = 'calendar/date-unparseable';

describe("'calendar/date-unparseable'", () => {
  it('fires as an error on a publishing date it cannot read, or that does not exist', async () => {
    const r = await checkCalendar([{ date: 'besok pagi' }, { date: 'Kamis, 32 Oktober 2025' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.severity])).toEqual([['B3', 'unparseable', 'error'], ['B4', 'invalid-date', 'error']]);
    expect(f[0]!.message).toBe('publishing date "besok pagi" cannot be read as a date; write it as e.g. "Kamis, 9 Oktober 2025", 09/10/2025 or 2025-10-09');
    expect(f[1]!.message).toBe('publishing date "Kamis, 32 Oktober 2025" is not a real calendar date; correct the day or the month');
  });

  it('fires on a date without a year when nothing gives one', async () => {
    // No title row, a sheet name without a year, no year in config: "9 Oktober" of which year?
    const rows = [[...CALENDAR_HEADER], postRow(1, { date: '9 Oktober', approvalDate: '', created: '' })];
    const f = findingsOf(await checkCalendar([], { rows, config: { year: undefined } }), RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['B2', 'needs-year']]);
    expect(f[0]!.message).toBe('publishing date "9 Oktober" has no year and nothing says which; add it, or pass --year / set "year" in the config');
  });

  it('warns about a post with content and no publishing date (blank, a dash, TBA), but not about a cancelled one', async () => {
    const r = await checkCalendar([{ date: '' }, { date: '', status: 'Batal' }, { date: '-' }, { date: 'TBA' }, { date: 'Menyusul' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.severity])).toEqual([
      ['B3', 'missing', 'warning'], ['B5', 'missing', 'warning'], ['B6', 'missing', 'warning'], ['B7', 'missing', 'warning']]);
    expect(f[0]!.message).toBe('this post has no publishing date, so overdue, lead-time and approval checks cannot run for it; fill in the date it goes out');
  });

  it('warns about an unreadable time, naming the time column or the date cell it was written in', async () => {
    const r = await checkCalendar([{ time: 'sore' }, { time: '25.00' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.severity])).toEqual([['C3', 'time-unparseable', 'warning'], ['C4', 'time-out-of-range', 'warning']]);
    expect(f[0]!.message).toBe('publishing time "sore" cannot be read as a time, so prime time is not checked; write it as e.g. 19.00, 19:00 or 7 PM (WIB unless it says WITA or WIT)');
    expect(f[1]!.message).toBe('publishing time "25.00" is not a time of day (hours 0 to 23, minutes 0 to 59), so prime time is not checked; correct it');
  });

  it('warns about an unreadable approval or created date, saying which column', async () => {
    const r = await checkCalendar([{ approvalDate: 'kemarin' }, { created: '31/09/2025' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.severity])).toEqual([['K3', 'other-unparseable', 'warning'], ['L4', 'other-invalid-date', 'warning']]);
    expect(f[0]!.message).toBe('approval date "kemarin" cannot be read as a date, so the checks that compare it with the publishing date skip this post; write it as e.g. 20/09/2025 or 2025-09-20');
    expect(f[1]!.message).toBe('date created "31/09/2025" is not a real calendar date, so the checks that compare it with the publishing date skip this post; correct the day or the month');
  });

  it('stays quiet on dates and times written the ways calendars write them, and on blank approval and created dates', async () => {
    const r = await checkCalendar([{}, { date: '10/10/2025', time: '7 PM' }, { date: 45940, time: 'jam 7 malam' }, { date: 'Sabtu, 11 Oktober 2025 19.00 WIB', time: '' },
      { approvalDate: '', created: '', approvedBy: '' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ date: 'besok pagi' }, { approvalDate: 'kemarin' }], { lang: 'id' });
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual([
      'tanggal tayang "besok pagi" tidak bisa dibaca sebagai tanggal; tulis mis. "Kamis, 9 Oktober 2025", 09/10/2025, atau 2025-10-09',
      'tanggal disetujui "kemarin" tidak bisa dibaca sebagai tanggal, jadi pemeriksaan yang membandingkannya dengan tanggal tayang melewati konten ini; tulis mis. 20/09/2025 atau 2025-09-20',
    ]);
  });
});
