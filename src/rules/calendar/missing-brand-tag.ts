import { missingBrandTag } from '../../compliance/caption-checks.js';
import { atCalendarRow, isCancelled } from '../support.js';
import { defineRule } from '../types.js';

/**
 * The recap's brand-tag check (recap/missing-brand-tag) on the brand's own posts, by the
 * same function: the caption must tag one of the brand's accounts (config
 * `brands[].handles`); brands without handles are not checked. The brand is the row's,
 * else its table's. Only the caption counts — the hashtag column holds tags, not the
 * @handle — and a cancelled post is not checked.
 */
export default defineRule({
  meta: {
    id: 'calendar/missing-brand-tag',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A planned caption does not tag any of the brand\'s accounts (the config\'s brands[].handles), as recap/missing-brand-tag checks a KOL\'s.',
    messages: {
      'missing': 'the caption does not tag {brand} ({handles}); add the tag to the caption',
    },
  },
  create(ctx) {
    return {
      calendarRow(row) {
        if (isCancelled(row)) return;
        const brand = (row.brand?.ok ? row.brand.brand : null) ?? row.table.brand;
        const missing = missingBrandTag(row.caption, brand, ctx.config);
        if (!missing) return;
        ctx.report({ ...atCalendarRow(row, 'caption'), brand: missing.brand, messageId: 'missing', args: { brand: missing.brand, handles: missing.handles } });
      },
    };
  },
});
