import { formatPlatform, linkFitsPlatform } from '../../parsers/account.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** A profile link the team cannot click, or one that points at another platform than the row says. */
export default defineRule({
  meta: {
    id: 'listing/invalid-link',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'The link is not a URL or @handle, or its domain does not fit the row\'s platform.',
    messages: {
      'not-a-url': 'link "{value}" is not a URL or @handle; paste the KOL\'s profile link (https://www.instagram.com/name/) or write the @handle',
      'platform-mismatch': 'link points to {linkPlatform}, but the row\'s platform is "{platform}"; paste the KOL\'s {platform} profile link, or correct the platform',
    },
  },
  create(ctx) {
    return {
      listingRow(row) {
        const a = row.account;
        if (!a) return;
        const column = row.table.columns.has('link') ? 'link' as const : 'handle' as const;
        const base = atRow(row, column);
        if (!a.ok) {
          if (a.reason === 'not-a-link') ctx.report({ ...base, messageId: 'not-a-url', args: { value: row.linkText ?? '' } });
          return;
        }
        const platform = row.platform?.ok ? row.platform.platform : null;
        if (!linkFitsPlatform(a.platform, platform)) {
          ctx.report({ ...base, messageId: 'platform-mismatch', args: { linkPlatform: a.platform ? formatPlatform(a.platform) : '', platform: row.platformText ?? '' } });
        }
      },
    };
  },
});
