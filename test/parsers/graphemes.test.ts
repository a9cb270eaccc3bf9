/**
 * Counting characters without the grapheme segmenter below U+0300 (issue 17) against
 * the segmenter itself, as the disclosure rule and the caption limits count them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleLength } from '../../src/compliance/text.js';
import { captionLength } from '../../src/parsers/caption-length.js';
import { graphemeCount } from '../../src/parsers/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segments = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** X's weights cluster by cluster (twitter-text v3), for text without links. */
function xWeight(text: string): number {
  const light = (cp: number) => cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
  return segments(text.normalize('NFC')).reduce((n, g) => n + (/\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u.test(g)
    ? 2 : [...g].reduce((w, ch) => w + (light(ch.codePointAt(0)!) ? 1 : 2), 0)), 0);
}

const pieces = ['a', 'Z', ' ', '\r\n', '\r', '\n', '\t', '#iklan', '©', '®', '™', 'café', 'cafe\u0301', 'ÀÉÎ', '\u00ad', '\u200b',
  '👍🏽', '👨‍👩‍👧', '🇮🇩', '1\ufe0f\u20e3', 'ｔｏｐ', 'ß', 'İ', '\u0301', 'ﬁ', '½', 'x\u0300', '日本', 'ภาษาไทย', 'हिन्दी', '\u0000', '\u007f',
  '\u200d', '\u0600', '\u0600', '👨', '👨\u200d', '\u200d©', '\u{1F1EE}', 'क्ष', '\u0d4e', '각', '\u1100', '\u1161'];
const caption = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 14 }).map((parts) => parts.join(''));

describe('graphemeCount', () => {
  it('counts every code unit below U+0300, alone and beside others, as the grapheme segmenter does', () => {
    for (let a = 0; a < 0x300; a++) {
      const ch = String.fromCharCode(a);
      expect(graphemeCount(ch)).toBe(segments(ch).length);
      for (const b of [0x0a, 0x0d, 0x20, 0x41, 0xa9, 0xad, 0x2ff, 0x300, 0x200d, a]) {
        const pair = ch + String.fromCharCode(b);
        expect(graphemeCount(pair), `U+${a.toString(16)} U+${b.toString(16)}`).toBe(segments(pair).length);
      }
    }
  });

  it('counts every short string of the units that join across a plain one as the segmenter does', () => {
    // Plain units beside marks, joiners, prepended signs, emoji, flags, keycaps and jamo:
    // every string of four, and of five from fewer (gaps of three plain units between two).
    const units = ['a', '1', '\r', '\n', '©', ' ', '\u0301', '\u200d', '\u0600', '👨', '\u{1F1EE}', '\ufe0f', '\u20e3', '\u1100', '\u1161'];
    const strings = (from: readonly string[], len: number): string[] => (len === 0 ? [''] : strings(from, len - 1).flatMap((w) => from.map((u) => w + u)));
    const words = [1, 2, 3, 4].flatMap((len) => strings(units, len)).concat(strings(['a', '\r', '\n', '©', '\u0600', '\u200d', '👨'], 5));
    for (const w of words) {
      if (graphemeCount(w) !== segments(w).length) expect.fail(`${JSON.stringify(w)}: ${graphemeCount(w)} vs ${segments(w).length}`);
    }
    expect(words.length).toBe(15 + 15 ** 2 + 15 ** 3 + 15 ** 4 + 7 ** 5);
  });

  it('counts any caption as the grapheme segmenter does', () => {
    fc.assert(fc.property(caption, (text) => {
      expect(graphemeCount(text)).toBe(segments(text).length);
      expect(visibleLength(text)).toBe(segments(text).length);
    }), { numRuns: 3000 });
  });

  it('a skin-toned emoji, a family and a letter with its accent written apart are one character each; CRLF is one', () => {
    expect(graphemeCount('a👍🏽b')).toBe(3);
    expect(graphemeCount('👨‍👩‍👧')).toBe(1);
    expect(graphemeCount('cafe\u0301')).toBe(4);
    expect(graphemeCount('a\r\nb\r\r\n')).toBe(5);
  });
});

describe('captionLength on X', () => {
  it('weighs a caption without links as X weighs it cluster by cluster', () => {
    // No dot, no link: X weighs a link 23, which the weights here leave out.
    fc.assert(fc.property(caption.map((t) => t.replace(/[.．。]/g, ' ')), (text) => {
      expect(captionLength(text, 'twitter')).toBe(xWeight(text));
    }), { numRuns: 3000 });
  });

  it('© and ® weigh 2, as emoji do; Latin and CRLF 1 a character', () => {
    expect(captionLength('Herbana© ®', 'twitter')).toBe(12);
    expect(captionLength('a\r\nb', 'twitter')).toBe(4);
  });
});
