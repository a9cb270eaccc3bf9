import { captionClaims } from '../../compliance/caption-checks.js';
import { atCalendarRow, isCancelled } from '../support.js';
import { defineRule } from '../types.js';

/**
 * The recap's claim check (recap/forbidden-claim, PRODUCT.md §6) on the brand's own
 * posts: the same lists (`posting.forbiddenClaims` over `DEFAULT_FORBIDDEN_CLAIMS`) and
 * the same matching, from `compliance/caption-checks.ts`. Caught in the calendar, the
 * claim never goes out. One finding per match; a cancelled post is not checked.
 */
export default defineRule({
  meta: {
    id: 'calendar/forbidden-claim',
    severity: 'error',
    kinds: ['content-calendar'],
    description: 'A planned caption makes a claim BPOM forbids in herbal product ads (superlative, cure, disease, "safe / no side effects", doctor endorsement), as recap/forbidden-claim checks a KOL\'s.',
    messages: {
      'claim': 'forbidden claim "{phrase}" (category: {category}) in the caption; take it out before the post goes out, or edit the post if it is already out',
      'claim-superlative': 'superlative "{phrase}" in the caption: BPOM does not allow superlatives in herbal product ads; take it out before the post goes out, or edit the post if it is already out',
      'claim-cure': 'promise to cure "{phrase}" in the caption: herbal product ads may not promise a cure; take it out before the post goes out, or edit the post if it is already out',
      'claim-disease': 'disease named in the caption ("{phrase}"): herbal product ads may not claim to cure or prevent a disease; take it out before the post goes out, or edit the post if it is already out',
      'claim-safety': 'safety claim "{phrase}" in the caption: herbal product ads may not claim to be safe or free of side effects; take it out before the post goes out, or edit the post if it is already out',
      'claim-doctor': 'doctor endorsement "{phrase}" in the caption: herbal product ads may not use a doctor\'s recommendation; take it out before the post goes out, or edit the post if it is already out',
    },
  },
  create(ctx) {
    return {
      calendarRow(row) {
        if (isCancelled(row)) return;
        for (const m of captionClaims(row.caption, ctx.config)) {
          ctx.report({ ...atCalendarRow(row, 'caption'), messageId: m.messageId, args: { phrase: m.matched, category: m.category } });
        }
      },
    };
  },
});
