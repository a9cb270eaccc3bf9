import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, formatDateId, isoFromYmd, lastDayOfMonth, parseDate, weekdayOf } from '../../src/parsers/date.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

/** Text from the characters this parser cares about, so properties reach its deep branches. */
const textFrom = (chars: string, maxLength = 24) => fc.string({ unit: fc.constantFrom(...Array.from(chars)), maxLength });

const ok = (iso: string, weekdayWritten: number | null = null, yearFromContext = false) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { ok: true, iso, year: y, month: m, day: d, weekdayWritten, weekdayActual: weekdayOf(y ?? 0, m ?? 0, d ?? 0), yearFromContext };
};

describe('parseDate: seed values', () => {
  // Seed 002 "Gambar 3.3" (recap) — all with a year.
  it.each([
    ['Rabu, 07 Agustus 2024', '2024-08-07', 3], ['Sabtu, 27 Juli 2024', '2024-07-27', 6],
    ['Senin, 05 Agustus 2024', '2024-08-05', 1], ['Selasa, 06 Agustus 2024', '2024-08-06', 2],
    ['Jumat, 16 Agustus 2024', '2024-08-16', 5], ['Sabtu, 17 Agustus 2024', '2024-08-17', 6],
    ['Minggu, 18 Agustus 2024', '2024-08-18', 0], ['Jumat, 23 Agustus 2024', '2024-08-23', 5],
    ['Jumat, 30 Agustus 2024', '2024-08-30', 5], ['Minggu, 25 Agustus 2024', '2024-08-25', 0],
    ['Sabtu, 31 Agustus 2024', '2024-08-31', 6], ['Selasa, 03 September 2024', '2024-09-03', 2],
    ['Rabu, 04 September 2024', '2024-09-04', 3], ['Jumat, 27 September 2024', '2024-09-27', 5],
    ['Kamis, 5 September 2024', '2024-09-05', 4], ['Selasa, 10 September 2024', '2024-09-10', 2],
    ['Kamis, 12 September 2024', '2024-09-12', 4], ['Sabtu, 21 September 2024', '2024-09-21', 6],
  ])('%s → %s, weekday agrees', (text, iso, wd) => {
    expect(parseDate(text)).toEqual(ok(iso, wd));
  });

  it('keeps the seed\'s wrong weekday: Selasa, 21 Agustus 2024 was a Wednesday', () => {
    expect(parseDate('Selasa, 21 Agustus 2024')).toEqual(ok('2024-08-21', 2));
    expect(weekdayOf(2024, 8, 21)).toBe(3);
  });

  // Seed 002 "Gambar 3.1" (listing) — no year written.
  it.each([
    ['Kamis, 5 September', '2024-09-05', 4], ['Selasa, 10 September', '2024-09-10', 2],
  ])('%s takes the year from context', (text, iso, wd) => {
    expect(parseDate(text, { year: 2024 })).toEqual(ok(iso, wd, true));
    expect(parseDate(text)).toEqual({ ok: false, reason: 'needs-year' });
    expect(parseDate(text, { year: null })).toEqual({ ok: false, reason: 'needs-year' });
  });
});

describe('parseDate: forms', () => {
  it.each<[string, string, number | null]>([
    ['27/07/2024', '2024-07-27', null], ['27-07-2024', '2024-07-27', null], ['27.07.2024', '2024-07-27', null],
    ['7/8/2024', '2024-08-07', null], ['27/07/24', '2024-07-27', null], ['01/02/99', '1999-02-01', null],
    ['2024-07-27', '2024-07-27', null], ['2024/7/27', '2024-07-27', null], ['2024-07-27 00:00:00', '2024-07-27', null],
    ['2024-07-27T13:45', '2024-07-27', null], ['27 Jul 2024', '2024-07-27', null], ['27 Agt 2024', '2024-08-27', null],
    ['27 Agu 2024', '2024-08-27', null], ['27 Agus 2024', '2024-08-27', null], ['27 Agt. 2024', '2024-08-27', null],
    ['5 Okt 2024', '2024-10-05', null], ['1 Des 2024', '2024-12-01', null], ['3 Mei 2024', '2024-05-03', null],
    ['3 May 2024', '2024-05-03', null], ['15 Sept 2024', '2024-09-15', null], ['2 Nopember 2024', '2024-11-02', null],
    ['July 27, 2024', '2024-07-27', null], ['July 27th, 2024', '2024-07-27', null], ['27 July 2024', '2024-07-27', null],
    ['27-Jul-2024', '2024-07-27', null], ['27-Jul-24', '2024-07-27', null],
    ['Wed, 21 Aug 2024', '2024-08-21', 3], ['Wednesday, 21 August 2024', '2024-08-21', 3],
    ["Jum'at, 16 Agustus 2024", '2024-08-16', 5], ['Jum’at, 16 Agustus 2024', '2024-08-16', 5],
    ['Ahad, 18 Agustus 2024', '2024-08-18', 0], ['Sab, 17 Agt 2024', '2024-08-17', 6],
    ['SABTU, 27 JULI 2024', '2024-07-27', 6], ['sabtu,27 juli 2024', '2024-07-27', 6],
    ['  Sabtu ,  27   Juli ,2024 ', '2024-07-27', 6], ['Sabtu 27 Juli 2024', '2024-07-27', 6],
    ['27 Juli 2024 (Sabtu)', '2024-07-27', 6], ['Sabtu, 27/07/2024', '2024-07-27', 6],
    ['Thu, 29 Feb 2024', '2024-02-29', 4],
  ])('%s → %s', (text, iso, wd) => {
    expect(parseDate(text)).toEqual(ok(iso, wd));
  });

  it.each([
    ['Kamis, 5 September', '2025-09-05', 4], ['5 Sep', '2025-09-05', null], ['Sep 5', '2025-09-05', null],
    ['27/07', '2025-07-27', null], ['29 Feb', null, null],
  ])('%s with ctx.year 2025 → %s', (text, iso, wd) => {
    expect(parseDate(text, { year: 2025 })).toEqual(iso ? ok(iso, wd, true) : { ok: false, reason: 'invalid-date' });
  });

  it.each<[string | number | null | undefined, string]>([
    ['', 'empty'], ['   ', 'empty'], [null, 'empty'], [undefined, 'empty'],
    ['-', 'unparseable'], ['abc', 'unparseable'], ['Sabtu', 'unparseable'], ['Agustus 2024', 'unparseable'],
    ['27 Juli 2024 2025', 'unparseable'], ['27/07-2024', 'unparseable'], ['2024-07-27T00:00:00Z', 'unparseable'],
    ['2024-07-27 10:00+07:00', 'unparseable'], ['27 Julu 2024', 'unparseable'], ['45500', 'unparseable'],
    ['31 Februari 2024', 'invalid-date'], ['31 Februari', 'invalid-date'], ['29 Februari 2023', 'invalid-date'],
    ['31/04/2024', 'invalid-date'], ['07/27/2024', 'invalid-date'], ['0 Juli 2024', 'invalid-date'],
    ['2024-13-01', 'invalid-date'], ['2024-02-30', 'invalid-date'],
  ])('%j → %s', (input, reason) => {
    expect(parseDate(input)).toEqual({ ok: false, reason });
  });
});

describe('parseDate: Excel serials', () => {
  it.each<[number, string]>([
    [1, '1900-01-01'], [59, '1900-02-28'], [61, '1900-03-01'], [45500, '2024-07-27'],
    [45500.75, '2024-07-27'], [45525, '2024-08-21'], [2958465, '9999-12-31'],
  ])('1900 system: %d → %s', (serial, iso) => {
    expect(parseDate(serial)).toEqual(ok(iso));
  });

  it.each<[number, string]>([[0, '1904-01-01'], [44038, '2024-07-27'], [2957003, '9999-12-31']])('1904 system: %d → %s', (serial, iso) => {
    expect(parseDate(serial, { date1904: true })).toEqual(ok(iso));
  });

  it('serial 60 is Lotus\'s 29 February 1900, which never existed', () => {
    expect(parseDate(60)).toEqual({ ok: false, reason: 'invalid-date' });
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('%d is out of range', (serial) => {
    expect(parseDate(serial)).toEqual({ ok: false, reason: 'unparseable' });
  });

  it('the two systems are 1462 days apart', () => {
    fc.assert(fc.property(fc.integer({ min: 1462, max: 2958465 }), (n) => {
      const a = parseDate(n);
      const b = parseDate(n - 1462, { date1904: true });
      expect(b).toEqual(a);
    }));
  });
});

describe('formatDateId', () => {
  it.each([
    ['2024-08-21', 'Rabu, 21 Agustus 2024'], ['2024-07-27', 'Sabtu, 27 Juli 2024'], ['2024-09-05', 'Kamis, 5 September 2024'],
    ['not a date', 'not a date'], ['2024-02-30', '2024-02-30'],
  ])('%s → %s', (iso, text) => {
    expect(formatDateId(iso)).toBe(text);
  });

  const isoArb = fc.integer({ min: -354_000, max: 2_932_896 }).map((n) => addDays('1970-01-01', n));

  it('round-trips through parseDate, weekday included', () => {
    fc.assert(fc.property(isoArb, (iso) => {
      const r = parseDate(formatDateId(iso));
      expect(r).toMatchObject({ ok: true, iso, yearFromContext: false });
      if (r.ok) expect(r.weekdayWritten).toBe(r.weekdayActual);
    }));
  });
});

describe('calendar helpers', () => {
  it.each([
    [2024, 8, 21, 3], [1970, 1, 1, 4], [2000, 2, 29, 2], [1900, 3, 1, 4], [2024, 7, 27, 6], [9999, 12, 31, 5],
  ])('weekdayOf(%d, %d, %d) = %d', (y, m, d, wd) => {
    expect(weekdayOf(y, m, d)).toBe(wd);
  });

  it.each([
    ['2024-08-31', '2024-09-01', 1], ['2024-09-01', '2024-08-31', -1], ['2024-01-01', '2025-01-01', 366],
    ['2024-07-27', '2024-07-27', 0], ['bad', '2024-07-27', Number.NaN],
  ])('daysBetween(%s, %s) = %d', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'], ['2024-12-31', 1, '2025-01-01'], ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'], ['bad', 1, ''], ['2024-01-01', 1.5, ''],
  ])('addDays(%s, %d) = %s', (iso, n, out) => {
    expect(addDays(iso, n)).toBe(out);
  });

  it.each([
    ['2024-02', '2024-02-29'], ['2023-02', '2023-02-28'], ['2100-02', '2100-02-28'], ['2000-02', '2000-02-29'],
    ['2024-09', '2024-09-30'], ['2024-12', '2024-12-31'], ['2024-13', ''], ['2024-9', ''], ['x', ''],
  ])('lastDayOfMonth(%s) = %s', (m, iso) => {
    expect(lastDayOfMonth(m)).toBe(iso);
  });

  it('isoFromYmd pads', () => {
    expect(isoFromYmd(2024, 7, 5)).toBe('2024-07-05');
  });

  it('addDays and daysBetween agree', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: -100_000, max: 100_000 }), (start, n) => {
      const a = addDays('1900-01-01', start);
      const b = addDays(a, n);
      if (b !== '') expect(daysBetween(a, b)).toBe(n);
    }));
  });

  it('weekday advances by one each day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2_900_000 }), (n) => {
      const [y, m, d] = addDays('1900-01-01', n).split('-').map(Number);
      const [y2, m2, d2] = addDays('1900-01-01', n + 1).split('-').map(Number);
      expect(weekdayOf(y2 ?? 0, m2 ?? 0, d2 ?? 0)).toBe((weekdayOf(y ?? 0, m ?? 0, d ?? 0) + 1) % 7);
    }));
  });
});

describe('never throws', () => {
  const dateish = textFrom('0123456789/-.,: JulAgtSabtuRabuWedMeiSept\'', 30);
  it('parseDate', () => {
    fc.assert(fc.property(fc.oneof(anyText, dateish, fc.double()), fc.option(fc.integer()), fc.boolean(), (s, year, date1904) => {
      const r = parseDate(s, { year, date1904 });
      if (r.ok) expect(r.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }));
  });
  it('helpers', () => {
    fc.assert(fc.property(anyText, anyText, fc.double(), (a, b, n) => {
      formatDateId(a); daysBetween(a, b); addDays(a, n); lastDayOfMonth(a);
    }));
  });
});
