export interface EngagementInput {
  views: number | null;
  likes: number | null;
  comments: number | null;
  followers?: number | null;
  platform: string | null;
}

export interface Engagement {
  /** Percentage: 2.5 means 2.5 %. */
  rate: number;
  denominator: 'views' | 'followers';
  /** Likes + comments. */
  interactions: number;
}

const count = (n: number | null | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;

/** TikTok and YouTube are judged by views: reach there is not the follower count. */
function viewsPlatform(platform: string | null): boolean {
  const p = String(platform ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return p.startsWith('tiktok') || p.startsWith('youtube') || p === 'yt' || p === 'tt';
}

/**
 * Engagement rate with its denominator stated: (likes + comments) / views for TikTok and
 * YouTube, or whenever views are known and followers are not; / followers otherwise. A
 * missing likes or comments count counts 0; null when both are missing, or when the
 * denominator is missing or 0 (or the counts are not usable numbers). Never throws.
 */
export function engagementRate(e: EngagementInput): Engagement | null {
  const likes = count(e?.likes);
  const comments = count(e?.comments);
  if (likes === null && comments === null) return null;
  const interactions = (likes ?? 0) + (comments ?? 0);
  const views = count(e?.views);
  const followers = count(e?.followers);
  const byViews = viewsPlatform(e?.platform ?? null) || (!followers && !!views);
  const base = byViews ? views : followers;
  if (!base) return null;
  const rate = (interactions / base) * 100;
  if (!Number.isFinite(rate)) return null;
  return { rate, denominator: byViews ? 'views' : 'followers', interactions };
}
