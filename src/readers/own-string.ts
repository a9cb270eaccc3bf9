/**
 * `text` as a string of its own. V8 makes a slice of 13 characters or more a view that
 * keeps the whole string it was cut from alive — for a reader, the 64 KiB chunk of CSV
 * text or sheet XML — so a rule that keeps one cell a row (an account, a KOL's name for
 * the posting join) would keep the whole file's text. Shorter slices are copies already.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
