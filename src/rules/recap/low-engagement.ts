import { engagementRate } from '../../compliance/engagement.js';
import { oncePerRow } from '../../compliance/once.js';
import { defineRule } from '../types.js';

/**
 * PRODUCT.md §6: engagement rate with its denominator stated, against
 * `posting.engagementBenchmark`. A recap entry does not know the KOL's followers (that
 * comes with the join to the listing), so the rate is by views, and entries without
 * views are skipped.
 */
export default defineRule({
  meta: {
    id: 'recap/low-engagement',
    severity: 'info',
    kinds: ['posting-recap'],
    description: 'Likes + comments as a share of views (or followers) is below the config\'s engagement benchmark; the finding states the denominator.',
    messages: {
      'low-views': 'engagement rate {rate, percent} by views ({interactions, number} likes + comments / {base, number} views) is below the {benchmark, percent} benchmark',
      'low-followers': 'engagement rate {rate, percent} by followers ({interactions, number} likes + comments / {base, number} followers) is below the {benchmark, percent} benchmark',
    },
  },
  create(ctx) {
    const benchmarks = ctx.config.posting.engagementBenchmark;
    const first = oncePerRow();
    return {
      recapEntry(entry) {
        if (entry.views === null) return;
        const followers: number | null = null; // known only after the join with the listing
        const er = engagementRate({ views: entry.views, likes: entry.likes, comments: entry.comments, followers, platform: entry.platform });
        if (!er) return;
        const byViews = er.denominator === 'views';
        const benchmark = byViews ? benchmarks.byViews : benchmarks.byFollowers;
        if (er.rate >= benchmark || !first(entry.table, entry.rowNumber)) return;
        const base = byViews ? entry.views : followers;
        // Rounded down, so a rate just under the benchmark never reads as equal to it.
        const rate = Math.floor(er.rate * 10) / 10;
        ctx.report({ table: entry.table, row: entry.rowNumber, column: byViews ? 'views' : 'likes',
          kol: entry.kol || null, brand: entry.brand, month: entry.month,
          messageId: byViews ? 'low-views' : 'low-followers',
          args: { rate, denominator: er.denominator, benchmark, interactions: er.interactions, base: base ?? '' } });
      },
    };
  },
});
