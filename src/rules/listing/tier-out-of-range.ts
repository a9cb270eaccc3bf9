import { DEFAULT_TIERS, tierOf } from '../../parsers/tier.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** The listing takes nano to mega only (SOP); a team may narrow that with `listing.allowedTiers`. */
export default defineRule({
  meta: {
    id: 'listing/tier-out-of-range',
    severity: 'warning',
    kinds: ['kol-listing'],
    description: 'The follower count is below the nano tier (< 1,000) or falls in a tier the config does not allow.',
    messages: {
      'below-nano': '{followers, number} followers is below the nano tier (at least {min, number}); check the count, or take the KOL off the listing',
      'not-allowed': '{followers, number} followers is a {tier} KOL, a tier this listing does not take (allowed: {allowed}); replace the KOL, or add "{tier}" to listing.allowedTiers in kolops.config.json',
    },
  },
  create(ctx) {
    const tiers = ctx.config.tiers ?? DEFAULT_TIERS;
    const allowed = ctx.config.listing.allowedTiers;
    const min = Math.min(...tiers.map((t) => t.min));
    return {
      listingRow(row) {
        if (!row.followers?.ok) return;
        const followers = row.followers.value;
        const tier = tierOf(followers, tiers);
        const base = atRow(row, 'followers');
        if (tier === null) {
          ctx.report({ ...base, messageId: 'below-nano', args: { followers, min } });
        } else if (!allowed.includes(tier)) {
          ctx.report({ ...base, messageId: 'not-allowed', args: { followers, tier, allowed: allowed.join(', ') } });
        }
      },
    };
  },
});
