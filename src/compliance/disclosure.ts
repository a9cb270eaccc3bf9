import { findPhrase, foldWithMap } from './text.js';

export interface DisclosureMatch {
  /** The accepted tag as configured (`#iklan`, `paid partnership`). */
  tag: string;
  /** UTF-16 index in the caption where it starts. */
  index: number;
}

/**
 * The earliest ad disclosure in a caption, or null. Case- and diacritic-insensitive.
 * A hashtag matches only as a whole tag (`#ad` is not `#adidas` or `#adv`; `#Iklan.`
 * is `#iklan`); a phrase matches on word boundaries with any whitespace between its
 * words. Only the given tags count, so vague `spon`, `collab`, `#sp` or `#endorse` are
 * disclosure only when a team puts them in its config. Never throws.
 */
export function findDisclosure(caption: string, tags: readonly string[]): DisclosureMatch | null {
  const folded = foldWithMap(caption);
  let best: DisclosureMatch | null = null;
  for (const tag of tags ?? []) {
    const first = findPhrase(folded, String(tag ?? ''))[0];
    if (!first) continue;
    const index = folded.start[first.from] ?? 0;
    if (!best || index < best.index) best = { tag, index };
  }
  return best;
}
