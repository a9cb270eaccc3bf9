/**
 * Hashtags of a planned post: from its own column (`#herbana #sehat`, `herbana, sehat`)
 * and from the caption, as the platforms count them — a `#` followed by letters, digits
 * or `_` (Unicode letters: `#sehatalami`, `#健康`), not inside a word or a link
 * (`page#top`, `https://…/#x`). Case-insensitive and once each: `#Herbana` and
 * `#herbana` are one tag.
 */

// Marks (\p{M}) belong to the word: `#café` written with a combining accent, Thai and Hindi tags.
const TAG = /(^|[^\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*[\p{L}_][\p{L}\p{M}\p{N}_]*)/gu;

/** The tags of a text, in order, first spelling kept, without duplicates (case aside). */
export function hashtagsIn(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const noLinks = text.replace(/\bhttps?:\/\/\S+/giu, ' ');
  for (const m of noLinks.matchAll(TAG)) {
    const tag = `#${m[2]}`;
    const key = tag.toLocaleLowerCase('id');
    if (!seen.has(key)) { seen.add(key); out.push(tag); }
  }
  return out;
}

/** A hashtag column's cell: tags with or without `#`, split by spaces, commas or semicolons. */
export function hashtagsOfColumn(text: string): string[] {
  const words = text.split(/[\s,;]+/u).map((w) => w.trim()).filter(Boolean);
  return hashtagsIn(words.map((w) => (w.startsWith('#') ? w : `#${w}`)).join(' '));
}
