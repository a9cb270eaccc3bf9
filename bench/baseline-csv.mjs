// Baseline: csv-parse streaming every record of a file, nothing else.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = createReadStream(process.argv[2]).pipe(parse({ delimiter: process.argv[3] ?? ',', relax_column_count: true, bom: true }));
for await (const _ of parser) records++;
process.stdout.write(`${records} records\n`);
