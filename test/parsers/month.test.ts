import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMonthsInText, formatMonthId, monthFromText, monthNumber, parseMonthOption } from '../../src/parsers/month.js';
import { monthFromLabel } from '../../src/parsers/month.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

describe('monthNumber', () => {
  it.each<[string, number]>([
    ['Januari', 1], ['January', 1], ['Jan', 1], ['Februari', 2], ['Pebruari', 2], ['Feb', 2], ['Maret', 3], ['March', 3],
    ['Mar', 3], ['April', 4], ['Apr', 4], ['Mei', 5], ['May', 5], ['Juni', 6], ['June', 6], ['Jun', 6], ['Juli', 7],
    ['July', 7], ['Jul', 7], ['Agustus', 8], ['August', 8], ['Agt', 8], ['Agu', 8], ['Agus', 8], ['Aug', 8],
    ['September', 9], ['Sep', 9], ['Sept', 9], ['Oktober', 10], ['October', 10], ['Okt', 10], ['Oct', 10],
    ['November', 11], ['Nopember', 11], ['Nov', 11], ['Desember', 12], ['December', 12], ['Des', 12], ['Dec', 12],
    ['OKTOBER', 10], ['agt.', 8], [' juli ', 7],
  ])('%s → %d', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });

  it.each(['', 'Meiliana', 'Ju', 'constructor', 'toString', '7', 'Julio'])('%j → null', (word) => {
    expect(monthNumber(word)).toBeNull();
  });
});

describe('findMonthsInText', () => {
  it.each<[string, { month: number; year: number | null }[]]>([
    ['Oktober', [{ month: 10, year: null }]],
    ['Sept 2024', [{ month: 9, year: 2024 }]],
    ['2024 September', [{ month: 9, year: 2024 }]],
    ['2024-09', [{ month: 9, year: 2024 }]],
    ['09-2024', [{ month: 9, year: 2024 }]],
    ['LIST KOL OKTOBER 2025', [{ month: 10, year: 2025 }]],
    ['KOL_September_2024.xlsx', [{ month: 9, year: 2024 }]],
    ['listing-2024-09.csv', [{ month: 9, year: 2024 }]],
    ['listing-09-2024.csv', [{ month: 9, year: 2024 }]],
    ['kolAgustus2024', [{ month: 8, year: 2024 }]],
    ['TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', [{ month: 7, year: null }, { month: 9, year: null }]],
    ['SHOPEE HERBANA YANG DEAL AGUSTUS', [{ month: 8, year: null }]],
    ['Yang sudah deal: 10 (Agustus)', [{ month: 8, year: null }]],
    ['RECAP POSTINGAN KESELURUHAN KOL', []],
    ['Meiliana', []], ['Maret', [{ month: 3, year: null }]], ['Marketing', []], ['Januaryx', []],
    ['Jan', [{ month: 1, year: null }]], ['Desember 2024 (Des)', [{ month: 12, year: 2024 }]], ['Desember 2024, bulan Des', [{ month: 12, year: 2024 }, { month: 12, year: null }]],
    ['Oktober 2025 oktober 2025', [{ month: 10, year: 2025 }]],
    ['2024-09-27', [{ month: 9, year: 2024 }]], ['No 104', []], ['2024-2025', []],
  ])('%j', (text, expected) => {
    expect(findMonthsInText(text)).toEqual(expected);
  });
});

describe('monthFromText', () => {
  it.each<[string, number | null | undefined, string | null]>([
    ['LIST KOL OKTOBER 2025', undefined, '2025-10'],
    ['KOL_September_2024.xlsx', null, '2024-09'],
    ['listing-2024-09.csv', undefined, '2024-09'],
    ['SHOPEE HERBANA YANG DEAL AGUSTUS', 2024, '2024-08'],
    ['SHOPEE HERBANA YANG DEAL AGUSTUS', undefined, null],
    ['Oktober', null, null],
    ['TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', 2024, null],
    ['September 2024 vs September 2025', undefined, null],
    ['September 2024 (September)', 2023, '2024-09'],
    ['Sheet1', 2024, null],
    ['Agustus', 24, null],
  ])('%j (fallback %j) → %j', (text, year, out) => {
    expect(monthFromText(text, year)).toBe(out);
  });
});

describe('parseMonthOption', () => {
  it.each<[string, string | null]>([
    ['2024-09', '2024-09'], [' 2024-12 ', '2024-12'], ['2024-9', null], ['2024-13', null], ['2024-00', null],
    ['09-2024', null], ['2024/09', null], ['September 2024', null], ['', null], ['0999-01', null],
  ])('%j → %j', (s, out) => {
    expect(parseMonthOption(s)).toBe(out);
  });
});

const ymArb = fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

describe('round trips', () => {
  it('formatMonthId → monthFromText', () => {
    fc.assert(fc.property(ymArb, (ym) => {
      expect(monthFromText(formatMonthId(ym))).toBe(ym);
      expect(parseMonthOption(ym)).toBe(ym);
    }));
  });

  it('a month name in a title or file name, in any case and separator', () => {
    const names = fc.constantFrom('Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember');
    const shape = fc.constantFrom(
      (n: string, y: number) => `LIST KOL ${n.toUpperCase()} ${y}`,
      (n: string, y: number) => `KOL_${n}_${y}.xlsx`,
      (n: string, y: number) => `herbana${n}${y}`,
      (n: string, y: number) => `${y} - ${n.toLowerCase()}`,
    );
    fc.assert(fc.property(names, fc.integer({ min: 1900, max: 2099 }), shape, (name, year, f) => {
      expect(monthFromText(f(name, year))).toBe(`${year}-${String(monthNumber(name)).padStart(2, '0')}`);
    }));
  });
});

describe('never throws', () => {
  it('on any text', () => {
    fc.assert(fc.property(anyText, fc.option(fc.integer()), (s, y) => {
      monthNumber(s);
      for (const f of findMonthsInText(s)) expect(f.month >= 1 && f.month <= 12).toBe(true);
      const ym = monthFromText(s, y);
      if (ym !== null) expect(parseMonthOption(ym)).toBe(ym);
      parseMonthOption(s);
      formatMonthId(s);
    }));
  });
});

describe('months as sheet tabs and file names write them (two-digit years, short names)', () => {
  it.each([
    ['Sep-24', '2024-09'], ["Sept'24", '2024-09'], ["Okt'24", '2024-10'], ['Okt ’24', '2024-10'], ['Apr 25', '2025-04'],
    ['September 24', '2024-09'], ['Nov 24', '2024-11'], ['09/24', '2024-09'], ['9-24', '2024-09'], ['Des.24', '2024-12'],
    ['Agst 2024', '2024-08'], ['Agus 2024', '2024-08'], ['Nop 2024', '2024-11'], ['Mrt 2025', '2025-03'], ['listing_sep-24', '2024-09'],
  ])('%s → %s, the year as written beating the fallback', (text, month) => {
    expect(monthFromLabel(text, 2026)).toBe(month);
  });
  it('takes a short name without a year from the fallback', () => {
    expect(monthFromLabel('Agst', 2026)).toBe('2026-08');
    expect(monthFromLabel('Sept', 2024)).toBe('2024-09');
  });
  it('leaves days as days: a number before the month, a range after it', () => {
    expect(monthFromLabel('24 September', 2026)).toBe('2026-09');
    expect(monthFromLabel('September 24 - 30', 2026)).toBe('2026-09');
  });
  it('reads titles strictly: "September 24" there may be the 24th', () => {
    expect(monthFromText('Recap Posting September 24', 2026)).toBe('2026-09');
    expect(monthFromText('09/24', 2026)).toBeNull();
  });
});
