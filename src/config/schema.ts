import * as z from 'zod/mini';
import { KIND_COLUMNS } from '../tables/columns.js';
import { DEFAULT_CALENDAR_LEAD_DAYS, DEFAULT_DISCLOSURE_TAGS, DEFAULT_DISCLOSURE_WITHIN, DEFAULT_ENGAGEMENT_BENCHMARK, DEFAULT_FOLLOW_UP_DAYS } from './defaults.js';

// zod/mini, not zod's classic API: the same checks and issues, but a schema is a plain
// object instead of one carrying every method bound to it, which made building this
// schema the largest part of a small check's start-up (issue 17). A config is parsed once
// per run, so zod's JIT (it compiles each object schema with `new Function` on its first
// parse) costs more than it saves here.
z.config({ jitless: true });

const text = () => z.string().check(z.minLength(1));
const percent = () => z.number().check(z.gte(0), z.lte(100));
const int = (...checks: z.core.$ZodCheck<number>[]) => z.number().check(z.int(), ...checks);

/**
 * kolops.config.json. Every key is optional; defaults come from the SOP (PRODUCT.md §1,
 * §4) and are spelled out once more in `defaultConfig()` (defaults.ts), which a run
 * without a config file uses without loading zod; a test keeps the two equal. Unknown keys are rejected, so a typo such as `monthlyTarge` is an error with its
 * path instead of a silently ignored setting.
 */
const brand = z.strictObject({
  name: text(),
  aliases: z._default(z.array(text()), []),
  handles: z._default(z.array(text()), []),
});

const tierName = z.enum(['nano', 'micro', 'macro', 'mega']);

const tierBounds = z.strictObject({
  name: tierName,
  min: int(z.nonnegative()),
  max: z._default(z.nullable(int(z.positive())), null),
});

const deadline = z.union([
  z.strictObject({ dayOfMonth: int(z.gte(1), z.lte(31)) }),
  z.strictObject({ daysAfterShipment: int(z.gte(0), z.lte(365)) }),
  z.strictObject({ endOfMonth: z.literal(true) }),
]);

const statusName = z.enum(['agreed', 'shipped', 'done', 'declined', 'unreachable', 'pending']);

const calendarStatusName = z.enum(['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled']);
/** The platforms a content calendar plans for (`twitter` is X). */
const calendarPlatform = z.enum(['instagram', 'tiktok', 'youtube', 'twitter', 'facebook']);
/** `19:00-21:00` (or `19.00-21.00`), in `calendar.timeZone`; may cross midnight (`22:00-01:00`). */
const timeWindow = z.string().check(z.regex(/^\s*([01]?\d|2[0-3])[.:][0-5]\d\s*[-–]\s*([01]?\d|2[0-4])[.:][0-5]\d\s*$/, 'a time window such as "19:00-21:00"'));

/**
 * One platform's limits and habits, over the defaults of `DEFAULT_CALENDAR_PLATFORMS`
 * (defaults.ts, each with its source): a key given replaces that default, `null` turns
 * the check off for the platform.
 */
const calendarPlatformSettings = z.strictObject({
  captionLimit: z.optional(z.nullable(int(z.positive()))),
  hashtagLimit: z.optional(z.nullable(int(z.positive()))),
  primeTime: z.optional(z.array(timeWindow)),
  /** At least `posts` posts in any `days` days; longer without one is a calendar/gap. */
  cadence: z.optional(z.nullable(z.strictObject({ posts: int(z.positive()), days: int(z.positive(), z.lte(366)) }))),
  /** KPI: engagement rate (%) a published post should reach, by reach (else impressions). */
  engagementTarget: z.optional(z.nullable(percent())),
});

/**
 * The team's own header words for one kind of table: a header text (matched as words,
 * case and punctuation aside) or `/pattern/flags` → the canonical column it means. Only
 * columns of that kind are allowed, so a typo is an error with its key path.
 */
const kindColumns = (kind: keyof typeof KIND_COLUMNS) => z.record(text(), z.enum(KIND_COLUMNS[kind] as [string, ...string[]]))
  .check(z.superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      const re = /^\/(.+)\/([a-z]*)$/.exec(key);
      if (!re) continue;
      try {
        new RegExp(re[1]!, re[2]);
      } catch {
        ctx.addIssue({ code: 'custom', path: [key], message: 'a header text, or a valid /regular expression/' });
      }
    }
  }));

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  year: z.optional(int(z.gte(2000), z.lte(2100))),
  brands: z._default(z.array(brand), []),
  tiers: z.optional(z.array(tierBounds).check(z.minLength(1))),
  listing: z.prefault(z.strictObject({
    monthlyTarget: z._default(int(z.nonnegative()), 20),
    /** Count the monthly target per brand instead of per month across brands. */
    targetPerBrand: z._default(z.boolean(), false),
    allowedTiers: z._default(z.array(tierName), ['nano', 'micro', 'macro', 'mega']),
    /** Info finding when a listing has no consent column (UU 27/2022 PDP). */
    requireConsentColumn: z._default(z.boolean(), false),
  }), {}),
  posting: z.prefault(z.strictObject({
    deadline: z.optional(deadline),
    disclosureTags: z._default(z.array(text()).check(z.minLength(1)), [...DEFAULT_DISCLOSURE_TAGS]),
    disclosureWithin: z._default(int(z.positive()), DEFAULT_DISCLOSURE_WITHIN),
    /** Category → phrases; a category given here replaces that default category, `[]` turns it off. */
    forbiddenClaims: z._default(z.record(z.string(), z.array(text())), {}),
    followUpDays: z._default(z.array(int(z.positive())).check(z.minLength(1)), [...DEFAULT_FOLLOW_UP_DAYS]),
    engagementBenchmark: z.prefault(z.strictObject({
      byFollowers: z._default(percent(), DEFAULT_ENGAGEMENT_BENCHMARK.byFollowers),
      byViews: z._default(percent(), DEFAULT_ENGAGEMENT_BENCHMARK.byViews),
    }), {}),
  }), {}),
  affiliate: z.prefault(z.strictObject({
    deliverables: z.prefault(z.strictObject({ videos: z._default(int(z.nonnegative()), 3), lives: z._default(int(z.nonnegative()), 1) }), {}),
    commission: z.optional(z.strictObject({ min: percent(), max: percent() })),
  }), {}),
  statuses: z._default(z.partialRecord(statusName, z.array(text())), {}),
  /** The content calendar (issue 16): lead time, time zone, per-platform limits, prime time, cadence and KPIs. */
  calendar: z.prefault(z.strictObject({
    minLeadDays: z._default(int(z.nonnegative(), z.lte(365)), DEFAULT_CALENDAR_LEAD_DAYS),
    /** The zone of a time that names none, and of `primeTime` windows. */
    timeZone: z._default(z.enum(['WIB', 'WITA', 'WIT']), 'WIB'),
    /** The team's own most hashtags on a post, on every platform (a platform's own limit still applies when lower). */
    maxHashtags: z.optional(int(z.positive())),
    statuses: z._default(z.partialRecord(calendarStatusName, z.array(text())), {}),
    platforms: z._default(z.partialRecord(calendarPlatform, calendarPlatformSettings), {}),
  }), {}),
  /** Header texts the vocabulary does not know, per kind of table: `{"kol-listing": {"Status Endorse": "prStatus"}}`. */
  columns: z._default(z.strictObject({
    'kol-listing': z.optional(kindColumns('kol-listing')),
    'posting-recap': z.optional(kindColumns('posting-recap')),
    'affiliate-deals': z.optional(kindColumns('affiliate-deals')),
    'content-calendar': z.optional(kindColumns('content-calendar')),
  }), {}),
  /**
   * Workbooks (files or folders, relative to this config file) read for the joins when only
   * some files are checked (a pre-commit hook on the staged listing): the recaps that show
   * its posts, earlier months for repeat KOLs. Their own findings are not reported.
   */
  context: z._default(z.array(text()), []),
  /**
   * What protects the machine from a hostile or broken file: the most a sheet may unpack
   * to (bytes) and the most cells it may hold. Over either, the file is a file/unreadable
   * finding naming the limit, found before the work (a 1.5 GB sheet in a small zip).
   */
  limits: z.prefault(z.strictObject({
    maxSheetBytes: z._default(int(z.positive()), 1024 * 1024 * 1024),
    maxCells: z._default(int(z.positive()), 50_000_000),
  }), {}),
  /** Per-rule severity override, ESLint-style: "off" turns a rule off. */
  rules: z._default(z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])), {}),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
