import { effectiveClaims, findClaims } from '../../compliance/claims.js';
import { oncePerRow } from '../../compliance/once.js';
import { DEFAULT_FORBIDDEN_CLAIMS } from '../../config/defaults.js';
import { defineRule } from '../types.js';

/** The default categories have their own message, so each language names the category in its own words. */
const WORDED = new Set(['superlative', 'cure', 'disease', 'safety', 'doctor']);

/**
 * PRODUCT.md §6: claims BPOM's advertising guidance forbids for herbal products
 * (superlatives, promises to cure, named diseases, "aman / tanpa efek samping", doctors'
 * endorsements). One finding per match, quoting the caption's own words. The lists are
 * `posting.forbiddenClaims` over `DEFAULT_FORBIDDEN_CLAIMS`; a team's own category is
 * reported with its name as the config writes it.
 */
export default defineRule({
  meta: {
    id: 'recap/forbidden-claim',
    severity: 'error',
    kinds: ['posting-recap'],
    description: {
      en: 'The caption makes a claim BPOM forbids in herbal product ads (superlative, cure, disease, "safe / no side effects", doctor endorsement).',
      id: 'Caption berisi klaim yang dilarang BPOM dalam iklan produk herbal (superlatif, menyembuhkan, nama penyakit, "aman / tanpa efek samping", rekomendasi dokter).',
    },
    messageIds: ['claim', 'claim-superlative', 'claim-cure', 'claim-disease', 'claim-safety', 'claim-doctor'],
  },
  create(ctx) {
    const claims = effectiveClaims(ctx.config.posting.forbiddenClaims, DEFAULT_FORBIDDEN_CLAIMS);
    const first = oncePerRow();
    return {
      recapEntry(entry) {
        const caption = entry.caption;
        if (!caption || caption.trim() === '' || !first(entry.table, entry.rowNumber)) return;
        for (const m of findClaims(caption, claims)) {
          ctx.report({ table: entry.table, row: entry.rowNumber, column: 'caption', kol: entry.kol || null, brand: entry.brand, month: entry.month,
            messageId: WORDED.has(m.category) ? `claim-${m.category}` : 'claim',
            args: { phrase: m.matched, category: m.category } });
        }
      },
    };
  },
});
