import type { TableInfo, TableRow } from '../../model/table.js';
import { isListedDeal } from '../../rows/affiliate.js';
import { metaColumn } from '../support.js';
import { defineRule } from '../types.js';

interface Block {
  contacted: { count: number; text: string; row: number; column: number | null } | null;
  /** Declared deals (`Yang sudah deal: 10`); null when absent or `TBA`. */
  declared: { count: number; text: string } | null;
  listed: number;
  last: TableRow | null;
}

/**
 * Every deal was first an account someone contacted: `Yang sudah di contact: 3` over ten
 * deals means one of the two counts is wrong. Deals are the declared count when the block
 * gives one, else the deal rows listed. A contacted count written `TBA` says nothing.
 */
export default defineRule({
  meta: {
    id: 'affiliate/contacted-less-than-deals',
    severity: 'error',
    kinds: ['affiliate-deals'],
    description: 'A deal block counts fewer accounts contacted ("Yang sudah di contact: 46") than deals (declared, else listed).',
    messages: {
      'fewer-than-declared': 'only {contacted} accounts contacted ("{contactedText}"), but {deals} deals declared ("{dealsText}"); every deal was first a contacted account, so one of the two counts is wrong; correct whichever it is',
      'fewer-than-listed': 'only {contacted} accounts contacted ("{contactedText}"), but {deals} deals listed in the block; every deal was first a contacted account, so correct the contacted count',
    },
  },
  create(ctx) {
    const blocks = new Map<TableInfo, Block>();
    const block = (table: TableInfo): Block => {
      let b = blocks.get(table);
      if (!b) blocks.set(table, (b = { contacted: null, declared: null, listed: 0, last: null }));
      return b;
    };
    return {
      row(row, table) {
        block(table).last = row;
      },
      affiliateMeta(table, meta, rowNumber) {
        const b = block(table);
        if (meta.count === null) return;
        if (meta.kind === 'deals') b.declared ??= { count: meta.count, text: meta.text };
        else b.contacted ??= { count: meta.count, text: meta.text, row: rowNumber, column: metaColumn(table, b.last, rowNumber) };
      },
      affiliateRow(row) {
        if (isListedDeal(row)) block(row.table).listed++;
      },
      tableEnd(table) {
        const b = blocks.get(table);
        blocks.delete(table);
        if (!b?.contacted) return;
        const deals = b.declared?.count ?? b.listed;
        if (b.contacted.count >= deals) return;
        ctx.report({ table, row: b.contacted.row, column: b.contacted.column,
          messageId: b.declared !== null ? 'fewer-than-declared' : 'fewer-than-listed',
          args: { contacted: b.contacted.count, deals, contactedText: b.contacted.text, dealsText: b.declared?.text ?? '' } });
      },
    };
  },
});
