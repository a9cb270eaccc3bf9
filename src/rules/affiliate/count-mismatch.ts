import type { TableInfo, TableRow } from '../../model/table.js';
import { isListedDeal, type AffiliateMeta } from '../../rows/affiliate.js';
import { blockTitle, metaColumn } from '../support.js';
import { defineRule } from '../types.js';

interface Block {
  declared: { count: number; text: string; row: number; column: number | null } | null;
  listed: number;
  last: TableRow | null;
}

/**
 * Seed "Gambar 3.4": `Yang sudah deal: 5 (September)` above nine deal rows. The
 * monthly report counts one or the other, so a block whose declared deal count differs
 * from its rows is reported at the meta row. A count written `TBA` is unknown: nothing to
 * compare. Listed deals are the rows naming an account, not declined or unreachable.
 */
export default defineRule({
  meta: {
    id: 'affiliate/count-mismatch',
    severity: 'warning',
    kinds: ['affiliate-deals'],
    description: 'A deal block\'s declared deal count ("Yang sudah deal: 10") differs from the deal rows listed in it.',
    messages: {
      'mismatch': 'block "{block}" (header at row {headerRow}) declares {declared, number} deals ("{text}") but lists {listed, number} deal rows; correct the count, or add or remove deal rows so the two agree',
      'mismatch-untitled': 'the block with its header at row {headerRow} declares {declared, number} deals ("{text}") but lists {listed, number} deal rows; correct the count, or add or remove deal rows so the two agree',
    },
  },
  create(ctx) {
    const blocks = new Map<TableInfo, Block>();
    const block = (table: TableInfo): Block => {
      let b = blocks.get(table);
      if (!b) blocks.set(table, (b = { declared: null, listed: 0, last: null }));
      return b;
    };
    return {
      row(row, table) {
        block(table).last = row;
      },
      affiliateMeta(table, meta: AffiliateMeta, rowNumber) {
        const b = block(table);
        if (meta.kind !== 'deals' || meta.count === null || b.declared) return;
        b.declared = { count: meta.count, text: meta.text, row: rowNumber, column: metaColumn(table, b.last, rowNumber) };
      },
      affiliateRow(row) {
        if (isListedDeal(row)) block(row.table).listed++;
      },
      tableEnd(table) {
        const b = blocks.get(table);
        blocks.delete(table);
        if (!b?.declared || b.declared.count === b.listed) return;
        const title = blockTitle(table);
        ctx.report({ table, row: b.declared.row, column: b.declared.column, messageId: title ? 'mismatch' : 'mismatch-untitled',
          args: { declared: b.declared.count, listed: b.listed, text: b.declared.text, block: title ?? '', headerRow: table.headerRow } });
      },
    };
  },
});

