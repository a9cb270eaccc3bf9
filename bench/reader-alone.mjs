// The reader alone: kolops's workbook reader (the built dist/) turning every sheet into
// rows of typed cells, with no interpretation or rules — what `check` spends on reading.
import { openWorkbook } from '../dist/readers/index.js';
import { rowBatches } from '../dist/model/source.js';

const book = await openWorkbook(process.argv[2]);
let cells = 0;
for await (const sheet of book.sheets) {
  for await (const batch of rowBatches(sheet)) {
    for (const row of batch) for (const v of row.values) if (v !== undefined && v.type !== 'empty') cells++;
  }
}
process.stdout.write(`${cells} cells\n`);
