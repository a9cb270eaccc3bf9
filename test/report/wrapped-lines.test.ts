import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../src/report/render/xlsx-sheet.js';

/** The reading wrappedLines was written as, by splitting: the reference its one-pass scanner is held to. */
function bySplitting(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 1) / (bold ? 1.1 : 1)));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

describe('wrappedLines', () => {
  it('counts the lines the split reading counts', () => {
    for (const text of ['', ' ', 'a', 'two words', 'a\r\nb', 'a\n\rb', '\n', 'x\u00a0y\u2028z\u3000w\ufeffv\u000bu', 'averyveryverylongword and more', 'Deals declared (August 2024)']) {
      for (const width of [1, 2, 5, 10, 12, 40]) for (const bold of [false, true]) expect(wrappedLines(text, width, bold), JSON.stringify(text)).toBe(bySplitting(text, width, bold));
    }
  });

  it('agrees on generated texts', () => {
    const unit = fc.constantFrom(...'ab Z9\t\n\r\u000b\u000c\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff-é😀'.split(''));
    const text = fc.array(unit, { maxLength: 60 }).map((u) => u.join(''));
    fc.assert(fc.property(text, fc.integer({ min: -2, max: 60 }), fc.boolean(), (s, w, b) => {
      expect(wrappedLines(s, w, b)).toBe(bySplitting(s, w, b));
    }), { numRuns: 3000 });
  });
});
