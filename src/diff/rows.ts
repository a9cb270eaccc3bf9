import type { Config } from '../config/schema.js';
import { contextMonthOf } from '../engine/month.js';
import { columnLetter } from '../model/cell.js';
import type { WorkbookSource } from '../model/source.js';
import type { TableInfo, TableRow } from '../model/table.js';
import { metaOfRow, platformIn, readAffiliateRow } from '../rows/affiliate.js';
import { BrandBook } from '../rows/brands.js';
import { defaultYear, type ReadContext, type RunOptions } from '../rows/context.js';
import { readListingRow } from '../rows/listing.js';
import { SheetSplitter, type TableEvent } from '../tables/splitter.js';
import { isBlankCell, valueText } from './cells.js';

export type DiffKind = 'kol-listing' | 'affiliate-deals';

/** One data row of a listing or affiliate table, as the diff compares it. */
export interface KeyedRow {
  readonly sheet: string;
  readonly kind: DiffKind;
  /** Account identity (`instagram:rinabeauty`, `name:rina`, `account:herbana99`); rows without one get `row:<content>`. */
  readonly key: string;
  /** Month, platform and brand the row belongs to: pairs duplicates of one account first. */
  readonly scope: string;
  /** The KOL or affiliate account as a person names them. */
  readonly label: string;
  readonly rowNumber: number;
  /** Header (as written; column letter when blank; `Header (2)` when repeated) → value text, in column order. */
  readonly fields: ReadonlyMap<string, string>;
}

/** The row's cells by header, leaving out the `No` column: renumbering after a sort or a move is no change. */
function fieldsOf(raw: TableRow, table: TableInfo): Map<string, string> {
  const fields = new Map<string, string>();
  const width = Math.max(raw.values.length, table.headers.length);
  const no = table.columns.get('no');
  for (let c = 0; c < width; c++) {
    if (c === no) continue;
    const header = (table.headers[c] ?? '').replace(/\s+/g, ' ').trim() || columnLetter(c);
    let name = header;
    for (let n = 2; fields.has(name); n++) name = `${header} (${n})`;
    const v = raw.values[c];
    fields.set(name, isBlankCell(v, undefined) ? '' : valueText(v));
  }
  return fields;
}

/**
 * Every KOL-listing and affiliate-deal row of a workbook, found the way `kolops check`
 * finds them (splitter → row interpreter), with the account key each row is matched by.
 * Posting recaps are not compared. Throws UnreadableFileError like the readers.
 */
export async function collectRows(workbook: WorkbookSource, config: Config, options: RunOptions = {}): Promise<KeyedRow[]> {
  const ctx: ReadContext = { config, options };
  const brands = new BrandBook(config);
  const year = defaultYear(ctx);
  const out: KeyedRow[] = [];
  const onEvent = (ev: TableEvent) => {
    const table = ev.table;
    if (table.kind !== 'kol-listing' && table.kind !== 'affiliate-deals') return;
    if (ev.type === 'table-start') {
      table.contextMonth = contextMonthOf(table, year);
      table.brand = brands.findIn([table.sheet, ...table.titleRows].join(' '));
      if (table.kind === 'affiliate-deals') table.platform = platformIn(table.titleRows.join(' '));
      return;
    }
    if (ev.type !== 'row') return;
    const fields = fieldsOf(ev.row, table);
    const contentKey = `row:${[...fields.values()].join('\u0001')}`;
    if (table.kind === 'kol-listing') {
      const row = readListingRow(ev.row, table, ctx, brands);
      out.push({
        sheet: table.sheet, kind: 'kol-listing', key: row.key ?? contentKey,
        scope: [row.month ?? '', row.platform?.ok ? row.platform.platform : '', row.brand?.ok ? row.brand.brand ?? '' : row.brandText ?? ''].join('|'),
        label: row.kol || `#${ev.row.rowNumber}`, rowNumber: ev.row.rowNumber, fields,
      });
    } else {
      if (metaOfRow(ev.row)) return;
      const row = readAffiliateRow(ev.row, table, ctx, brands);
      out.push({
        sheet: table.sheet, kind: 'affiliate-deals', key: row.key ?? contentKey,
        scope: [row.month ?? '', row.platform ?? '', row.brand ?? ''].join('|'),
        label: row.accountName || row.linkText || `#${ev.row.rowNumber}`, rowNumber: ev.row.rowNumber, fields,
      });
    }
  };
  for await (const sheet of workbook.sheets) {
    const splitter = new SheetSplitter({ file: workbook.path, sheet: sheet.name, sheetState: sheet.state });
    for await (const raw of sheet.rows) for (const ev of splitter.feed(raw)) onEvent(ev);
    for (const ev of splitter.finish()) onEvent(ev);
  }
  return out;
}
