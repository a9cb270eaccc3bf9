import { listOf } from '../../i18n/index.js';
import { PLATFORM_LABELS } from '../../parsers/platform.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'listing/unknown-platform',
    severity: 'warning',
    kinds: ['kol-listing'],
    description: 'The platform is not one kolops recognises (Instagram, TikTok, YouTube, X/Twitter, Facebook, Shopee, Tokopedia, Lazada).',
    messages: {
      'unknown': 'platform "{value}" is not recognised; write one of {known}',
      'did-you-mean': 'platform "{value}" is not recognised; did you mean "{suggestion}"?',
    },
  },
  create(ctx) {
    const known = listOf(Object.values(PLATFORM_LABELS), 'or');
    return {
      listingRow(row) {
        const p = row.platform;
        if (!p || p.ok) return;
        ctx.report({ ...atRow(row, 'platform'),
          messageId: p.suggestion ? 'did-you-mean' : 'unknown', args: { value: row.platformText ?? '', suggestion: p.suggestion ?? '', known } });
      },
    };
  },
});
