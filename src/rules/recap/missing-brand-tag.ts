import { hasHandle } from '../../compliance/handles.js';
import { oncePerRow } from '../../compliance/once.js';
import { normalizeName } from '../../parsers/text.js';
import { defineRule } from '../types.js';

/** The post should tag the brand's own account; only brands whose `handles` the config lists are checked. */
export default defineRule({
  meta: {
    id: 'recap/missing-brand-tag',
    severity: 'warning',
    kinds: ['posting-recap'],
    description: 'The caption does not tag any of the brand\'s accounts (the config\'s brands[].handles).',
    messages: {
      'missing': 'the caption does not tag {brand} ({handles}); ask the KOL to add the tag to the caption',
    },
  },
  create(ctx) {
    const brands = ctx.config.brands.filter((b) => b.handles.length > 0);
    const first = oncePerRow();
    return {
      recapEntry(entry) {
        const caption = entry.caption;
        if (!caption || caption.trim() === '' || !entry.brand) return;
        const key = normalizeName(entry.brand);
        const brand = brands.find((b) => normalizeName(b.name) === key);
        if (!brand || brand.handles.some((h) => hasHandle(caption, h))) return;
        if (!first(entry.table, entry.rowNumber, brand.name)) return;
        const handles = brand.handles.map((h) => (h.trim().startsWith('@') ? h.trim() : `@${h.trim()}`)).join(', ');
        ctx.report({ table: entry.table, row: entry.rowNumber, column: 'caption', kol: entry.kol || null, brand: entry.brand, month: entry.month,
          messageId: 'missing', args: { brand: brand.name, handles } });
      },
    };
  },
});
