import { compilePhrase, findPattern, foldWithMap, originalSpan, type CompiledPhrase } from './text.js';

export type ClaimLists = Readonly<Record<string, readonly string[]>>;

export interface ClaimMatch {
  /** The category the phrase is listed under (`superlative`, `cure`, …). */
  category: string;
  /** The phrase as listed. */
  phrase: string;
  /** The caption's own text that matched, for quoting. */
  matched: string;
  /** UTF-16 index in the caption where it starts. */
  index: number;
}

/** Mentions (`@toko.top`) and links name accounts and pages: nothing in them is the KOL's claim. */
const NOT_CLAIMS = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+|\b(?:https?:\/\/|www\.)\S+/gu;

interface ClaimPhrase {
  readonly category: string;
  readonly phrase: string;
  readonly pattern: CompiledPhrase;
}

/** Each claim list's phrases compiled once: a run searches every caption for all of them. */
const compiled = new WeakMap<ClaimLists, readonly ClaimPhrase[]>();

function compiledClaims(claims: ClaimLists | null | undefined): readonly ClaimPhrase[] {
  if (!claims) return [];
  let list = compiled.get(claims);
  if (list === undefined) {
    const phrases: ClaimPhrase[] = [];
    for (const [category, listed] of Object.entries(claims)) {
      if (!Array.isArray(listed)) continue;
      for (const phrase of listed as readonly string[]) {
        const pattern = compilePhrase(String(phrase ?? ''));
        if (pattern) phrases.push({ category, phrase, pattern });
      }
    }
    compiled.set(claims, (list = phrases));
  }
  return list;
}

/**
 * The forbidden claims in a caption, in caption order. Case- and diacritic-insensitive,
 * whole words and phrases only (`top` is not in `laptop` or `topik`, `aman` not in
 * `keamanan` or `amanah`), any whitespace between a phrase's words. Where phrases
 * overlap the longest wins (`pasti menyembuhkan` over `menyembuhkan`), and each span of
 * the caption gives one result (the first category listing it). Text inside @mentions
 * and links is not searched. Never throws.
 */
export function findClaims(caption: string, claims: ClaimLists): ClaimMatch[] {
  const folded = foldWithMap(caption);
  const candidates: { category: string; phrase: string; from: number; to: number }[] = [];
  // Mentions and links are looked for only once a phrase is found: most captions have none.
  let ignored: { from: number; to: number }[] | null = null;
  for (const { category, phrase, pattern } of compiledClaims(claims)) {
    for (const span of findPattern(folded, pattern)) {
      ignored ??= [...folded.text.matchAll(NOT_CLAIMS)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
      if (!ignored.some((t) => span.from < t.to && t.from < span.to)) candidates.push({ category, phrase, ...span });
    }
  }
  if (candidates.length === 0) return [];
  // Longest first, then earliest; the sort is stable, so ties keep the list's order.
  candidates.sort((a, b) => (b.to - b.from) - (a.to - a.from) || a.from - b.from);
  const taken: { from: number; to: number }[] = [];
  const out: ClaimMatch[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.from < t.to && t.from < c.to)) continue;
    taken.push(c);
    const { index, end } = originalSpan(folded, c.from, c.to);
    out.push({ category: c.category, phrase: c.phrase, matched: String(caption).slice(index, end), index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The claim lists a run uses: the defaults, with each category the config names
 * replacing that default category (`[]` turns it off) and new categories added.
 */
export function effectiveClaims(configClaims: ClaimLists | null | undefined, defaults: ClaimLists): Record<string, readonly string[]> {
  const merged: Record<string, readonly string[]> = { ...defaults };
  for (const [category, phrases] of Object.entries(configClaims ?? {})) merged[category] = phrases;
  for (const [category, phrases] of Object.entries(merged)) {
    if (!Array.isArray(phrases) || phrases.length === 0) delete merged[category];
  }
  return merged;
}
