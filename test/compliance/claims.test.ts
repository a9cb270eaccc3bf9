import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveClaims, findClaims } from '../../src/compliance/claims.js';
import { DEFAULT_FORBIDDEN_CLAIMS } from '../../src/config/defaults.js';

const CLAIMS = DEFAULT_FORBIDDEN_CLAIMS;
const quotes = (caption: string) => findClaims(caption, CLAIMS).map((m) => [m.category, m.matched]);

describe('findClaims', () => {
  it('finds every claim in a caption, in order, quoting the caption', () => {
    const caption = 'Jamu ini pasti menyembuhkan darah tinggi, tanpa efek samping kata dokter';
    expect(findClaims(caption, CLAIMS)).toEqual([
      { category: 'cure', phrase: 'pasti menyembuhkan', matched: 'pasti menyembuhkan', index: 9 },
      { category: 'disease', phrase: 'darah tinggi', matched: 'darah tinggi', index: 28 },
      { category: 'safety', phrase: 'tanpa efek samping', matched: 'tanpa efek samping', index: 42 },
      { category: 'doctor', phrase: 'kata dokter', matched: 'kata dokter', index: 61 },
    ]);
  });

  it.each([
    ['Temulawak paling MANJUR buat pegel linu', [['superlative', 'paling MANJUR']]],
    ['Jamu tokcer, cespleng!', [['superlative', 'tokcer'], ['superlative', 'cespleng']]],
    ['Rasanya super seger, top deh', [['superlative', 'super'], ['superlative', 'top']]],
    ['Produk herbal Nomor Satu di Indonesia', [['superlative', 'Nomor Satu']]],
    ['Minum rutin, TEKANAN  DARAH\nTINGGI turun', [['disease', 'TEKANAN  DARAH\nTINGGI']]],
    ['Ampuh bantu atasi hipertensi & diabetes', [['superlative', 'Ampuh'], ['disease', 'hipertensi'], ['disease', 'diabetes']]],
    ['Bagus untuk lever dan cegah kanker', [['disease', 'lever'], ['disease', 'kanker']]],
    ['Dijamin sembuh dalam 7 hari', [['cure', 'Dijamin sembuh']]],
    ['Mengobati asam urat', [['cure', 'Mengobati'], ['disease', 'asam urat']]],
    ['100% aman untuk ibu menyusui', [['safety', '100% aman']]],
    ['Aman dikonsumsi setiap hari', [['safety', 'Aman dikonsumsi']]],
    ['Direkomendasikan dokter kulit', [['doctor', 'Direkomendasikan dokter']]],
    ['Jamu TÓKCÉR banget', [['superlative', 'TÓKCÉR']]],
    ['Jamu tokce\u0301r banget', [['superlative', 'tokce\u0301r']]],
    ['Sakit Gula? coba ini', [['disease', 'Sakit Gula']]],
    ['#tokcer #herbana', [['superlative', 'tokcer']]],
  ] as const)('flags %j', (caption, expected) => {
    expect(quotes(caption)).toEqual(expected);
  });

  it.each([
    'Review laptop baru, topik hari ini',
    'Rutin minum Herbana Temulawak tiap pagi, badan jadi fit! #iklan @herbana.id',
    'Fitur keamanan baru, dan tetap amanah',
    'Clever deliver kesehatan? supermarket ultraviolet',
    'Kalau sakit berlanjut, hubungi dokter',
    'Konsultasikan dengan dokter sebelum minum jamu saat hamil',
    'Kesembuhan itu dari Allah, jamu cuma bantu badan segar',
    'Stopwatch dan toples jamu',
    'Makasih @toko.top dan @jamu.super, cek https://herbana.id/produk-terbaik',
    '',
  ])('does not flag %j', (caption) => {
    expect(quotes(caption)).toEqual([]);
  });

  it('lets the longest phrase win where phrases overlap, one result per span', () => {
    const claims = { cure: ['menyembuhkan', 'pasti menyembuhkan'], again: ['pasti menyembuhkan'], disease: ['darah tinggi', 'tekanan darah tinggi'] };
    expect(findClaims('pasti menyembuhkan tekanan darah tinggi', claims)).toEqual([
      { category: 'cure', phrase: 'pasti menyembuhkan', matched: 'pasti menyembuhkan', index: 0 },
      { category: 'disease', phrase: 'tekanan darah tinggi', matched: 'tekanan darah tinggi', index: 19 },
    ]);
  });

  it('matches whole words only', () => {
    const claims = { x: ['top', 'aman', 'lever'] };
    expect(findClaims('laptop topik keamanan amanah clever levers', claims)).toEqual([]);
    expect(findClaims('Top! aman. (lever)', claims).map((m) => m.matched)).toEqual(['Top', 'aman', 'lever']);
  });

  it('reports each occurrence', () => {
    expect(quotes('super super')).toEqual([['superlative', 'super'], ['superlative', 'super']]);
  });

  it('never throws, and every match quotes its own span of the caption', () => {
    const phrases = fc.array(fc.oneof(fc.constantFrom('top', 'aman', 'pasti menyembuhkan', '100% aman', 'no. 1'), fc.string()), { maxLength: 5 });
    const caption = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom('top', 'aman', 'pasti', 'menyembuhkan', 'É', '\u0301', ' ', '\n', '@', '#', '.', 'laptop'), { maxLength: 12 }).map((a) => a.join('')));
    fc.assert(fc.property(caption, fc.dictionary(fc.string(), phrases), (c, claims) => {
      const found = findClaims(c, claims);
      for (const m of found) expect(c.slice(m.index, m.index + m.matched.length)).toBe(m.matched);
      for (let i = 1; i < found.length; i++) expect(found[i]!.index).toBeGreaterThanOrEqual(found[i - 1]!.index + found[i - 1]!.matched.length);
    }));
  });
});

describe('effectiveClaims', () => {
  it('is the defaults when the config says nothing', () => {
    expect(effectiveClaims({}, CLAIMS)).toEqual(CLAIMS);
    expect(effectiveClaims(undefined, CLAIMS)).toEqual(CLAIMS);
  });
  it('replaces a category the config names, drops one set to [], and adds new ones', () => {
    const merged = effectiveClaims({ superlative: ['juara'], doctor: [], halal: ['halal MUI'] }, CLAIMS);
    expect(merged.superlative).toEqual(['juara']);
    expect(merged).not.toHaveProperty('doctor');
    expect(merged.halal).toEqual(['halal MUI']);
    expect(merged.cure).toEqual(CLAIMS.cure);
    expect(findClaims('Jamu juara, top, kata dokter', merged).map((m) => m.matched)).toEqual(['juara']);
  });
  it('does not change the defaults', () => {
    const before = JSON.stringify(CLAIMS);
    effectiveClaims({ cure: [] }, CLAIMS);
    expect(JSON.stringify(CLAIMS)).toBe(before);
  });
});
