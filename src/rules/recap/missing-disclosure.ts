import { findDisclosure } from '../../compliance/disclosure.js';
import { oncePerRow } from '../../compliance/once.js';
import { visibleLength } from '../../compliance/text.js';
import { defineRule } from '../types.js';

/**
 * PRODUCT.md §6: an ad disclosure (`#iklan`, `#ad`, `#sponsored`, `paid partnership`)
 * early in the caption. Only the configured tags count, so vague `spon`, `collab` or
 * `#sp` do not; "early" is `posting.disclosureWithin` characters (as a person counts them).
 */
export default defineRule({
  meta: {
    id: 'recap/missing-disclosure',
    severity: 'warning',
    kinds: ['posting-recap'],
    description: 'The caption has no ad disclosure (#iklan, #ad, paid partnership …; vague spon, collab, #sp do not count), or it comes late (after posting.disclosureWithin characters, 150 by default).',
    messages: {
      'missing': 'no ad disclosure in the caption; add one of {tags} at the start',
      'too-late': 'ad disclosure {tag} is at character {index}, after the first {within} characters; move it to the start of the caption',
    },
  },
  create(ctx) {
    const tags = ctx.config.posting.disclosureTags;
    const within = ctx.config.posting.disclosureWithin;
    const first = oncePerRow();
    return {
      recapEntry(entry) {
        const caption = entry.caption;
        if (!caption || caption.trim() === '' || !first(entry.table, entry.rowNumber)) return;
        const at = { table: entry.table, row: entry.rowNumber, column: 'caption' as const, kol: entry.kol || null, brand: entry.brand, month: entry.month };
        const found = findDisclosure(caption, tags);
        if (!found) {
          ctx.report({ ...at, messageId: 'missing', args: { tags: tags.join(', ') } });
          return;
        }
        const before = visibleLength(caption.slice(0, found.index));
        if (before >= within) {
          ctx.report({ ...at, messageId: 'too-late', args: { tag: found.tag, index: before + 1, within, tags: tags.join(', ') } });
        }
      },
    };
  },
});
