import type { Config } from '../config/schema.js';
import { Interpreter, type ReadHandlers } from '../interpret/pipeline.js';
import { columnLetter } from '../model/cell.js';
import type { WorkbookSource } from '../model/source.js';
import type { TableInfo, TableRow } from '../model/table.js';
import type { ReadContext, RunOptions } from '../rows/context.js';
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
 * finds them (the interpretation pipeline), with the account key each row is matched by.
 * Posting recaps are not compared. Throws UnreadableFileError like the readers.
 */
export async function collectRows(workbook: WorkbookSource, config: Config, options: RunOptions = {}): Promise<KeyedRow[]> {
  const ctx: ReadContext = { config, options };
  // The one interpretation pipeline, as `kolops check` reads the workbook; recaps are found but not compared.
  const interpreter = new Interpreter(ctx, { read: (kind) => kind !== 'posting-recap' });
  const out: KeyedRow[] = [];
  const contentKey = (fields: ReadonlyMap<string, string>) => `row:${[...fields.values()].join('\u0001')}`;
  const handlers: ReadHandlers = {
    listingRow(row) {
      const fields = fieldsOf(row.raw, row.table);
      out.push({
        sheet: row.table.sheet, kind: 'kol-listing', key: row.key ?? contentKey(fields),
        scope: [row.month ?? '', row.platform?.ok ? row.platform.platform : '', row.brand?.ok ? row.brand.brand ?? '' : row.brandText ?? ''].join('|'),
        label: row.kol || `#${row.rowNumber}`, rowNumber: row.rowNumber, fields,
      });
    },
    affiliateRow(row) {
      const fields = fieldsOf(row.raw, row.table);
      out.push({
        sheet: row.table.sheet, kind: 'affiliate-deals', key: row.key ?? contentKey(fields),
        scope: [row.month ?? '', row.platform ?? '', row.brand ?? ''].join('|'),
        label: row.accountName || row.linkText || `#${row.rowNumber}`, rowNumber: row.rowNumber, fields,
      });
    },
  };
  for await (const sheet of workbook.sheets) {
    const reader = interpreter.sheet(workbook.path, sheet, workbook.format, handlers);
    for await (const raw of sheet.rows) reader.feed(raw);
    reader.finish();
  }
  return out;
}
