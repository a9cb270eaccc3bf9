/**
 * A CSV file's rows, streamed: the bytes decoded chunk by chunk, tokenized, and handed
 * out a chunk's rows at a time, with ragged rows noted on the way. Only the current
 * chunk's rows are held, never the file's.
 */
import type { CellValue, RawRow } from '../../model/cell.js';
import { streamDecoder } from '../decode.js';
import type { TextEncodingName } from '../decode.js';
import { readChunks } from '../io.js';
import { checkRagged, HEADER_SCAN_RECORDS, headerCandidate } from './ragged.js';
import type { RaggedRowNotices } from './ragged.js';
import { RecordReader } from './tokenizer.js';
import type { CsvRecord } from './tokenizer.js';
import { csvCell } from './values.js';

/** How to turn the file back into the text the records are read from. */
export interface TextPlan {
  readonly path: string;
  readonly encoding: TextEncodingName;
  /** Bytes of the BOM. */
  readonly skipBytes: number;
  /** Characters of a `sep=` line. */
  readonly skipChars: number;
}

/** The file's text, decoded chunk by chunk, without its BOM and `sep=` line. */
async function* decodedChunks(plan: TextPlan): AsyncGenerator<string> {
  const decoder = streamDecoder(plan.encoding);
  let skip = plan.skipChars;
  const cut = (text: string): string => {
    if (skip === 0 || text === '') return text;
    const n = Math.min(skip, text.length);
    skip -= n;
    return text.slice(n);
  };
  for await (const bytes of readChunks(plan.path, plan.skipBytes)) {
    const text = cut(decoder.decode(bytes));
    if (text !== '') yield text;
  }
  const tail = cut(decoder.end());
  if (tail !== '') yield tail;
}

/** Records a chunk at a time: one chunk's records are held, not the file's. */
async function* recordBatches(plan: TextPlan, delimiter: string, firstLine: number): AsyncGenerator<CsvRecord[]> {
  const reader = new RecordReader(delimiter, firstLine);
  try {
    for await (const text of decodedChunks(plan)) {
      const batch = reader.push(text);
      if (batch.length > 0) yield batch;
    }
    const batch = reader.end();
    if (batch.length > 0) yield batch;
  } finally {
    reader.destroy();
  }
}

/** Rows a chunk at a time (the engine's path); `csvRows` is the same rows one by one. */
export async function* csvRowBatches(
  plan: TextPlan, delimiter: string, firstLine: number, ctx: RaggedRowNotices,
): AsyncGenerator<RawRow[]> {
  const batches = recordBatches(plan, delimiter, firstLine);
  try {
    // The first records decide the header, so they are gathered before any row goes out.
    let head: CsvRecord[] = [];
    let step = await batches.next();
    while (!step.done && head.length < HEADER_SCAN_RECORDS) {
      head = head.concat(step.value);
      step = await batches.next();
    }
    const rest = head.slice(HEADER_SCAN_RECORDS);
    head = head.slice(0, HEADER_SCAN_RECORDS);
    const header = headerCandidate(head);
    const expected = header >= 0 ? (head[header] as CsvRecord).fields.length : 0;
    let index = 0;
    const row = (r: CsvRecord): RawRow => {
      if (header >= 0 && index > header) checkRagged(r, expected, ctx);
      index++;
      // The record's own array becomes the row's values: nothing reads the record after
      // this, and a second array of a dozen slots a row was a tenth of the reader's garbage.
      const values = r.fields as unknown as CellValue[];
      for (let i = 0; i < values.length; i++) values[i] = csvCell(r.fields[i] as unknown as string);
      return { rowNumber: r.line, values };
    };
    if (head.length + rest.length > 0) yield [...head, ...rest].map(row);
    for (; !step.done; step = await batches.next()) yield step.value.map(row);
  } finally {
    await batches.return(undefined);
  }
}

export async function* csvRows(
  plan: TextPlan, delimiter: string, firstLine: number, ctx: RaggedRowNotices,
): AsyncGenerator<RawRow> {
  for await (const batch of csvRowBatches(plan, delimiter, firstLine, ctx)) yield* batch;
}
