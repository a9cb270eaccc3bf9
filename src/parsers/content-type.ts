/**
 * Content types as calendars write them (`Feed`, `Carousel`, `Reels`, `IG Story`, `Video
 * TikTok`, `Live`, `Tweet`, `Video YouTube`, `Shorts`), read to one small vocabulary.
 * Whole phrases after normalisation, as statuses are: `Feed Carousel` is a carousel,
 * never "feed" by its first word. Unknown → a finding with a did-you-mean.
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
    'instagram feed', 'feed instagram', 'single feed', 'infografis', 'infographic', 'poster', 'post foto', 'photo post', 'fb post', 'facebook post'],
  carousel: ['carousel', 'carrousel', 'karosel', 'slide', 'slides', 'album', 'feed carousel', 'carousel feed', 'ig carousel', 'carousel ig',
    'multi image', 'multiple image', 'swipe post'],
  reels: ['reels', 'reel', 'ig reels', 'reels ig', 'instagram reels', 'reels instagram', 'fb reels', 'facebook reels', 'video reels', 'reels video'],
  story: ['story', 'stories', 'ig story', 'ig stories', 'instagram story', 'instagram stories', 'insta story', 'instastory', 'story ig', 'storie',
    'fb story', 'facebook story', 'snapgram'],
  video: ['video', 'vt', 'tiktok', 'video tiktok', 'tiktok video', 'konten tiktok', 'video youtube', 'youtube video', 'youtube', 'yt video',
    'video yt', 'long video', 'video panjang', 'fb video', 'facebook video', 'vlog'],
  short: ['shorts', 'short', 'youtube shorts', 'yt shorts', 'short video', 'video pendek', 'shorts youtube'],
  live: ['live', 'ig live', 'instagram live', 'live ig', 'tiktok live', 'live tiktok', 'live streaming', 'livestream', 'live stream', 'siaran langsung',
    'youtube live', 'live youtube', 'fb live', 'facebook live', 'live shopping'],
  text: ['tweet', 'twit', 'cuitan', 'thread', 'utas', 'x post', 'post x', 'tweet thread', 'text', 'teks', 'status', 'text post', 'quote tweet',
    'retweet', 'tweets'],
};

const TABLE: ReadonlyMap<string, ContentType> = new Map(
  CONTENT_TYPES.flatMap((t) => PHRASES[t].map((p) => [normalizePhrase(p), t] as const)),
);
const SHOWN: readonly string[] = CONTENT_TYPES.flatMap((t) => PHRASES[t]);

export type ContentTypeResult = { ok: true; type: ContentType | null } | { ok: false; suggestion: string | null };

export function parseContentType(input: string): ContentTypeResult {
  return parseRemembered(typeof input === 'string' ? input : String(input ?? ''));
}

const parseRemembered = remember(512, (raw: string): ContentTypeResult => {
  if (/^[\s\-–—.]*$/u.test(raw)) return { ok: true, type: null };
  const type = TABLE.get(normalizePhrase(raw));
  if (type !== undefined) return { ok: true, type };
  return { ok: false, suggestion: didYouMean(raw, SHOWN, normalizePhrase) };
});
