/**
 * One platform's calendar settings as a run uses them: config `calendar.platforms` over
 * `DEFAULT_CALENDAR_PLATFORMS`, a key set to null turning that check off, windows parsed
 * once. A platform with no defaults (Shopee, a marketplace) has no limits and no windows.
 */
import type { Config } from '../config/schema.js';
import { DEFAULT_CALENDAR_PLATFORMS } from '../config/defaults.js';
import type { Platform } from '../parsers/platform.js';
import { parseWindow } from '../parsers/time.js';

export interface PlatformSettings {
  readonly captionLimit: number | null;
  /** The lower of the platform's limit and the team's `maxHashtags`, and which of the two it is. */
  readonly hashtagLimit: number | null;
  readonly hashtagLimitFrom: 'platform' | 'team' | null;
  readonly primeTime: readonly { from: number; to: number; text: string }[];
  readonly cadence: { readonly posts: number; readonly days: number } | null;
  readonly engagementTarget: number | null;
}

const cache = new WeakMap<Config, Map<Platform, PlatformSettings>>();

export function platformSettings(config: Config, platform: Platform): PlatformSettings {
  let byPlatform = cache.get(config);
  if (!byPlatform) cache.set(config, (byPlatform = new Map()));
  let s = byPlatform.get(platform);
  if (!s) byPlatform.set(platform, (s = build(config, platform)));
  return s;
}

function build(config: Config, platform: Platform): PlatformSettings {
  const defaults = (DEFAULT_CALENDAR_PLATFORMS as Partial<Record<Platform, (typeof DEFAULT_CALENDAR_PLATFORMS)['instagram']>>)[platform];
  const own = (config.calendar.platforms as Partial<Record<Platform, Record<string, unknown>>>)[platform] ?? {};
  const pick = <T>(key: string, fallback: T): T => (key in own ? (own[key] as T) : fallback);
  const platformHashtags = pick<number | null>('hashtagLimit', defaults?.hashtagLimit ?? null);
  const team = config.calendar.maxHashtags ?? null;
  const teamWins = team !== null && (platformHashtags === null || team < platformHashtags);
  const windows = pick<readonly string[]>('primeTime', defaults?.primeTime ?? []);
  return {
    captionLimit: pick<number | null>('captionLimit', defaults?.captionLimit ?? null),
    hashtagLimit: teamWins ? team : platformHashtags,
    hashtagLimitFrom: teamWins ? 'team' : platformHashtags === null ? null : 'platform',
    primeTime: windows.flatMap((text) => { const w = parseWindow(text); return w ? [{ ...w, text: text.trim() }] : []; }),
    cadence: pick<PlatformSettings['cadence']>('cadence', defaults?.cadence ?? null),
    engagementTarget: pick<number | null>('engagementTarget', defaults?.engagementTarget ?? null),
  };
}
