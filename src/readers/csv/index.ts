/**
 * The CSV/TSV reader: `openCsv` for the engine, and the pieces it is made of for the
 * tests and tools that use them on their own. Each module does one job: `dialect`
 * (delimiter), `tokenizer` (records), `values` (cells), `ragged` (ragged-row notices),
 * `rows` (the file's rows, streamed), `open` (the workbook).
 */
export { detectDelimiter, normalizeDelimiter } from './dialect.js';
export { openCsv } from './open.js';
export type { CsvWorkbookSource } from './open.js';
export { raggedFieldCount } from './ragged.js';
export { readRecords, RecordReader } from './tokenizer.js';
export type { CsvRecord } from './tokenizer.js';
export { csvCell, FORMULA_ERROR_CODES } from './values.js';
