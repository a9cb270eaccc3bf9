import { describe, expect, it } from 'vitest';
import { calendarRows, checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/missing-link';

describe("'calendar/missing-link'", () => {
  it('fires on a published post with no link, or a dash for one, at the link cell', async () => {
    const r = await checkCalendar([{ link: '' }, { status: 'Published', link: '-' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['M3', 'warning', 'missing'], ['M4', 'warning', 'missing']]);
    expect(f[0]!.message).toBe('marked published ("Sudah Tayang"), but there is no link to the post; the SOP archives every published post with its link: paste it in');
  });

  it('stays quiet on a published post with its link and on posts not published yet', async () => {
    const r = await checkCalendar([{}, { status: 'Dijadwalkan', link: '' }, { status: 'Draft', link: '' }, { status: '', link: '' }, { status: 'Batal', link: '' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('reports a calendar with no post-link column once, at its header, counting the published posts', async () => {
    const posts = [{}, { status: 'Draft' }, { status: 'Published' }];
    const r = await checkCalendar([], { rows: calendarRows(posts, ['Link Post']) });
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.row, x.cell, x.messageId])).toEqual([[2, null, 'no-link-column']]);
    expect(f[0]!.message).toBe('the calendar has no post link column, yet 2 posts are marked published; the SOP archives every published post with its link: add a "Link Post" column');
  });

  it('says nothing of a calendar without a link column whose posts are not published yet', async () => {
    const r = await checkCalendar([], { rows: calendarRows([{ status: 'Draft' }, { status: 'Dijadwalkan' }], ['Link Post']) });
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ link: '' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('ditandai sudah tayang ("Sudah Tayang"), tetapi tidak ada link ke postingannya; menurut SOP setiap postingan yang sudah tayang diarsipkan beserta link-nya: tempelkan link-nya');
  });
});
