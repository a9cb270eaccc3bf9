/**
 * Caption text as the checks compare it: case- and diacritic-insensitive, with a map
 * back to the caption's own characters so a finding can quote what the KOL wrote.
 */

/** Letters, digits and `_`: what a word (and a hashtag) is made of, in any script. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Compatibility-decomposed, diacritics and invisible format characters removed, lowercase. */
export function fold(s: string): string {
  return String(s ?? '').normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').toLowerCase();
}

/** A folded text and, for each of its UTF-16 units, the span of the original it came from. */
export interface FoldedText {
  readonly text: string;
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/** Fold code point by code point, remembering where each folded unit came from. */
export function foldWithMap(s: string): FoldedText {
  const source = String(s ?? '');
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    // A combining accent written after its letter belongs to the letter: `cafe\u0301` quotes whole.
    if (f.length === 0 && end.length > 0 && /\p{M}/u.test(ch)) end[end.length - 1] = i + ch.length;
    text += f;
    i += ch.length;
  }
  return { text, start, end };
}

/** The original span of folded units [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): { index: number; end: number } {
  const index = folded.start[from] ?? 0;
  const end = folded.end[to - 1] ?? index;
  return { index, end };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const patterns = new Map<string, RegExp | null>();

/**
 * A phrase as a pattern over folded text: words separated by any whitespace, and a word
 * boundary at each end that is a letter or digit (so `#ad` stops before `#adidas` but
 * `#iklan.` still ends at the dot, and `top` is not inside `laptop`). Null for a phrase
 * with nothing in it.
 */
function phrasePattern(phrase: string): RegExp | null {
  const cached = patterns.get(phrase);
  if (cached !== undefined) return cached;
  const words = fold(phrase).split(/\s+/).filter(Boolean);
  let re: RegExp | null = null;
  if (words.length > 0) {
    const body = words.map(escape).join('\\s+');
    const first = words[0]!.charAt(0);
    const lastWord = words[words.length - 1]!;
    const last = lastWord.charAt(lastWord.length - 1);
    const before = isWordChar(first) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = isWordChar(last) ? '(?![\\p{L}\\p{N}_])' : '';
    try {
      re = new RegExp(`${before}${body}${after}`, 'gu');
    } catch {
      re = null;
    }
  }
  if (patterns.size > 2000) patterns.clear();
  patterns.set(phrase, re);
  return re;
}

/** Every whole-word occurrence of `phrase` in the folded text, as folded-unit spans [from, to). */
export function findPhrase(folded: FoldedText, phrase: string): { from: number; to: number }[] {
  const re = phrasePattern(phrase);
  if (!re) return [];
  const out: { from: number; to: number }[] = [];
  for (const m of folded.text.matchAll(re)) {
    if (m[0].length > 0) out.push({ from: m.index, to: m.index + m[0].length });
  }
  return out;
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * How many characters a person counts in `text` (grapheme clusters: an emoji with skin
 * tone is one), falling back to code points where `Intl.Segmenter` is missing.
 */
export function visibleLength(text: string): number {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    } catch {
      segmenter = null;
    }
  }
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
