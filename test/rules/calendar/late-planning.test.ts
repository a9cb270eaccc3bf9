import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/late-planning';

describe("'calendar/late-planning'", () => {
  it('fires on a post created fewer than 14 days before it goes out, at the created cell, with the days and the minimum', async () => {
    const r = await checkCalendar([{ created: '01/10/2025' }, { created: '25/09/2025' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['L3', 'warning', 'created']]);
    expect(f[0]!.message).toBe('created on 1 October 2025, 8 days before its publishing date of 9 October 2025: content is ready at least two weeks ahead, often a month, and the team asks for at least 14 days (calendar.minLeadDays in kolops.config.json); plan posts earlier');
  });

  it('fires on an approval on the publishing day, at the approval cell', async () => {
    const r = await checkCalendar([{ approvalDate: '09/10/2025' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['K3', 'approved']]);
    expect(f[0]!.message).toMatch(/^approved on its publishing date, 9 October 2025: .*get posts approved earlier$/);
  });

  it('names both when both are late, a date after the publishing date as after', async () => {
    const r = await checkCalendar([{ created: '10/10/2025', approvalDate: '08/10/2025' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['L3', 'both']]);
    expect(f[0]!.message).toContain('created on 10 October 2025, 1 day after its publishing date of 9 October 2025 and approved on 8 October 2025, 1 day before');
  });

  it('stays quiet at exactly the minimum, on a cancelled post, and without a readable date on either side', async () => {
    const r = await checkCalendar([
      { created: '25/09/2025', approvalDate: '25/09/2025' },
      { status: 'Batal', created: '08/10/2025', approvalDate: '08/10/2025' },
      { created: 'kemarin', approvalDate: '' },
      { date: 'segera', created: '08/10/2025' },
      { date: '', created: '08/10/2025' },
    ]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('follows calendar.minLeadDays, and counts the publishing day itself as late even at 0', async () => {
    const week = await checkCalendar([{ created: '01/10/2025' }, { created: '03/10/2025' }], { config: { calendar: { minLeadDays: 7 } } });
    expect(findingsOf(week, RULE).map((x) => [x.cell, x.message.match(/at least \d+ days/)?.[0]])).toEqual([['L4', 'at least 7 days']]);
    const none = await checkCalendar([{ created: '08/10/2025' }, { created: '09/10/2025' }], { config: { calendar: { minLeadDays: 0 } } });
    expect(findingsOf(none, RULE).map((x) => [x.cell, x.message.match(/at least \d+ days?/)?.[0]])).toEqual([['L4', 'at least 1 day']]);
  });

  it('leaves an approval after a published post to calendar/published-without-approval, but not one after a draft', async () => {
    const r = await checkCalendar([{ approvalDate: '11/10/2025' }, { approvalDate: '11/10/2025', status: 'Draft' }], { asOf: '2025-10-05' });
    expect(findingsOf(r, RULE).map((x) => [x.cell, x.messageId])).toEqual([['K4', 'approved']]);
    expect(findingsOf(r, 'calendar/published-without-approval').map((x) => x.cell)).toEqual(['K3']);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ created: '01/10/2025' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('dibuat pada 1 Oktober 2025, 8 hari sebelum tanggal tayangnya (9 Oktober 2025): konten disiapkan paling tidak dua minggu sebelumnya, sering sebulan, dan tim meminta paling tidak 14 hari (calendar.minLeadDays di kolops.config.json); rencanakan konten lebih awal');
  });
});
