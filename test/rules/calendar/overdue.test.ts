import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/overdue';

describe("'calendar/overdue'", () => {
  it('is an error once the publishing date is more than a day past and the post is not out, at the status cell', async () => {
    const r = await checkCalendar([{ date: 'Rabu, 29 Oktober 2025', status: 'Dijadwalkan' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['I3', 'error', 'overdue']]);
    expect(f[0]!.message).toBe('planned for Wednesday, 29 October 2025, 2 days ago, and the status still says "Dijadwalkan"; publish it and mark it published with its link, or mark it cancelled');
  });

  it('is a warning the day after', async () => {
    const r = await checkCalendar([{ date: 'Kamis, 30 Oktober 2025', status: 'Disetujui' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('planned for Thursday, 30 October 2025, 1 day ago, and the status still says "Disetujui"');
  });

  it('counts a blank status as not published', async () => {
    const r = await checkCalendar([{ date: '20/10/2025', status: '' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['I3', 'error', 'overdue-no-status']]);
    expect(f[0]!.message).toContain('11 days ago, and no status is recorded');
  });

  it('stays quiet on a post dated today or later, published, cancelled, of unknown status, or with no readable date', async () => {
    const r = await checkCalendar([
      { date: '31/10/2025', status: 'Draft' }, { date: '03/11/2025', status: 'Review' }, { date: '20/10/2025', status: 'Published' },
      { date: '20/10/2025', status: 'Batal' }, { date: '20/10/2025', status: 'Nunggu bos' }, { date: 'minggu depan', status: 'Draft' },
      { date: '', status: 'Draft' },
    ]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('measures from --as-of', async () => {
    const r = await checkCalendar([{ status: 'Draft' }], { asOf: '2025-10-09' });
    expect(findingsOf(r, RULE)).toEqual([]);
    const later = await checkCalendar([{ status: 'Draft' }], { asOf: '2025-10-10' });
    expect(findingsOf(later, RULE).map((x) => x.severity)).toEqual(['warning']);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ date: 'Rabu, 29 Oktober 2025', status: 'Dijadwalkan' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('direncanakan tayang Rabu, 29 Oktober 2025, 2 hari yang lalu, dan statusnya masih "Dijadwalkan"; tayangkan, lalu tandai sudah tayang beserta link-nya, atau tandai batal');
  });
});
