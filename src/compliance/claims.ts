import { findPhrase, foldWithMap, originalSpan } from './text.js';

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
  const ignored = [...folded.text.matchAll(NOT_CLAIMS)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  for (const [category, phrases] of Object.entries(claims ?? {})) {
    if (!Array.isArray(phrases)) continue;
    for (const phrase of phrases as readonly string[]) {
      for (const span of findPhrase(folded, String(phrase ?? ''))) {
        if (!ignored.some((t) => span.from < t.to && t.from < span.to)) candidates.push({ category, phrase, ...span });
      }
    }
  }
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
