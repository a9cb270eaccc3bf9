/**
 * The SOP's and the regulators' defaults that a team may override in config. Kept apart
 * from the schema so the lists are easy to read and to cite.
 */
import type { Config } from './schema.js';

/** Ad disclosure that counts (PRODUCT.md §6). Vague `spon`, `collab`, `#sp` deliberately do not. */
export const DEFAULT_DISCLOSURE_TAGS: readonly string[] = ['#iklan', '#ad', '#ads', '#sponsored', 'paid partnership', '#paidpartnership'];

/** How far into the caption the disclosure must appear ("early in the caption"). */
export const DEFAULT_DISCLOSURE_WITHIN = 150;

/**
 * Claims BPOM's advertising guidance forbids for herbal products (jamu, obat
 * tradisional, suplemen), by category; each finding quotes the phrase it matched.
 * Phrases match as whole words, case- and accent-insensitively, and the longest
 * overlapping phrase wins. Deliberately left out: a bare `dokter`, because the advisory
 * "hubungi / konsultasikan dengan dokter" is required text, not an endorsement. Kept
 * although they can misfire (a team may replace the category in config): `aman`
 * ("paket sampai dengan aman"), `top` ("top up"), `istimewa` ("hari istimewa").
 */
export const DEFAULT_FORBIDDEN_CLAIMS: Readonly<Record<string, readonly string[]>> = {
  superlative: ['super', 'ultra', 'istimewa', 'top', 'tokcer', 'cespleng', 'manjur', 'ampuh', 'terampuh', 'termanjur', 'terbaik',
    'paling ampuh', 'paling manjur', 'nomor satu', 'nomor 1', 'no 1', 'no. 1', 'no.1'],
  cure: ['pasti menyembuhkan', 'menyembuhkan', 'menyembuhkan segala penyakit', 'obat segala penyakit', 'mengobati',
    'sembuh', 'pasti sembuh', 'dijamin sembuh'],
  disease: ['kanker', 'tbc', 'tuberkulosis', 'tekanan darah tinggi', 'hipertensi', 'darah tinggi', 'diabetes', 'kencing manis',
    'sakit gula', 'impotensi', 'lemah syahwat', 'disfungsi ereksi', 'lever', 'liver', 'jantung koroner', 'stroke', 'asam urat',
    'kolesterol', 'kolesterol tinggi'],
  safety: ['tanpa efek samping', 'bebas efek samping', 'tidak ada efek samping', 'no side effect', 'no side effects',
    '100% aman', 'dijamin aman', 'aman dikonsumsi', 'aman'],
  doctor: ['direkomendasikan dokter', 'direkomendasikan oleh dokter', 'rekomendasi dokter', 'disarankan dokter',
    'disarankan oleh dokter', 'dianjurkan dokter', 'dokter merekomendasikan', 'dokter menyarankan', 'kata dokter', 'pilihan dokter'],
};

/** Follow-up days after the PR pack arrives, then "ghosted" (PRODUCT.md §6). */
export const DEFAULT_FOLLOW_UP_DAYS: readonly number[] = [7, 10, 14];

/** Engagement below this rate (%) is worth a look; the denominator is stated in the finding. */
export const DEFAULT_ENGAGEMENT_BENCHMARK = { byFollowers: 1, byViews: 3 };

/** Content is ready at least two weeks before it goes out (`003_…`: "minimal dua minggu, sering sebulan"). */
export const DEFAULT_CALENDAR_LEAD_DAYS = 14;

export interface CalendarPlatformDefaults {
  /** Characters (X: weighted characters) a caption may hold; null: no limit checked. */
  readonly captionLimit: number | null;
  readonly hashtagLimit: number | null;
  /** Windows in WIB; the seed (`003_…`) says prime time is the team's own, from its insights: these are a start. */
  readonly primeTime: readonly string[];
  readonly cadence: { readonly posts: number; readonly days: number } | null;
  readonly engagementTarget: number | null;
}

/**
 * Each platform's limits as it documents them (checked 2026-12), and starting points for
 * the habits a team sets itself:
 * - Instagram: caption 2,200 characters and at most 5 hashtags on a post or reel
 *   (Instagram Help Center; the limit went from 30 to 5 in December 2025).
 * - TikTok: caption 4,000 characters (TikTok Help Center, "Adding captions"); no hashtag
 *   limit but the caption's length.
 * - X: 280 weighted characters for an account without Premium (developer.x.com,
 *   "Counting characters"); no hashtag limit (X's help suggests one or two).
 * - YouTube: a description holds 5,000 characters; with more than 60 hashtags YouTube
 *   ignores every one of them (YouTube Help, "Use hashtags for YouTube search").
 * - Facebook: 63,206 characters in a post; no hashtag limit.
 * Prime time (WIB) and cadence are common Indonesian starting points, not platform
 * facts: the SOP (`001_…`) asks for the audience's own prime time, so set them from the
 * account's insights. Engagement targets likewise: the team's KPI, stated in the report.
 */
export const DEFAULT_CALENDAR_PLATFORMS: Readonly<Record<'instagram' | 'tiktok' | 'youtube' | 'twitter' | 'facebook', CalendarPlatformDefaults>> = {
  instagram: { captionLimit: 2200, hashtagLimit: 5, primeTime: ['11:00-13:00', '19:00-22:00'], cadence: { posts: 3, days: 7 }, engagementTarget: 3 },
  tiktok: { captionLimit: 4000, hashtagLimit: null, primeTime: ['12:00-14:00', '18:00-22:00'], cadence: { posts: 3, days: 7 }, engagementTarget: 5 },
  twitter: { captionLimit: 280, hashtagLimit: null, primeTime: ['07:00-09:00', '12:00-13:00', '19:00-21:00'], cadence: { posts: 5, days: 7 }, engagementTarget: 1 },
  youtube: { captionLimit: 5000, hashtagLimit: 60, primeTime: ['17:00-21:00'], cadence: { posts: 1, days: 14 }, engagementTarget: 4 },
  facebook: { captionLimit: 63206, hashtagLimit: null, primeTime: ['12:00-14:00', '19:00-21:00'], cadence: { posts: 2, days: 7 }, engagementTarget: 1 },
};

/**
 * The config of a run without kolops.config.json: what `configSchema.parse({})` gives,
 * written out so that such a run never loads zod (a tenth of a second of start-up).
 */
export function defaultConfig(): Config {
  return {
    brands: [],
    listing: { monthlyTarget: 20, targetPerBrand: false, allowedTiers: ['nano', 'micro', 'macro', 'mega'], requireConsentColumn: false },
    posting: {
      disclosureTags: [...DEFAULT_DISCLOSURE_TAGS],
      disclosureWithin: DEFAULT_DISCLOSURE_WITHIN,
      forbiddenClaims: {},
      followUpDays: [...DEFAULT_FOLLOW_UP_DAYS],
      engagementBenchmark: { ...DEFAULT_ENGAGEMENT_BENCHMARK },
    },
    affiliate: { deliverables: { videos: 3, lives: 1 } },
    statuses: {},
    calendar: { minLeadDays: DEFAULT_CALENDAR_LEAD_DAYS, timeZone: 'WIB', statuses: {}, platforms: {} },
    columns: {},
    context: [],
    limits: { maxSheetBytes: 1024 * 1024 * 1024, maxCells: 50_000_000 },
    rules: {},
  };
}
