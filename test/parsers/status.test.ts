import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Status } from '../../src/parsers/status.js';
import { DEFAULT_STATUS_PHRASES, STATUSES, formatStatus, normalizePhrase, parseStatus } from '../../src/parsers/status.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

describe('normalizePhrase', () => {
  it.each([
    ['Tidak bisa dicontact', 'TIDAKBISADICONTACT'], ['TIDAK BISA DI-CONTACT', 'TIDAKBISADICONTACT'],
    ['TIDAK BISA DI CONTACT', 'TIDAKBISADICONTACT'], ['yes(done)', 'YESDONE'], ['  Yes  ( Done ) ', 'YESDONE'],
    ['Sudah  posting ✅', 'SUDAHPOSTING'], ['Selésai', 'SELESAI'], ['', ''],
  ])('%j → %j', (s, out) => {
    expect(normalizePhrase(s)).toBe(out);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(normalizePhrase(normalizePhrase(s))).toBe(normalizePhrase(s));
    }));
  });
});

describe('parseStatus', () => {
  // Seed 002 "Gambar 3.1" PR-pack column and "Gambar 3.4" deal status.
  it.each<[string, Status | null]>([
    ['YES (DONE)', 'done'], ['TIDAK BISA BARTER', 'declined'], ['TIDAK BISA DI CONTACT', 'unreachable'], ['', null], ['DONE', 'done'],
  ])('seed %j → %j', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, status });
  });

  const table = STATUSES.flatMap((s) => DEFAULT_STATUS_PHRASES[s].map((p) => [p, s] as [string, Status]));
  it.each(table)('default phrase %j → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, status });
    expect(parseStatus(text.toLowerCase())).toEqual({ ok: true, status });
  });

  it.each<[string, Status | null]>([
    ['yes(done)', 'done'], ['Yes - Done', 'done'], ['Tidak bisa dicontact', 'unreachable'], ['TIDAK BISA DI-CONTACT', 'unreachable'],
    ['tidak', 'declined'], ['Sudah Dikirim', 'shipped'], ['  ', null], ['-', null], ['—', null], ['No Response', 'unreachable'],
  ])('%j → %j', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, status });
  });

  it('no phrase is listed under two default statuses', () => {
    const keys = table.map(([p]) => normalizePhrase(p));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each<[string, string | null]>([
    ['TIDAK BISA BARTR', 'TIDAK BISA BARTER'], ['TIDAK BISA DIKONTAKK', 'TIDAK BISA DIKONTAK'], ['SUDAH DIPOSTING', 'SUDAH POSTING'],
    ['DONEE', 'DONE'], ['Ghosting', null], ['?', null], ['maybe next month', null],
  ])('unknown %j suggests %j', (text, suggestion) => {
    expect(parseStatus(text)).toEqual({ ok: false, suggestion });
  });

  it('config phrases extend the defaults and win a clash', () => {
    const phrases = { done: ['SUDAH UPLOAD'], pending: ['TIDAK'], agreed: ['TIDAK', 'SIAP'] };
    expect(parseStatus('Sudah upload', phrases)).toEqual({ ok: true, status: 'done' });
    expect(parseStatus('siap', phrases)).toEqual({ ok: true, status: 'agreed' });
    // Listed under two config statuses: the earlier in STATUSES (agreed) wins.
    expect(parseStatus('TIDAK', phrases)).toEqual({ ok: true, status: 'agreed' });
    expect(parseStatus('TIDAK', { pending: ['tidak'] })).toEqual({ ok: true, status: 'pending' });
    expect(parseStatus('DONE', phrases)).toEqual({ ok: true, status: 'done' });
    expect(parseStatus('SUDAH UPLOD', phrases)).toEqual({ ok: false, suggestion: 'SUDAH UPLOAD' });
  });

  it('formatStatus round-trips', () => {
    for (const s of STATUSES) expect(parseStatus(formatStatus(s))).toEqual({ ok: true, status: s });
  });

  it('never throws', () => {
    const phrases = fc.dictionary(fc.constantFrom(...STATUSES), fc.array(anyText, { maxLength: 3 }));
    fc.assert(fc.property(anyText, fc.option(phrases, { nil: undefined }), (s, p) => {
      const r = parseStatus(s, p);
      if (r.ok && r.status !== null) expect(STATUSES).toContain(r.status);
    }));
  });
});
