/**
 * An independent reading of an .xlsx for the reader's conformance tests: exceljs's own
 * `readFile` (the whole workbook in memory), its cell values turned into kolops's cell
 * model. It lived in src/ as the "full" reader; it is an oracle now, not a path users take.
 */
import ExcelJS from 'exceljs';
import { EMPTY, type CellValue, type RawRow } from '../../src/model/cell.js';

export interface OracleSheet { name: string; state: string; rows: RawRow[] }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function richText(v: unknown): string | undefined {
  if (!isRecord(v) || !Array.isArray(v.richText)) return undefined;
  return v.richText.map((r: unknown) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
}

function convert(v: unknown): CellValue {
  if (v === null || v === undefined) return EMPTY;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { type: 'string', text: '#####' } : { type: 'date', iso: v.toISOString().slice(0, 10) };
  if (typeof v === 'string') return v === '' ? EMPTY : { type: 'string', text: v };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { type: 'number', value: v } : { type: 'error', code: '#NUM!' };
  if (isRecord(v)) {
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = typeof v.formula === 'string' ? v.formula : typeof v.sharedFormula === 'string' ? v.sharedFormula : '';
      return v.result === undefined || v.result === null ? { type: 'no-result', formula } : convert(v.result);
    }
    if (typeof v.error === 'string') return { type: 'error', code: v.error };
    if (typeof v.hyperlink === 'string') {
      const text = typeof v.text === 'string' ? v.text : richText(v.text) ?? v.hyperlink;
      return { type: 'hyperlink', text, url: v.hyperlink };
    }
    const rich = richText(v);
    if (rich !== undefined) return rich === '' ? EMPTY : { type: 'string', text: rich };
  }
  return { type: 'string', text: String(v) };
}

export async function readWithExceljs(path: string): Promise<OracleSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const rows: RawRow[] = [];
    for (let n = 1; n <= ws.rowCount; n++) {
      const row = ws.findRow(n);
      if (!row || !row.hasValues) continue;
      const values: CellValue[] = [];
      let formulas: Map<number, string> | undefined;
      for (let col = 1; col <= row.cellCount; col++) {
        const cell = row.findCell(col);
        if (!cell || (cell.isMerged && cell.master !== cell)) {
          values.push(EMPTY);
          continue;
        }
        let v: unknown = cell.value;
        // cell.value drops a falsy cached result (0, FALSE); cell.result keeps it.
        if (cell.type === ExcelJS.ValueType.Formula && isRecord(v)) v = { ...v, result: cell.result };
        const value = convert(v);
        values.push(value.type === 'no-result' && typeof cell.formula === 'string' && cell.formula ? { type: 'no-result', formula: cell.formula } : value);
        if (isRecord(v) && ('formula' in v || 'sharedFormula' in v)) (formulas ??= new Map()).set(col - 1, typeof cell.formula === 'string' && cell.formula ? cell.formula : String(v.formula ?? ''));
      }
      rows.push(formulas ? { rowNumber: n, values, formulas } : { rowNumber: n, values });
    }
    return { name: ws.name, state: ws.state ?? 'visible', rows };
  });
}

/**
 * A reading as the cells that hold something, `[row, column, value, formula]`, for
 * comparing two readers that agree on content but not on padding (exceljs makes a cell
 * for every merged one). A date-time compares as its date: exceljs keeps no time of day.
 */
export function contentOf(rows: readonly RawRow[], opts: { dateOnly?: boolean } = {}): unknown[] {
  const out: unknown[] = [];
  for (const r of rows) {
    const width = Math.max(r.values.length, ...[...(r.formulas?.keys() ?? [])].map((c) => c + 1));
    for (let c = 0; c < width; c++) {
      let v = r.values[c] ?? EMPTY;
      const f = r.formulas?.get(c);
      if (v.type === 'empty' && f === undefined) continue;
      if (opts.dateOnly && v.type === 'date' && v.time !== undefined) v = { type: 'date', iso: v.iso };
      out.push([r.rowNumber, c, v, f ?? null]);
    }
  }
  return out;
}
