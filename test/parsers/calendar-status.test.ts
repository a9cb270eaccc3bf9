import { describe, expect, it } from 'vitest';
import { CALENDAR_STATUSES, DEFAULT_CALENDAR_STATUS_PHRASES, GOING_OUT, parseCalendarStatus } from '../../src/parsers/calendar-status.js';
import { normalizePhrase } from '../../src/parsers/status.js';

const statusOf = (s: string, extra?: Parameters<typeof parseCalendarStatus>[1]) => {
  const r = parseCalendarStatus(s, extra);
  return r.ok ? r.status : 'not ok';
};

describe('parseCalendarStatus', () => {
  it('reads Indonesian and English phrases to the six statuses', () => {
    expect(statusOf('Draft')).toBe('draft');
    expect(statusOf('Dalam Produksi')).toBe('draft');
    expect(statusOf('Menunggu Approval')).toBe('review');
    expect(statusOf('Revisi')).toBe('review');
    expect(statusOf('Disetujui')).toBe('approved');
    expect(statusOf('Sudah ACC')).toBe('approved');
    expect(statusOf('Scheduled')).toBe('scheduled');
    expect(statusOf('Terjadwal')).toBe('scheduled');
    expect(statusOf('Sudah Tayang')).toBe('published');
    expect(statusOf('Posted')).toBe('published');
    expect(statusOf('Batal')).toBe('cancelled');
    expect(statusOf('Tidak Jadi')).toBe('cancelled');
  });

  it('is case-, space- and punctuation-insensitive, emoji aside', () => {
    expect(statusOf('SUDAH TAYANG')).toBe('published');
    expect(statusOf('sudah-tayang')).toBe('published');
    expect(statusOf('  Sudah   Tayang. ')).toBe('published');
    expect(statusOf('Di-ACC')).toBe('approved');
    expect(statusOf('Posted ✅')).toBe('published');
    expect(statusOf('waiting for approval')).toBe('review');
  });

  it('matches whole phrases, never a word inside one', () => {
    // Not yet out is no approval: a draft, never "published" by its last word.
    expect(statusOf('Belum Tayang')).toBe('draft');
    expect(statusOf('Tidak Tayang')).toBe('cancelled');
    expect(parseCalendarStatus('Posted kemarin')).toMatchObject({ ok: false });
  });

  it('gives blanks and dashes no status', () => {
    for (const blank of ['', '   ', '-', '–', '—', '.']) expect(parseCalendarStatus(blank)).toEqual({ ok: true, status: null });
  });

  it('suggests the nearest phrase for a typo, and none for a phrase far from all', () => {
    expect(parseCalendarStatus('Dijadwalkn')).toEqual({ ok: false, suggestion: 'Dijadwalkan' });
    expect(parseCalendarStatus('Publishd')).toEqual({ ok: false, suggestion: 'Published' });
    expect(parseCalendarStatus('Nunggu bos')).toEqual({ ok: false, suggestion: null });
  });

  it('adds the config\'s phrases, which win a clash with a default, and suggests them too', () => {
    const extra = { review: ['Nunggu Bos'], draft: ['Done'] };
    expect(statusOf('nunggu bos', extra)).toBe('review');
    expect(statusOf('DONE', extra)).toBe('draft');
    expect(statusOf('DONE')).toBe('published');
    expect(parseCalendarStatus('Nunggu Boss', extra)).toEqual({ ok: false, suggestion: 'Nunggu Bos' });
  });

  it('lists every default phrase under one status only', () => {
    const seen = new Map<string, string>();
    for (const s of CALENDAR_STATUSES) {
      for (const p of DEFAULT_CALENDAR_STATUS_PHRASES[s]) {
        const key = normalizePhrase(p);
        expect(seen.get(key) ?? s, `${p}`).toBe(s);
        seen.set(key, s);
        expect(statusOf(p)).toBe(s);
      }
    }
  });

  it('counts scheduled and published as going out, nothing else', () => {
    expect(CALENDAR_STATUSES.filter((s) => GOING_OUT.has(s))).toEqual(['scheduled', 'published']);
  });
});
