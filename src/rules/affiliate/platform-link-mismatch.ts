import { formatPlatform, linkFitsPlatform, parsePlatform } from '../../parsers/platform.js';
import { blockTitle } from '../support.js';
import { defineRule } from '../types.js';

/**
 * Seed "Gambar 3.4": a `SHOPEE HERBANA YANG DEAL` block whose deals link to tiktok.com
 * accounts. The commission is tracked on one platform; a link to another one is the wrong
 * account or the wrong block. The deal's platform is its Platform cell, else the block title's.
 */
export default defineRule({
  meta: {
    id: 'affiliate/platform-link-mismatch',
    severity: 'error',
    kinds: ['affiliate-deals'],
    description: 'A deal\'s link points to another platform than the deal\'s (its Platform cell, else the block title: a tiktok.com link in a SHOPEE block).',
    messages: {
      'block': 'link {link} points to {linkPlatform}, but this block is for {platform} (its title: "{title}"); move the deal to a {linkPlatform} block, or replace the link with the account\'s {platform} link',
      'row': 'link {link} points to {linkPlatform}, but the deal is on {platform}; correct the Platform cell, or replace the link with the account\'s {platform} link',
    },
  },
  create(ctx) {
    return {
      affiliateRow(row) {
        if (linkFitsPlatform(row.linkPlatform, row.platform) || !row.linkPlatform || !row.platform) return;
        const own = row.platformText ? parsePlatform(row.platformText) : null;
        ctx.report({ table: row.table, row: row.rowNumber, column: 'link', kol: row.accountName || null, brand: row.brand, month: row.month,
          messageId: own?.ok && own.platform ? 'row' : 'block',
          args: { linkPlatform: formatPlatform(row.linkPlatform), platform: formatPlatform(row.platform), link: row.linkText ?? '', title: blockTitle(row.table) ?? '' } });
      },
    };
  },
});
