import { z } from 'zod';
import { KIND_COLUMNS } from '../tables/columns.js';
import { DEFAULT_CALENDAR_LEAD_DAYS, DEFAULT_DISCLOSURE_TAGS, DEFAULT_DISCLOSURE_WITHIN, DEFAULT_ENGAGEMENT_BENCHMARK, DEFAULT_FOLLOW_UP_DAYS } from './defaults.js';

/**
 * kolops.config.json. Every key is optional; defaults come from the SOP (PRODUCT.md §1,
 * §4) and are spelled out once more in `defaultConfig()` (defaults.ts), which a run
 * without a config file uses without loading zod; a test keeps the two equal. Unknown keys are rejected, so a typo such as `monthlyTarge` is an error with its
 * path instead of a silently ignored setting.
 */
const brand = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  handles: z.array(z.string().min(1)).default([]),
});

const tierName = z.enum(['nano', 'micro', 'macro', 'mega']);

const tierBounds = z.strictObject({
  name: tierName,
  min: z.number().int().nonnegative(),
  max: z.number().int().positive().nullable().default(null),
});

const deadline = z.union([
  z.strictObject({ dayOfMonth: z.number().int().min(1).max(31) }),
  z.strictObject({ daysAfterShipment: z.number().int().min(0).max(365) }),
  z.strictObject({ endOfMonth: z.literal(true) }),
]);

const statusName = z.enum(['agreed', 'shipped', 'done', 'declined', 'unreachable', 'pending']);

const calendarStatusName = z.enum(['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']);
/** The platforms a content calendar plans for (`twitter` is X). */
const calendarPlatform = z.enum(['instagram', 'tiktok', 'youtube', 'twitter', 'facebook']);
/** `19:00-21:00` (or `19.00-21.00`), in `calendar.timeZone`; may cross midnight (`22:00-01:00`). */
const timeWindow = z.string().regex(/^\s*([01]?\d|2[0-3])[.:][0-5]\d\s*[-–]\s*([01]?\d|2[0-4])[.:][0-5]\d\s*$/, 'a time window such as "19:00-21:00"');

/**
 * One platform's limits and habits, over the defaults of `DEFAULT_CALENDAR_PLATFORMS`
 * (defaults.ts, each with its source): a key given replaces that default, `null` turns
 * the check off for the platform.
 */
const calendarPlatformSettings = z.strictObject({
  captionLimit: z.number().int().positive().nullable().optional(),
  hashtagLimit: z.number().int().positive().nullable().optional(),
  primeTime: z.array(timeWindow).optional(),
  /** At least `posts` posts in any `days` days; longer without one is a calendar/gap. */
  cadence: z.strictObject({ posts: z.number().int().positive(), days: z.number().int().positive().max(366) }).nullable().optional(),
  /** KPI: engagement rate (%) a published post should reach, by reach (else impressions). */
  engagementTarget: z.number().min(0).max(100).nullable().optional(),
});

/**
 * The team's own header words for one kind of table: a header text (matched as words,
 * case and punctuation aside) or `/pattern/flags` → the canonical column it means. Only
 * columns of that kind are allowed, so a typo is an error with its key path.
 */
const kindColumns = (kind: keyof typeof KIND_COLUMNS) => z.record(z.string().min(1), z.enum(KIND_COLUMNS[kind] as [string, ...string[]]))
  .superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      const re = /^\/(.+)\/([a-z]*)$/.exec(key);
      if (!re) continue;
      try {
        new RegExp(re[1]!, re[2]);
      } catch {
        ctx.addIssue({ code: 'custom', path: [key], message: 'a header text, or a valid /regular expression/' });
      }
    }
  });

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  brands: z.array(brand).default([]),
  tiers: z.array(tierBounds).min(1).optional(),
  listing: z
    .strictObject({
      monthlyTarget: z.number().int().nonnegative().default(20),
      /** Count the monthly target per brand instead of per month across brands. */
      targetPerBrand: z.boolean().default(false),
      allowedTiers: z.array(tierName).default(['nano', 'micro', 'macro', 'mega']),
      /** Info finding when a listing has no consent column (UU 27/2022 PDP). */
      requireConsentColumn: z.boolean().default(false),
    })
    .prefault({}),
  posting: z
    .strictObject({
      deadline: deadline.optional(),
      disclosureTags: z.array(z.string().min(1)).min(1).default([...DEFAULT_DISCLOSURE_TAGS]),
      disclosureWithin: z.number().int().positive().default(DEFAULT_DISCLOSURE_WITHIN),
      /** Category → phrases; a category given here replaces that default category, `[]` turns it off. */
      forbiddenClaims: z.record(z.string(), z.array(z.string().min(1))).default({}),
      followUpDays: z.array(z.number().int().positive()).min(1).default([...DEFAULT_FOLLOW_UP_DAYS]),
      engagementBenchmark: z
        .strictObject({ byFollowers: z.number().min(0).max(100).default(DEFAULT_ENGAGEMENT_BENCHMARK.byFollowers), byViews: z.number().min(0).max(100).default(DEFAULT_ENGAGEMENT_BENCHMARK.byViews) })
        .prefault({}),
    })
    .prefault({}),
  affiliate: z
    .strictObject({
      deliverables: z
        .strictObject({ videos: z.number().int().nonnegative().default(3), lives: z.number().int().nonnegative().default(1) })
        .prefault({}),
      commission: z.strictObject({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) }).optional(),
    })
    .prefault({}),
  statuses: z.partialRecord(statusName, z.array(z.string().min(1))).default({}),
  /** The content calendar (issue 16): lead time, time zone, per-platform limits, prime time, cadence and KPIs. */
  calendar: z.strictObject({
    minLeadDays: z.number().int().nonnegative().max(365).default(DEFAULT_CALENDAR_LEAD_DAYS),
    /** The zone of a time that names none, and of `primeTime` windows. */
    timeZone: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
    /** The team's own most hashtags on a post, on every platform (a platform's own limit still applies when lower). */
    maxHashtags: z.number().int().positive().optional(),
    statuses: z.partialRecord(calendarStatusName, z.array(z.string().min(1))).default({}),
    platforms: z.partialRecord(calendarPlatform, calendarPlatformSettings).default({}),
  }).prefault({}),
  /** Header texts the vocabulary does not know, per kind of table: `{"kol-listing": {"Status Endorse": "prStatus"}}`. */
  columns: z.strictObject({
    'kol-listing': kindColumns('kol-listing').optional(),
    'posting-recap': kindColumns('posting-recap').optional(),
    'affiliate-deals': kindColumns('affiliate-deals').optional(),
    'content-calendar': kindColumns('content-calendar').optional(),
  }).default({}),
  /**
   * Workbooks (files or folders, relative to this config file) read for the joins when only
   * some files are checked (a pre-commit hook on the staged listing): the recaps that show
   * its posts, earlier months for repeat KOLs. Their own findings are not reported.
   */
  context: z.array(z.string().min(1)).default([]),
  /**
   * What protects the machine from a hostile or broken file: the most a sheet may unpack
   * to (bytes) and the most cells it may hold. Over either, the file is a file/unreadable
   * finding naming the limit, found before the work (a 1.5 GB sheet in a small zip).
   */
  limits: z.strictObject({
    maxSheetBytes: z.number().int().positive().default(1024 * 1024 * 1024),
    maxCells: z.number().int().positive().default(50_000_000),
  }).prefault({}),
  /** Per-rule severity override, ESLint-style: "off" turns a rule off. */
  rules: z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])).default({}),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
