import { captionClaims } from '../../compliance/caption-checks.js';
import { oncePerRow } from '../../compliance/once.js';
import { defineRule } from '../types.js';

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
    description: 'The caption makes a claim BPOM forbids in herbal product ads (superlative, cure, disease, "safe / no side effects", doctor endorsement).',
    messages: {
      'claim': 'forbidden claim "{phrase}" (category: {category}) in the caption; ask the KOL to take it out of the caption',
      'claim-superlative': 'superlative "{phrase}" in the caption: BPOM does not allow superlatives in herbal product ads; ask the KOL to take it out of the caption',
      'claim-cure': 'promise to cure "{phrase}" in the caption: herbal product ads may not promise a cure; ask the KOL to take it out of the caption',
      'claim-disease': 'disease named in the caption ("{phrase}"): herbal product ads may not claim to cure or prevent a disease; ask the KOL to take it out of the caption',
      'claim-safety': 'safety claim "{phrase}" in the caption: herbal product ads may not claim to be safe or free of side effects; ask the KOL to take it out of the caption',
      'claim-doctor': 'doctor endorsement "{phrase}" in the caption: herbal product ads may not use a doctor\'s recommendation; ask the KOL to take it out of the caption',
    },
  },
  create(ctx) {
    const first = oncePerRow();
    return {
      recapEntry(entry) {
        const caption = entry.caption;
        if (!caption || caption.trim() === '' || !first(entry.table, entry.rowNumber)) return;
        for (const m of captionClaims(caption, ctx.config)) {
          ctx.report({ table: entry.table, row: entry.rowNumber, column: 'caption', kol: entry.kol || null, brand: entry.brand, month: entry.month,
            messageId: m.messageId, args: { phrase: m.matched, category: m.category } });
        }
      },
    };
  },
});
