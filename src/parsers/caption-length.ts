/**
 * A caption's length as each platform counts it against its limit.
 *
 * Most platforms count characters as a person sees them (an emoji with its skin tone is
 * one). X counts "weighted" characters (developer.x.com, "Counting characters"; the
 * twitter-text library's v3 configuration): Latin, Indonesian and most punctuation weigh
 * 1; CJK, most other scripts and every emoji weigh 2; a link weighs 23 whatever its
 * length, as X shortens it. So 140 Japanese characters fill a post, as do 280 Latin ones.
 */
import { eachGrapheme, graphemeCount, isBelowMarks } from './graphemes.js';
import type { Platform } from './platform.js';

/** twitter-text v3: code point ranges of weight 1; everything else weighs 2. */
const LIGHT: readonly [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]];
/**
 * Links as X finds them: with `http(s)://`, or a bare domain (`herbana.com/promo`,
 * `shop.herbana.co.id`) — not an e-mail address, and, as twitter-text does, not a bare
 * one-label domain on a country code with no path (`herbana.id` stays text, `herbana.id/promo`
 * is a link). Punctuation closing a sentence after a link is not part of it.
 */
const LINK = /https?:\/\/\S+|(?<![\p{L}\p{N}@._/-])((?:[a-z0-9-]+\.)+)([a-z]{2,})(?![\p{L}\p{N}-])(\/\S*)?/giu;
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'xyz', 'shop', 'store', 'app', 'dev', 'site', 'online', 'blog', 'link', 'live']);
const TRAILING = /[.,!?:;)"'\]]+$/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

function weightedX(written: string): number {
  // X counts the text normalised to NFC: `é` typed as `e` and a combining accent is one character.
  const text = written.normalize('NFC');
  let links = 0;
  const rest = text.replace(LINK, (link: string, labels?: string, tld?: string, path?: string) => {
    if (labels !== undefined && tld !== undefined) {
      const generic = GENERIC_TLDS.has(tld.toLowerCase());
      const country = tld.length === 2;
      if (!generic && !country) return link;
      if (!generic && !path && labels.split('.').length === 2) return link;
    }
    links++;
    return TRAILING.exec(link)?.[0] ?? '';
  });
  let n = links * 23;
  // Below U+0300 every character weighs 1 (CRLF is two of them) but © and ®, which are emoji.
  const plain = (run: string) => { n += run.length + countOf(run, '\u00a9') + countOf(run, '\u00ae'); };
  if (isBelowMarks(rest)) {
    plain(rest);
    return n;
  }
  eachGrapheme(rest, plain, (g) => {
    if (EMOJI.test(g)) {
      n += 2;
      return;
    }
    for (const ch of g) {
      const cp = ch.codePointAt(0)!;
      n += LIGHT.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
    }
  });
  return n;
}

/** How long `text` is for `platform`'s caption limit. */
export function captionLength(text: string, platform: Platform | null): number {
  if (platform === 'twitter') return weightedX(text);
  return graphemeCount(text);
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
