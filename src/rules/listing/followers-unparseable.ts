import { formatCount } from '../../parsers/count.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** `8.30` or a typed `8.301` that Excel turned into 8.301: never guess a follower count. */
export default defineRule({
  meta: {
    id: 'listing/followers-unparseable',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'The follower count cannot be read as a number, or could mean two different numbers.',
    messages: {
      'unparseable': 'follower count "{value}" cannot be read as a number',
      'ambiguous': 'follower count "{value}" is ambiguous: it could be {candidates}; write it as e.g. 8.301 or 8301',
    },
  },
  create(ctx) {
    return {
      listingRow(row) {
        const f = row.followers;
        if (!f || f.ok || f.reason === 'empty') return;
        const base = atRow(row, 'followers');
        if (f.reason === 'ambiguous' && f.candidates && f.candidates.length > 0) {
          const candidates = [row.followersText ?? '', ...f.candidates.map(formatCount)].filter(Boolean);
          ctx.report({ ...base, messageId: 'ambiguous', args: { value: row.followersText ?? '', candidates: [...new Set(candidates)].join(' / ') } });
        } else {
          ctx.report({ ...base, messageId: 'unparseable', args: { value: row.followersText ?? '' } });
        }
      },
    };
  },
});
