// Baseline: the same cells as writer-alone.mjs through exceljs's streaming writer
// (WorkbookWriter, shared strings off, styles on, every row committed as it is made).
import ExcelJS from 'exceljs';
import { reportRow } from './report-cells.mjs';

const [out, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: true });
const ws = wb.addWorksheet('KOLs');
for (let r = 0; r < rows; r++) {
  const row = ws.addRow(reportRow(r).map((v) => (typeof v === 'string' && v.startsWith('https://') ? { text: v, hyperlink: v } : v)));
  row.getCell(4).numFmt = '#,##0';
  row.commit();
}
ws.commit();
await wb.commit();
