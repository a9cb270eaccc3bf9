/**
 * Content types as calendars write them (`Feed`, `Carousel`, `Reels`, `IG Story`, `Video
 * TikTok`, `Live`, `Tweet`, `Video YouTube`, `Shorts`), read to one small vocabulary.
 * Whole phrases after normalisation, as statuses are: `Feed Carousel` is a carousel,
 * never "feed" by its first word. Two ways of writing more come after the whole phrase:
 * a platform's name before or after a type (`Story FB`, `Carousel Instagram`, `X thread`)
 * is dropped, the platform column says it; and alternatives (`Carousel/Slide`, `Reels |
 * Reel`) are one type when every part reads as the same type, while parts that read as
 * different types (`Feed/Reels`) are two posts in one row, reported with the types found.
 * Unknown → a finding with a did-you-mean.
 */
import { remember } from './memo.js';
import { normalizePhrase } from './status.js';
import { didYouMean } from './suggest.js';

export type ContentType = 'feed' | 'carousel' | 'reels' | 'story' | 'video' | 'short' | 'live' | 'text';

export const CONTENT_TYPES: readonly ContentType[] = ['feed', 'carousel', 'reels', 'story', 'video', 'short', 'live', 'text'];

export const CONTENT_TYPE_LABELS: Readonly<Record<ContentType, string>> = {
  feed: 'Feed', carousel: 'Carousel', reels: 'Reels', story: 'Story', video: 'Video', short: 'Shorts', live: 'Live', text: 'Text post',
};

const PHRASES: Readonly<Record<ContentType, readonly string[]>> = {
  feed: ['feed', 'feeds', 'post', 'posting', 'single post', 'single image', 'foto', 'photo', 'image', 'gambar', 'ig feed', 'feed ig',
    'instagram feed', 'feed instagram', 'single feed', 'infografis', 'infographic', 'poster', 'post foto', 'photo post', 'fb post', 'facebook post',
    'feed post', 'post feed', 'feed foto', 'foto feed', 'konten feed'],
  carousel: ['carousel', 'carrousel', 'karosel', 'slide', 'slides', 'album', 'feed carousel', 'carousel feed', 'ig carousel', 'carousel ig',
    'multi image', 'multiple image', 'swipe post', 'carousel post', 'post carousel', 'photo carousel', 'carousel foto',
    'foto carousel', 'slide post'],
  reels: ['reels', 'reel', 'ig reels', 'reels ig', 'instagram reels', 'reels instagram', 'fb reels', 'facebook reels', 'video reels', 'reels video',
    'reel video', 'video reel'],
  story: ['story', 'stories', 'ig story', 'ig stories', 'instagram story', 'instagram stories', 'insta story', 'instastory', 'story ig', 'storie',
    'fb story', 'facebook story', 'snapgram'],
  video: ['video', 'vt', 'tiktok', 'video tiktok', 'tiktok video', 'konten tiktok', 'video youtube', 'youtube video', 'youtube', 'yt video',
    'video yt', 'long video', 'video panjang', 'fb video', 'facebook video', 'vlog', 'konten video', 'video konten'],
  short: ['shorts', 'short', 'youtube shorts', 'yt shorts', 'short video', 'video pendek', 'shorts youtube', 'video short', 'video shorts'],
  live: ['live', 'ig live', 'instagram live', 'live ig', 'tiktok live', 'live tiktok', 'live streaming', 'livestream', 'live stream', 'siaran langsung',
    'youtube live', 'live youtube', 'fb live', 'facebook live', 'live shopping', 'live session', 'sesi live'],
  text: ['tweet', 'twit', 'cuitan', 'thread', 'utas', 'x post', 'post x', 'tweet thread', 'text', 'teks', 'status', 'text post', 'postingan teks', 'post teks', 'posting teks', 'quote tweet',
    'retweet', 'tweets'],
};

const TABLE: ReadonlyMap<string, ContentType> = new Map(
  CONTENT_TYPES.flatMap((t) => PHRASES[t].map((p) => [normalizePhrase(p), t] as const)),
);
const SHOWN: readonly string[] = CONTENT_TYPES.flatMap((t) => PHRASES[t]);

/**
 * `ok: false` with `types`: the cell names two or more types (`Feed/Reels`); without:
 * nothing known, `suggestion` the nearest phrase.
 */
export type ContentTypeResult =
  | { ok: true; type: ContentType | null }
  | { ok: false; suggestion: string | null; types?: readonly ContentType[] };

export function parseContentType(input: string): ContentTypeResult {
  return parseRemembered(typeof input === 'string' ? input : String(input ?? ''));
}

/** Platform names a type is written with, in normalised form (`IG`, `Instagram`, `TT`, `YT`, `FB`, `X`). */
const PLATFORM_WORDS = ['instagram', 'insta', 'ig', 'tiktok', 'tt', 'youtube', 'yt', 'facebook', 'fb', 'twitter', 'x'].map(normalizePhrase);

/** A type written whole, or with a platform's name before or after it. */
function typeOf(phrase: string): ContentType | undefined {
  const words = phrase.trim().split(/[\s\-–—_:()[\]]+/u).filter(Boolean);
  const whole = TABLE.get(normalizePhrase(phrase));
  if (whole !== undefined || words.length < 2) return whole;
  const first = normalizePhrase(words[0]!);
  const last = normalizePhrase(words[words.length - 1]!);
  if (PLATFORM_WORDS.includes(first)) { const t = TABLE.get(normalizePhrase(words.slice(1).join(' '))); if (t !== undefined) return t; }
  if (PLATFORM_WORDS.includes(last)) return TABLE.get(normalizePhrase(words.slice(0, -1).join(' ')));
  return undefined;
}

const parseRemembered = remember(512, (raw: string): ContentTypeResult => {
  if (/^[\s\-–—.]*$/u.test(raw)) return { ok: true, type: null };
  const type = typeOf(raw);
  if (type !== undefined) return { ok: true, type };
  const parts = raw.split(/\s*[/|,;+&]\s*/u).filter((p) => p.trim() !== '');
  if (parts.length > 1) {
    const types = parts.map(typeOf);
    if (types.every((t) => t !== undefined)) {
      const distinct = [...new Set(types as ContentType[])];
      return distinct.length === 1 ? { ok: true, type: distinct[0]! } : { ok: false, suggestion: null, types: distinct };
    }
  }
  return { ok: false, suggestion: didYouMean(raw, SHOWN, normalizePhrase) };
});
