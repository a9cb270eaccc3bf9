import { describe, expect, it } from 'vitest';
import { calendarRows, checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/published-without-approval';

describe("'calendar/published-without-approval'", () => {
  it('fires on a scheduled or published post with no approver and no approval date, at the approver cell', async () => {
    const r = await checkCalendar([
      { status: 'Dijadwalkan', approvedBy: '', approvalDate: '' },
      { status: 'Sudah Tayang', approvedBy: '-', approvalDate: '—' },
    ]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([['J3', 'error', 'no-approval'], ['J4', 'error', 'no-approval']]);
    expect(f[0]!.message).toBe('status "Dijadwalkan", but no approval is recorded (approved by and approval date are empty); the SOP has every post approved before it goes out, so record who approved it and when');
  });

  it('fires on an approval dated after the publishing date, but not on the same day', async () => {
    const r = await checkCalendar([{ approvalDate: '12/10/2025' }, { approvalDate: '09/10/2025' }, { status: 'Dijadwalkan', approvedBy: '', approvalDate: '10/10/2025' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['K3', 'approved-after'], ['K5', 'approved-after']]);
    expect(f[0]!.message).toContain('approved on 12 October 2025, 3 days after its publishing date of 9 October 2025');
    expect(f[1]!.message).toContain('1 day after');
  });

  it('takes a name alone or a date alone as approval, and leaves an unreadable approval date to date-unparseable', async () => {
    const r = await checkCalendar([
      { approvalDate: '' }, { approvedBy: '', approvalDate: '20/09/2025' }, { approvedBy: '', approvalDate: 'minggu lalu' }, { approvalDate: 'belum' },
    ]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('stays quiet on posts that are not going out yet, a blank status and an unknown one', async () => {
    const none = { approvedBy: '', approvalDate: '' };
    const r = await checkCalendar(['Draft', 'Review', 'Disetujui', 'Batal', '', 'Nunggu bos'].map((status) => ({ status, ...none })));
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('reports a calendar with no approval column once, at its header, counting the posts that go out', async () => {
    const posts = [{ status: 'Sudah Tayang' }, { status: 'Draft' }, { status: 'Dijadwalkan', link: '' }];
    const r = await checkCalendar([], { rows: calendarRows(posts, ['Disetujui Oleh', 'Tanggal Disetujui']) });
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.row, x.messageId])).toEqual([[2, 'no-approval-column']]);
    expect(f[0]!.message).toContain('the calendar records no approval at all, yet 2 posts are scheduled or published');
    expect(f[0]!.message).toContain('add a "Disetujui Oleh" (approved by) or "Tanggal Disetujui" (approval date) column');
  });

  it('reads one approval column as enough to judge each row, and says nothing of a calendar whose posts are all drafts', async () => {
    const onlyName = await checkCalendar([], { rows: calendarRows([{ approvedBy: '' }, {}], ['Tanggal Disetujui']) });
    expect(findingsOf(onlyName, RULE).map((x) => [x.cell, x.messageId])).toEqual([['J3', 'no-approval']]);
    const drafts = await checkCalendar([], { rows: calendarRows([{ status: 'Draft' }], ['Disetujui Oleh', 'Tanggal Disetujui']) });
    expect(findingsOf(drafts, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ approvedBy: '', approvalDate: '' }], { lang: 'id' });
    expect(findingsOf(r, RULE)[0]!.message).toBe('status "Sudah Tayang", tetapi tidak ada approval yang tercatat (disetujui oleh dan tanggal disetujui kosong); menurut SOP setiap konten disetujui sebelum tayang, jadi catat siapa yang menyetujuinya dan kapan');
  });
});
