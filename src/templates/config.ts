import { DEFAULT_DISCLOSURE_TAGS } from '../config/defaults.js';
import type { ConfigInput } from '../config/schema.js';

/** The placeholder brand a fresh folder starts with; the team replaces it with its own. */
export const PLACEHOLDER_BRANDS = [{ name: 'Herbana', aliases: [], handles: [] }] as const;

/**
 * The `kolops.config.json` that `kolops init` writes: the SOP's defaults spelled out so a
 * team sees every setting it may change (PRODUCT.md §1, §4).
 */
export function initialConfig(year: number): ConfigInput {
  return {
    year,
    brands: PLACEHOLDER_BRANDS.map((b) => ({ name: b.name, aliases: [...b.aliases], handles: [...b.handles] })),
    listing: { monthlyTarget: 20, allowedTiers: ['nano', 'micro', 'macro', 'mega'] },
    posting: { deadline: { endOfMonth: true }, disclosureTags: [...DEFAULT_DISCLOSURE_TAGS] },
    affiliate: { deliverables: { videos: 3, lives: 1 } },
    // Examples of the team's own words: phrases kolops should read as a status, and header
    // texts it should read as a column (kolops describe shows which headers it reads).
    statuses: { pending: ['BELUM DIBALAS', 'MASIH NEGO'], declined: ['NGGAK DULU'] },
    columns: { 'kol-listing': { 'Status Endorse': 'prStatus', 'Jml Foll': 'followers' } },
  };
}

export function configText(config: ConfigInput): string {
  return JSON.stringify(config, null, 2) + '\n';
}
