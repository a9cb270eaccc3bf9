import { isEmptyCell } from '../../model/cell.js';
import type { MessageArgs, MessageRef } from '../../model/finding.js';
import type { ColumnId } from '../../model/table.js';
import type { AffiliateRow } from '../../rows/affiliate.js';
import { defineRule } from '../types.js';

const ID = 'affiliate/deliverables-incomplete';

type Part = 'part-videos' | 'part-lives' | 'part-no-live' | 'part-no-proof' | 'part-proof-no-link';

/** A part of the message: one of this rule's own messages, rendered in the finding's language. */
const part = (name: Part, args: MessageArgs = {}): MessageRef => ({ key: `${ID}:${name}`, args });

/** A count column's value: an empty cell is none (0); text that is not a number is unknown (null). */
function countIn(row: AffiliateRow, column: 'videos' | 'lives'): number | null {
  const value = row[column];
  if (value !== null) return value;
  const index = row.table.columns.get(column);
  return index !== undefined && isEmptyCell(row.raw.values[index]) ? 0 : null;
}

/**
 * SOP (PRODUCT.md §1): a deal requires 3 videos and at least 1 live shopping session,
 * with proof. A deal marked done without them is checked against `affiliate.deliverables`;
 * each requirement only where the sheet has its column (Video, Live, Bukti).
 */
export default defineRule({
  meta: {
    id: ID,
    severity: 'warning',
    kinds: ['affiliate-deals'],
    description: 'A deal is marked done but has fewer videos or live sessions than affiliate.deliverables requires (3 and 1 by default), or no proof link.',
    messages: {
      'incomplete': '{kol} is marked "{status}" but the deliverables are incomplete: {missing}; ask the affiliate for what is missing, or change the status until it is delivered',
      'part-videos': '{count, number} of {required, plural, one {# video} other {# videos}}',
      'part-lives': '{count, number} of {required, plural, one {# live session} other {# live sessions}}',
      'part-no-live': 'no live session ({required} required)',
      'part-no-proof': 'no proof link',
      'part-proof-no-link': 'no link in the proof ("{value}")',
    },
  },
  create(ctx) {
    const required = ctx.config.affiliate.deliverables;
    return {
      affiliateRow(row) {
        if (!row.status?.ok || row.status.status !== 'done') return;
        const videos = row.table.columns.has('videos') ? countIn(row, 'videos') : null;
        const lives = row.table.columns.has('lives') ? countIn(row, 'lives') : null;
        const shortOfVideos = videos !== null && videos < required.videos;
        const shortOfLives = lives !== null && lives < required.lives;
        const noProof = row.table.columns.has('proof') && row.proofLinks === 0;
        // Most done deals are complete: nothing is built for them (issue 17).
        if (!shortOfVideos && !shortOfLives && !noProof) return;
        const missing: MessageRef[] = [];
        let column: ColumnId | null = null;
        if (shortOfVideos) {
          missing.push(part('part-videos', { count: videos, required: required.videos }));
          column ??= 'videos';
        }
        if (shortOfLives) {
          missing.push(part(lives === 0 ? 'part-no-live' : 'part-lives', { count: lives, required: required.lives }));
          column ??= 'lives';
        }
        if (noProof) {
          missing.push(part(row.proofText ? 'part-proof-no-link' : 'part-no-proof', { value: row.proofText ?? '' }));
          column ??= 'proof';
        }
        ctx.report({ table: row.table, row: row.rowNumber, column, kol: row.accountName || null, brand: row.brand, month: row.month,
          messageId: 'incomplete',
          args: {
            kol: row.accountName || row.linkText || '?',
            status: row.statusText ?? '',
            missing: { list: missing, join: 'and' },
          } });
      },
    };
  },
});
