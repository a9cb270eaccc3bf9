import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../helpers/memory.js';
import { CALENDAR_HEADER, checkCalendar, findingsOf, postRow, type Post } from './calendar-fixture.js';

const RULE = 'calendar/weekday-mismatch';

/** The calendar with a `Hari` column after `Tanggal`, as many teams keep it. */
function withWeekdayColumn(posts: [CellInput, Post][]): CellInput[][] {
  const header: string[] = [...CALENDAR_HEADER];
  header.splice(2, 0, 'Hari');
  return [['KALENDER KONTEN OKTOBER 2025'], header, ...posts.map(([day, p], i) => { const r = postRow(i + 1, p); r.splice(2, 0, day); return r; })];
}

describe("'calendar/weekday-mismatch'", () => {
  it('fires when the weekday written with the date is not the date\'s', async () => {
    const r = await checkCalendar([{}, { date: 'Rabu, 9 Oktober 2025' }]);
    const f = findingsOf(r, RULE);
    expect(f).toMatchObject([{ severity: 'warning', messageId: 'mismatch', cell: 'B4', args: { date: '2025-10-09', actual: 4, written: 3 } }]);
    expect(f[0]!.message).toBe('"Rabu, 9 Oktober 2025": 9 October 2025 is a Thursday, not a Wednesday; correct the weekday or the date, whichever is wrong');
  });

  it('fires when a weekday column names another day than the date, a real date cell too', async () => {
    const rows = withWeekdayColumn([['Kamis', {}], ['Rabu', {}], ['Jumat', { date: 45939 }], ['Jum\'at', { date: '10/10/2025' }]]);
    const f = findingsOf(await checkCalendar([], { rows }), RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.args.written])).toEqual([['C4', 'mismatch-column', 3], ['C5', 'mismatch-column', 5]]);
    expect(f[0]!.message).toBe('weekday "Rabu", but the publishing date 9 October 2025 is a Thursday, not a Wednesday; correct the weekday or the date, whichever is wrong');
  });

  it('reports each cell that contradicts the date, and nothing without a readable date or a weekday', async () => {
    const rows = withWeekdayColumn([['Rabu', { date: 'Rabu, 9 Oktober 2025' }], ['Senin', { date: 'besok' }], ['', { date: '9/10/2025' }], ['', {}]]);
    const f = findingsOf(await checkCalendar([], { rows }), RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['B3', 'mismatch'], ['C3', 'mismatch-column']]);
  });

  it('stays quiet on right weekdays in both languages', async () => {
    const r = await checkCalendar([{ date: 'Kamis, 9 Oktober 2025' }, { date: 'Thursday, 9 October 2025' }, { date: 'Jum\'at, 10 Oktober 2025' }, { date: 'Sat, 11 Oct 2025' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ date: 'Rabu, 9 Oktober 2025' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('"Rabu, 9 Oktober 2025": 9 Oktober 2025 jatuh pada hari Kamis, bukan Rabu; perbaiki nama hari atau tanggalnya, mana pun yang salah');
  });
});
