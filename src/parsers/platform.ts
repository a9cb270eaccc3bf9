/**
 * Platform names as teams write them in a `Platform` column or block title
 * (`Instagram`, `IG`, `TikTok Shop`, `TT`, `YT`, `X`, `FB`, `Tokped`).
 */
import { remember } from './memo.js';
import { didYouMean } from './suggest.js';

export type Platform = 'instagram' | 'tiktok' | 'youtube' | 'twitter' | 'facebook' | 'shopee' | 'tokopedia' | 'lazada';

/** Display names, in the order suggestions prefer. */
export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'Twitter',
  facebook: 'Facebook',
  shopee: 'Shopee',
  tokopedia: 'Tokopedia',
  lazada: 'Lazada',
};

/** Aliases in comparison form (lowercase letters and digits only). */
const ALIASES: ReadonlyMap<string, Platform> = new Map(Object.entries({
  instagram: 'instagram', ig: 'instagram', insta: 'instagram', instagr: 'instagram',
  tiktok: 'tiktok', tiktokshop: 'tiktok', tt: 'tiktok', tts: 'tiktok', tiktokaffiliate: 'tiktok',
  youtube: 'youtube', yt: 'youtube', youtubeshorts: 'youtube',
  twitter: 'twitter', x: 'twitter', xtwitter: 'twitter', twitterx: 'twitter',
  facebook: 'facebook', fb: 'facebook',
  shopee: 'shopee', shopeeaffiliate: 'shopee', shopeelive: 'shopee', shopeevideo: 'shopee',
  tokopedia: 'tokopedia', tokped: 'tokopedia',
  lazada: 'lazada',
} satisfies Record<string, Platform>));

const key = (s: string): string =>
  String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A platform name, case-, space- and punctuation-insensitive. Blank → `platform: null`.
 * Unknown → the closest display name (`Instagarm` → `Instagram`) or null. Never throws.
 * TikTok Shop is the `tiktok` platform: one creator account serves both.
 */
export function parsePlatform(s: string): PlatformResult {
  return typeof s === 'string' ? parseRemembered(s) : readPlatform(String(s ?? ''));
}

type PlatformResult = { ok: true; platform: Platform | null } | { ok: false; suggestion: string | null };

const parseRemembered = remember(1024, readPlatform);

function readPlatform(raw: string): PlatformResult {
  if (raw.trim() === '') return { ok: true, platform: null };
  const platform = ALIASES.get(key(raw));
  if (platform !== undefined) return { ok: true, platform };
  const labels = [...Object.values(PLATFORM_LABELS), 'TikTok Shop'];
  return { ok: false, suggestion: didYouMean(raw, labels, key) };
}

/** `instagram` → `Instagram`; `parsePlatform` reads it back. */
export function formatPlatform(p: Platform): string {
  return PLATFORM_LABELS[p] ?? String(p);
}

/**
 * Does a link's platform fit the row's platform? Unknown on either side → true (nothing
 * to contradict). Otherwise they must be the same: a Shopee deal linking to tiktok.com
 * (seed "Gambar 3.4") does not fit.
 */
export function linkFitsPlatform(linkPlatform: Platform | null, platform: Platform | null): boolean {
  if (linkPlatform === null || linkPlatform === undefined || platform === null || platform === undefined) return true;
  return linkPlatform === platform;
}

/**
 * A platform as a content calendar names it: Twitter is called X since 2023, and a
 * calendar plans "X posts"; the listings' older "Twitter" label is kept where teams still write it.
 */
export function calendarPlatformLabel(p: Platform): string {
  return p === 'twitter' ? 'X' : formatPlatform(p);
}
