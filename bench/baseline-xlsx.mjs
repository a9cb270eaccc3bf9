// Baseline: exceljs's streaming reader visiting every cell of every sheet, nothing else.
// kolops check is measured against this (issue 13: at most 0.8x on a 100,000-row listing).
import ExcelJS from 'exceljs';

const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
  sharedStrings: 'cache', styles: 'cache', hyperlinks: 'cache', worksheets: 'emit',
});
let cells = 0;
for await (const sheet of reader) {
  for await (const row of sheet) {
    row.eachCell({ includeEmpty: false }, () => { cells++; });
  }
}
process.stdout.write(`${cells} cells\n`);
