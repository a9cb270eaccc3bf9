import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPhones, maskPhone, normalizeHeader, normalizeName } from '../../src/parsers/text.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

/** Text from the characters this parser cares about, so properties reach its deep branches. */
const textFrom = (chars: string, maxLength = 24) => fc.string({ unit: fc.constantFrom(...Array.from(chars)), maxLength });

describe('normalizeName', () => {
  it.each([
    ['Nata Shina', 'nata shina'], ['  Nadine   Aulia ', 'nadine aulia'], ['Nadíne Aulía', 'nadine aulia'],
    ['Gita\u200bVSPH', 'gitavsph'], ['Ｇｉｔａ', 'gita'], ['Heaven\tH', 'heaven h'], ['', ''],
  ])('%j → %j', (s, out) => {
    expect(normalizeName(s)).toBe(out);
  });
});

describe('normalizeHeader', () => {
  // Seed headers: "Gambar 3.1", "3.3", "3.4", plus tidy-layout headers from PRODUCT.md §2.
  it.each([
    ['Willing to receive PR Pack', 'willing to receive pr pack'], ['Komisi (%)', 'komisi'], ['No.', 'no'], ['No', 'no'],
    ['Link Instagram', 'link instagram'], ['Post Date', 'post date'], ['Tanggal Posting', 'tanggal posting'],
    ['Tanggal_Posting', 'tanggal posting'], ['Nama Akun', 'nama akun'], ['#', ''], ['Followers:', 'followers'],
    ['Link / Tautan', 'link tautan'], ['Willing to\nreceive  PR-Pack', 'willing to receive pr pack'], ['Merek', 'merek'],
  ])('%j → %j', (s, out) => {
    expect(normalizeHeader(s)).toBe(out);
  });
});

describe('findPhones', () => {
  // Address cells of seed 002 "Gambar 3.1".
  it.each<[string, string[]]>([
    ['iran-051188411025 Aceh SS residence Jalan aseli no 53, jagalansa, jakarta sel', ['051188411025']],
    ['05118155843 Dema futsal jalan kebagunan II no 106 no 11', ['05118155843']],
    ['andjansara 081738898 J. Leonara bar 5 no 15, Medang, Kec. Pagedangan, Kab', ['081738898']],
    ['Melochka Prudence H02933225527 Jalan Puri Jaya No. 25 A Puri Kelung wala kelung, meluk meluk, pager mam no 26 RT 007 RW 002, Jaribung Baru, Kec. Pondokgede Kota Bekasi 17411', ['02933225527']],
    ['komplek kembang larangan jalan mangga II No 104', []],
  ])('seed address %#', (s, phones) => {
    expect(findPhones(s)).toEqual(phones);
  });

  it.each<[string, string[]]>([
    ['+62 812-3456-7890', ['+6281234567890']], ['0812 3456 7890', ['081234567890']], ['0812.3456.7890', ['081234567890']],
    ['6281234567890', ['6281234567890']], ['(021) 555-1234', ['0215551234']], ['No 104 081234567890', ['081234567890']],
    ['0812 3456 7890 17411', ['081234567890']], ['WA 0812-3456-7890 / 0812-3456-7890', ['081234567890']],
    ['telp 0812345678, 0856 1111 2222', ['0812345678', '085611112222']],
    ['12345678901', []], ['08123456', []], ['RT 007 RW 002', []], ['27/07/2024', []], ['081234567890123456', []], ['', []],
  ])('%j → %j', (s, phones) => {
    expect(findPhones(s)).toEqual(phones);
  });

  it('finds a phone number wherever it is glued in the text', () => {
    const phone = fc.tuple(fc.constantFrom('08', '628', '+628'), fc.stringMatching(/^\d{8,10}$/)).map(([a, b]) => a + b);
    const filler = textFrom('abcdefghij ,ABC', 12); // no digits, so the number cannot grow
    fc.assert(fc.property(filler, phone, filler, (pre, p, post) => {
      expect(findPhones(`${pre}${p}${post}`)).toEqual([p]);
    }));
  });
});

describe('maskPhone', () => {
  it.each([
    ['08123456678', '0812****678'], ['081234567890', '0812****890'], ['+6281234567890', '+6281****890'],
    ['0812-3456-7890', '0812****890'], ['12345', '*****'], ['', '****'],
  ])('%j → %j', (p, out) => {
    expect(maskPhone(p)).toBe(out);
  });

  it('never shows the middle digits of a found number', () => {
    const phone = fc.tuple(fc.constantFrom('08', '62'), fc.stringMatching(/^\d{7,12}$/)).map(([a, b]) => a + b);
    fc.assert(fc.property(phone, (p) => {
      const m = maskPhone(p);
      expect(m).toBe(`${p.slice(0, 4)}****${p.slice(-3)}`);
    }));
  });
});

describe('never throws', () => {
  it('on any text', () => {
    const digitsy = textFrom('0123456789+-. ()aH', 40);
    fc.assert(fc.property(fc.oneof(anyText, digitsy), (s) => {
      normalizeName(s);
      expect(normalizeHeader(s)).toBe(normalizeHeader(normalizeHeader(s)));
      for (const p of findPhones(s)) {
        expect(p).toMatch(/^\+?(0|62)\d{7,13}$/);
        maskPhone(p);
      }
      maskPhone(s);
    }));
  });
});
