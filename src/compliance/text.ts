import { graphemeCount } from '../parsers/graphemes.js';

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

/** The last caption folded: a recap row's caption is folded by the claim rule and the disclosure rule in turn. */
let lastSource: string | null = null;
let lastFolded: FoldedText | null = null;

/**
 * Fold code point by code point, remembering where each folded unit came from. ASCII is
 * folded by lower-casing it (NFKD leaves it as it is, and it holds no mark or format
 * character), so the per-character `fold` — a normalisation and a pattern a character —
 * runs only for the rest (issue 17: it was a third of a 50,000-row recap's check).
 */
export function foldWithMap(s: string): FoldedText {
  const source = String(s ?? '');
  if (source === lastSource && lastFolded !== null) return lastFolded;
  lastSource = source;
  if (isAscii(source)) return (lastFolded = { text: source.toLowerCase(), ...identitySpans(source.length) });
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      start.push(i);
      end.push(i + 1);
      text += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
      i += 1;
      continue;
    }
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
  return (lastFolded = { text, start, end });
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * `start[i] = i`, `end[i] = i + 1`: the map of a text folded unit for unit, shared by
 * every ASCII caption (two arrays of a caption's length a row were most of a recap's
 * garbage). Grown to the longest caption yet; an index past a text is never asked.
 */
const IDENTITY_START: number[] = [];
const IDENTITY_END: number[] = [];

function identitySpans(length: number): { start: readonly number[]; end: readonly number[] } {
  for (let i = IDENTITY_START.length; i < length; i++) {
    IDENTITY_START.push(i);
    IDENTITY_END.push(i + 1);
  }
  return { start: IDENTITY_START, end: IDENTITY_END };
}

/** The original span of folded units [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): { index: number; end: number } {
  const index = folded.start[from] ?? 0;
  const end = folded.end[to - 1] ?? index;
  return { index, end };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A phrase's pattern, and its folded words: a text without each of them cannot match, so it is not searched. */
interface PhrasePattern {
  readonly re: RegExp;
  readonly words: readonly string[];
}

const patterns = new Map<string, PhrasePattern | null>();

/**
 * A phrase as a pattern over folded text: words separated by any whitespace, and a word
 * boundary at each end that is a letter or digit (so `#ad` stops before `#adidas` but
 * `#iklan.` still ends at the dot, and `top` is not inside `laptop`). Null for a phrase
 * with nothing in it.
 */
function phrasePattern(phrase: string): PhrasePattern | null {
  const cached = patterns.get(phrase);
  if (cached !== undefined) return cached;
  const words = fold(phrase).split(/\s+/).filter(Boolean);
  let pattern: PhrasePattern | null = null;
  if (words.length > 0) {
    const body = words.map(escape).join('\\s+');
    const first = words[0]!.charAt(0);
    const lastWord = words[words.length - 1]!;
    const last = lastWord.charAt(lastWord.length - 1);
    const before = isWordChar(first) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = isWordChar(last) ? '(?![\\p{L}\\p{N}_])' : '';
    try {
      pattern = { re: new RegExp(`${before}${body}${after}`, 'gu'), words };
    } catch {
      pattern = null;
    }
  }
  if (patterns.size > 2000) patterns.clear();
  patterns.set(phrase, pattern);
  return pattern;
}

const NO_SPANS: readonly { from: number; to: number }[] = Object.freeze([]);

/**
 * Every whole-word occurrence of `phrase` in the folded text, as folded-unit spans [from, to).
 * The pattern runs only over a text holding every word of the phrase as written: a
 * caption is searched for some 65 phrases and holds almost none, and `includes` costs a
 * fraction of a Unicode pattern with look-behind (issue 17).
 */
export function findPhrase(folded: FoldedText, phrase: string): readonly { from: number; to: number }[] {
  const pattern = phrasePattern(phrase);
  return pattern ? findPattern(folded, pattern) : NO_SPANS;
}

/** A phrase made ready once, for a list searched in every caption of a run (`compilePhrase`). */
export type CompiledPhrase = PhrasePattern;

/** `phrase` as `findPattern` searches for it; null for a phrase with nothing in it. */
export function compilePhrase(phrase: string): CompiledPhrase | null {
  return phrasePattern(phrase);
}

/** `findPhrase` with the phrase compiled already. */
export function findPattern(folded: FoldedText, pattern: CompiledPhrase): readonly { from: number; to: number }[] {
  const text = folded.text;
  for (const word of pattern.words) if (!text.includes(word)) return NO_SPANS;
  const out: { from: number; to: number }[] = [];
  for (const m of text.matchAll(pattern.re)) {
    if (m[0].length > 0) out.push({ from: m.index, to: m.index + m[0].length });
  }
  return out;
}

/**
 * How many characters a person counts in `text` (grapheme clusters: an emoji with skin
 * tone is one), falling back to code points where `Intl.Segmenter` is missing.
 */
export function visibleLength(text: string): number {
  return graphemeCount(text);
}
