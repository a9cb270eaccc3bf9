import { AGREED_STATUSES } from '../../rows/listing.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

/** A KOL who said yes but has no address cannot get the PR pack, so the post will not come. */
export default defineRule({
  meta: {
    id: 'listing/agreed-missing-address',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'The KOL agreed to a PR pack but the row has no shipping address.',
    messages: {
      'missing': '{kol} agreed to receive a PR pack ("{status}") but has no shipping address; fill in the address (ask the KOL or their manager) so the PR pack can be sent',
      'no-address-column': '{kol} agreed to receive a PR pack ("{status}"), but the listing has no address column to ship it to; add an Address column and fill in the KOL\'s address',
    },
  },
  create(ctx) {
    return {
      listingRow(row) {
        const s = row.status;
        if (!s?.ok || s.status === null || !AGREED_STATUSES.has(s.status)) return;
        if (row.addressText) return;
        const hasColumn = row.table.columns.has('address');
        ctx.report({ ...atRow(row, hasColumn ? 'address' : 'prStatus'), messageId: hasColumn ? 'missing' : 'no-address-column',
          args: { kol: row.kol, status: row.statusText ?? '' } });
      },
    };
  },
});
