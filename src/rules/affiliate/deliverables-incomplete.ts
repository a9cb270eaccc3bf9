import { isEmptyCell } from '../../model/cell.js';
import type { MessageArgs, MessageRef } from '../../model/finding.js';
import type { ColumnId } from '../../model/table.js';
import type { AffiliateRow } from '../../rows/affiliate.js';
import { defineRule } from '../types.js';

const ID = 'affiliate/deliverables-incomplete';

type Part = 'part-videos' | 'part-lives' | 'part-no-live' | 'part-no-proof' | 'part-proof-no-link';

/** Each part's message key, built once: a key a finding is 64 bytes over tens of thousands of findings (issue 17). */
const PART_KEYS = Object.fromEntries((['part-videos', 'part-lives', 'part-no-live', 'part-no-proof', 'part-proof-no-link'] as const)
  .map((name) => [name, `${ID}:${name}`])) as Record<Part, string>;
const NO_ARGS: MessageArgs = Object.freeze({});

/** A part of the message: one of this rule's own messages, rendered in the finding's language. */
const part = (name: Part, args: MessageArgs = NO_ARGS): MessageRef => ({ key: PART_KEYS[name], args });

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
        const videoPart = shortOfVideos ? part('part-videos', { count: videos, required: required.videos }) : null;
        const livePart = shortOfLives ? part(lives === 0 ? 'part-no-live' : 'part-lives', { count: lives, required: required.lives }) : null;
        const proofPart = noProof ? part(row.proofText ? 'part-proof-no-link' : 'part-no-proof', { value: row.proofText ?? '' }) : null;
        // An array literal of its length: one grown by `push` from empty keeps room for 16
        // (~150 bytes), held by the finding until the run ends (issue 17).
        const missing: MessageRef[] = videoPart && livePart && proofPart ? [videoPart, livePart, proofPart]
          : videoPart && livePart ? [videoPart, livePart] : videoPart && proofPart ? [videoPart, proofPart]
          : livePart && proofPart ? [livePart, proofPart] : [(videoPart ?? livePart ?? proofPart)!];
        const column: ColumnId = shortOfVideos ? 'videos' : shortOfLives ? 'lives' : 'proof';
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
