/**
 * The caption checks a run makes wherever a caption is written — a KOL's post in the
 * recap, a brand's own post in the content calendar: the claims BPOM forbids, and the
 * brand's own account tagged. One implementation for both, so the two tables can never
 * disagree about the same caption; the rules around them only choose the words.
 */
import type { Config } from '../config/schema.js';
import { DEFAULT_FORBIDDEN_CLAIMS } from '../config/defaults.js';
import { normalizeName } from '../parsers/text.js';
import { effectiveClaims, findClaims, type ClaimMatch } from './claims.js';
import { hasHandle } from './handles.js';

/** The default categories have their own message, so each language names the category in its own words. */
const WORDED = {
  superlative: 'claim-superlative', cure: 'claim-cure', disease: 'claim-disease', safety: 'claim-safety', doctor: 'claim-doctor',
} as const;

/** The message a claim is reported with: its category's own, or `claim` naming a team's category as written. */
export type ClaimMessageId = 'claim' | (typeof WORDED)[keyof typeof WORDED];

export interface CaptionClaim extends ClaimMatch {
  readonly messageId: ClaimMessageId;
}

const claimLists = new WeakMap<Config, Record<string, readonly string[]>>();

/**
 * The forbidden claims in a caption, in caption order: `posting.forbiddenClaims` over
 * `DEFAULT_FORBIDDEN_CLAIMS`, merged once per config. Empty for a blank caption.
 */
export function captionClaims(caption: string | null, config: Config): CaptionClaim[] {
  if (!caption || caption.trim() === '') return [];
  let claims = claimLists.get(config);
  if (!claims) claimLists.set(config, (claims = effectiveClaims(config.posting.forbiddenClaims, DEFAULT_FORBIDDEN_CLAIMS)));
  return findClaims(caption, claims).map((m) => ({
    ...m, messageId: Object.hasOwn(WORDED, m.category) ? WORDED[m.category as keyof typeof WORDED] : 'claim',
  }));
}

export interface MissingBrandTag {
  /** The brand as the config names it. */
  readonly brand: string;
  /** Its handles, each with `@`, joined for a message (`@herbana.id, @herbana.official`). */
  readonly handles: string;
}

/** Normalised brand name → the first configured brand of that name that lists handles. */
const brandsWithHandles = new WeakMap<Config, Map<string, Config['brands'][number]>>();

/**
 * Whether a caption for `brand` fails to tag any of the brand's accounts (config
 * `brands[].handles`). Null when it tags one, when the caption is blank, or when the
 * brand is unknown or lists no handles: only brands whose handles the config gives are checked.
 */
export function missingBrandTag(caption: string | null, brand: string | null, config: Config): MissingBrandTag | null {
  if (!caption || caption.trim() === '' || !brand) return null;
  let byName = brandsWithHandles.get(config);
  if (!byName) {
    byName = new Map();
    for (const b of config.brands) {
      const key = normalizeName(b.name);
      if (b.handles.length > 0 && !byName.has(key)) byName.set(key, b);
    }
    brandsWithHandles.set(config, byName);
  }
  const known = byName.get(normalizeName(brand));
  if (!known || known.handles.some((h) => hasHandle(caption, h))) return null;
  return { brand: known.name, handles: known.handles.map((h) => (h.trim().startsWith('@') ? h.trim() : `@${h.trim()}`)).join(', ') };
}
