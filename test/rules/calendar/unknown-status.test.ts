import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

describe("'calendar/unknown-status'", () => {
  it('fires on a phrase outside the vocabulary, with a did-you-mean and the config line', async () => {
    const r = await checkCalendar([{ status: 'Dijadwalkn' }, { status: 'Nunggu bos' }]);
    const f = findingsOf(r, 'calendar/unknown-status');
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['I3', 'did-you-mean'], ['I4', 'unknown']]);
    expect(f[0]!.message).toContain('"Dijadwalkan"');
    expect(f[0]!.message).toContain('"scheduled": ["Dijadwalkn"]');
  });

  it('stays quiet on known phrases in both languages, a blank, and a team phrase from config', async () => {
    const r = await checkCalendar([{ status: 'Published' }, { status: 'SUDAH TAYANG' }, { status: '' }, { status: 'Nunggu bos' }],
      { config: { calendar: { statuses: { review: ['Nunggu bos'] } } } });
    expect(findingsOf(r, 'calendar/unknown-status')).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ status: 'Nunggu bos' }], { lang: 'id' });
    expect(findingsOf(r, 'calendar/unknown-status')[0]!.message).toContain('tidak ada di kosakata status kalender');
  });
});
