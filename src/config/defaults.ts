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
    columns: {},
    context: [],
    limits: { maxSheetBytes: 1024 * 1024 * 1024, maxCells: 50_000_000 },
    rules: {},
  };
}
