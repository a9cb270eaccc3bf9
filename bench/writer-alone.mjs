// kolops's xlsx writer alone (dist/writers/xlsx-book.js): ROWS rows of ten cells as the
// report's KOLs sheet holds them (text, numbers, a hyperlink), one style per column.
// Measured against the same cells through exceljs's streaming writer (baseline-xlsx-write.mjs):
// the reason the report does not use exceljs to write.
import { writeFileSync } from 'node:fs';
import { XlsxBook } from '../dist/writers/xlsx-book.js';
import { reportRow } from './report-cells.mjs';

const [out, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);
const book = new XlsxBook({ creator: 'kolops', created: new Date(Date.UTC(2024, 11, 31)) });
const count = book.style({ numFmt: '#,##0' });
const link = book.style({ color: 'FF0563C1', underline: true });
const ws = await book.sheet('KOLs', { widths: [undefined, 12, 12, 12, 12, 10, 10, 14, 40, 18, 30] });
for (let r = 0; r < rows; r++) {
  const cells = reportRow(r);
  ws.startRow(r + 1);
  cells.forEach((v, i) => {
    if (typeof v === 'number') ws.number(i + 1, v, count);
    else if (v.startsWith('https://')) ws.link(i + 1, v, v, link);
    else ws.text(i + 1, v, 0);
  });
  ws.endRow();
  if (ws.full) await ws.flush();
}
await ws.close();
writeFileSync(out, await book.toBytes());
