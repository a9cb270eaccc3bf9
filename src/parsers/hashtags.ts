/**
 * Hashtags of a planned post: from its own column (`#herbana #sehat`, `herbana, sehat`)
 * and from the caption, as the platforms count them — a `#` followed by letters, digits
 * or `_` (Unicode letters: `#sehatalami`, `#健康`), not inside a word or a link
 * (`page#top`, `https://…/#x`). Case-insensitive and once each: `#Herbana` and
 * `#herbana` are one tag.
 */

import { remember } from './memo.js';

// Marks (\p{M}) belong to the word: `#café` written with a combining accent, Thai and Hindi tags.
const TAG = /(^|[^\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*[\p{L}_][\p{L}\p{M}\p{N}_]*)/gu;

/**
 * A tag as tags are compared: lower case. Indonesian has no casing rules of its own (only
 * Turkish, Azeri and Lithuanian do), so this is `toLocaleLowerCase('id')` without asking
 * the locale data for each tag (a test holds the two equal over every code point).
 */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** The tags of a text, in order, first spelling kept, without duplicates (case aside). */
export function hashtagsIn(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Links hold `#` that are no tags; a text without `://` has none to blank out.
  const noLinks = text.includes('://') ? text.replace(/\bhttps?:\/\/\S+/giu, ' ') : text;
  for (const m of noLinks.matchAll(TAG)) {
    const tag = `#${m[2]}`;
    const key = tagKey(tag);
    if (!seen.has(key)) { seen.add(key); out.push(tag); }
  }
  return out;
}

/**
 * A hashtag column's cell: tags with or without `#`, split by spaces, commas or
 * semicolons. A calendar repeats a few such cells down its rows: each is read once (the
 * result is shared, never to be changed).
 */
export const hashtagsOfColumn: (text: string) => readonly string[] = remember(1024, (text) => {
  const words = text.split(/[\s,;]+/u).map((w) => w.trim()).filter(Boolean);
  return Object.freeze(hashtagsIn(words.map((w) => (w.startsWith('#') ? w : `#${w}`)).join(' ')));
});
