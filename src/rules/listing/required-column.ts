import type { ColumnId } from '../../model/table.js';
import { COLUMN_TERMS } from '../../tables/columns.js';
import { defineRule } from '../types.js';

/** The SOP's listing must say who, how big, where, for which brand, and the profile link. */
const REQUIRED: readonly { label: string; anyOf: readonly ColumnId[] }[] = [
  { label: 'KOL', anyOf: ['name', 'handle'] },
  { label: 'Followers', anyOf: ['followers'] },
  { label: 'Platform', anyOf: ['platform'] },
  { label: 'Brand', anyOf: ['brand'] },
  { label: 'Link', anyOf: ['link', 'handle'] },
];

export default defineRule({
  meta: {
    id: 'listing/required-column',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'A KOL listing lacks one of the columns the SOP requires: name, followers, platform, brand, link.',
    messages: {
      'missing': 'required column "{column}" not found in the header (looked for: {aliases}); add the column, or map your own header to it in kolops.config.json "columns"',
    },
  },
  create(ctx) {
    return {
      tableStart(table) {
        for (const req of REQUIRED) {
          if (req.anyOf.some((c) => table.columns.has(c))) continue;
          const aliases = req.anyOf.flatMap((c) => COLUMN_TERMS[c].phrases.slice(0, 4)).join(', ');
          ctx.report({ table, row: table.headerRow, messageId: 'missing', args: { column: req.label, aliases } });
        }
      },
    };
  },
});
