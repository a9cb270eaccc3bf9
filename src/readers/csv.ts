import { normalizeDelimiter } from './delimiter.js';
import { parse as parsePath } from 'node:path';
import { parse } from 'csv-parse';
import { EMPTY } from '../model/cell.js';
import type { CellValue, RawRow } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import type { ReadNotice, SheetSource, WorkbookSource } from '../model/source.js';
import { detectBom, streamDecoder, utf8Validator } from './decode.js';
import type { TextEncodingName } from './decode.js';
import { readChunks, readHead } from './io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from './sniff.js';
import type { SniffResult } from './sniff.js';

/** A CSV workbook also says how its bytes were read, for messages and debugging. */
export interface CsvWorkbookSource extends WorkbookSource {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
}

// ---------------------------------------------------------------------------------
// Cells

/**
 * Excel writes a formula's error as its text when saving CSV, so in a CSV these exact
 * strings are the formula errors the `file/formula-error` rule is about. Whole-cell
 * matches only: `#N/A karena libur` is a note, not an error.
 */
export const FORMULA_ERROR_CODES: ReadonlySet<string> = new Set([
  '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!',
  '#SPILL!', '#CALC!', '#GETTING_DATA', // newer Excel versions
]);

/** Text stays text as written: numbers like `8.301` or `1.234,56` are read downstream, the Indonesian way. */
export function csvCell(text: string): CellValue {
  if (text === '') return EMPTY;
  if (FORMULA_ERROR_CODES.has(text)) return { type: 'error', code: text };
  return { type: 'string', text };
}

// ---------------------------------------------------------------------------------
// Delimiter

const CANDIDATES = [',', ';', '\t', '|'] as const;
const DETECT_LINES = 20;

/**
 * For each of the first `maxLines` non-empty logical lines, how often each candidate
 * occurs outside double quotes. A quoted field may hold the delimiter or a line break,
 * so quotes must be respected even in this rough count.
 */
function delimiterCounts(text: string, maxLines: number): number[][] {
  const lines: number[][] = [];
  let counts = CANDIDATES.map(() => 0);
  let inQuotes = false;
  let lineHasChars = false;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes; // `""` toggles twice: net unchanged, as it should
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (lineHasChars) lines.push(counts);
      counts = CANDIDATES.map(() => 0);
      lineHasChars = false;
      continue;
    } else if (!inQuotes) {
      const k = (CANDIDATES as readonly string[]).indexOf(ch);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
    lineHasChars = true;
  }
  if (lineHasChars && lines.length < maxLines) lines.push(counts);
  return lines;
}

/** The most common non-zero value and how many lines have it (ties: the larger value). */
function modeOfNonZero(values: readonly number[]): { value: number; lines: number } {
  const freq = new Map<number, number>();
  for (const v of values) if (v > 0) freq.set(v, (freq.get(v) ?? 0) + 1);
  let best = { value: 0, lines: 0 };
  for (const [value, lines] of freq) {
    if (lines > best.lines || (lines === best.lines && value > best.value)) best = { value, lines };
  }
  return best;
}

/**
 * The delimiter that gives the most lines the same non-zero field count. Consistency,
 * not raw frequency: a `;` file full of `1.234,56` has commas too, but not on every line
 * and not the same number of them. Ties go to more fields, then to `,` `;` tab `|`.
 */
export { normalizeDelimiter };

export function detectDelimiter(text: string): string {
  const lines = delimiterCounts(text, DETECT_LINES);
  let best = { delimiter: ',', lines: 0, count: 0 };
  CANDIDATES.forEach((delimiter, k) => {
    const mode = modeOfNonZero(lines.map((c) => c[k] ?? 0));
    if (mode.lines > best.lines || (mode.lines === best.lines && mode.value > best.count)) {
      best = { delimiter, lines: mode.lines, count: mode.value };
    }
  });
  return best.delimiter;
}

/** Excel honours a first line `sep=;` and so do we; the line itself is not data. */
function splitSepLine(text: string): { body: string; firstLine: number; delimiter?: string } {
  const m = /^sep=([^\r\n])(\r\n|\n|\r|$)/i.exec(text);
  if (!m) return { body: text, firstLine: 1 };
  return { body: text.slice(m[0].length), firstLine: 2, delimiter: m[1] as string };
}

// ---------------------------------------------------------------------------------
// Records with their real line numbers

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly fields: string[];
}

const CHUNK_CHARS = 64 * 1024;

/** Plain slices of `text`; `RecordReader.push` copes with a split CRLF or surrogate pair. */
function* chunks(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

interface Parser {
  write(chunk: string): void;
  end(): void;
  destroy(): void;
  readonly errored: Error | null;
}

/**
 * A csv-parse parser we write to ourselves, collecting records in `on_record`: writes
 * are synchronous, and unlike the stream's async iterator, nothing parsed before an
 * error is lost. Errors are read from `parser.errored`.
 */
function newParser(delimiter: string, quote: boolean, queue: string[][]): Parser {
  const parser = parse({
    delimiter,
    quote: quote ? '"' : false,
    relax_column_count: true, // ragged rows are reported by us, not fatal
    relax_quotes: true,       // `2 "3" 4` in an unquoted field is just text
    record_delimiter: ['\r\n', '\n', '\r'], // mixed line endings from concatenated exports
    on_record: (record: string[]) => {
      queue.push(record);
      return null; // keep it out of the stream's buffer: we consume it from `queue`
    },
  });
  parser.on('error', () => {}); // read from `parser.errored`; the listener only prevents a crash
  return parser as unknown as Parser;
}

/** The records of one short text (a single physical line, read with quotes off). */
function parseLine(text: string, delimiter: string): string[] | undefined {
  const queue: string[][] = [];
  const parser = newParser(delimiter, false, queue);
  try {
    parser.write(text);
    if (!parser.errored) parser.end();
    return queue[0];
  } finally {
    parser.destroy();
  }
}

/** Line breaks inside a record's fields (only quoted fields can hold them); CRLF counts once. */
function countLineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (!f.includes('\n') && !f.includes('\r')) continue;
    n += f.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Offset just past `k` line breaks counted from `from`, or -1 if there are fewer. */
function skipLines(text: string, from: number, k: number): number {
  let i = from;
  for (; k > 0; k--) {
    LINE_BREAK.lastIndex = i;
    const m = LINE_BREAK.exec(text);
    if (!m) return -1;
    i = m.index + m[0].length;
  }
  return i;
}

/**
 * Records with the line each starts on, from text handed over chunk by chunk. csv-parse's
 * own `info.lines` is the line a record ENDS on, and it counts a CRLF inside a quoted
 * field twice, so we count: each record takes one line plus the line breaks inside its
 * quoted fields.
 *
 * A quote opened and never closed makes csv-parse swallow the rest of the file and then
 * fail. Rather than lose the file, we read that one physical line with quotes off and
 * carry on after it with quotes on. For that we keep the text from the start of the
 * record being parsed (`pending`): as records come out, the lines they took are dropped,
 * so it holds one chunk and the current record, not the file.
 */
export class RecordReader {
  private line: number;
  private pending = '';
  private pos = 0;
  /** A trailing `\r` or high surrogate held back until the next chunk shows what follows. */
  private carry = '';
  private readonly queue: string[][] = [];
  private parser: Parser;
  /** The parser failed on the record at `pos`; waiting for the end of its physical line. */
  private recovering = false;
  private done = false;

  constructor(private readonly delimiter: string, firstLine = 1) {
    this.line = firstLine;
    this.parser = newParser(delimiter, true, this.queue);
  }

  /** Records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = this.carry + chunk;
    this.carry = '';
    const last = text.charCodeAt(text.length - 1);
    if (text.length > 0 && (last === 0x0d || (last >= 0xd800 && last <= 0xdbff))) {
      this.carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text !== '') this.feed(text, out);
    return out;
  }

  /** The records left at the end of the text. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.carry !== '') {
      const c = this.carry;
      this.carry = '';
      this.feed(c, out);
    }
    while (!this.done) {
      if (this.recovering) {
        if (!this.recover(out, true)) break;
        if (this.recovering) continue;
      }
      this.parser.end();
      this.drain(out);
      if (this.parser.errored) this.recovering = true;
      else break;
    }
    this.destroy();
    return out;
  }

  destroy(): void {
    this.done = true;
    this.parser.destroy();
  }

  private feed(text: string, out: CsvRecord[]): void {
    if (this.done) return;
    if (this.pos > 0) {
      this.pending = this.pending.slice(this.pos);
      this.pos = 0;
    }
    this.pending += text;
    if (!this.recovering) this.write(text, out);
    while (this.recovering && this.recover(out, false));
  }

  private write(text: string, out: CsvRecord[]): void {
    this.parser.write(text);
    this.drain(out);
    if (this.parser.errored) this.recovering = true;
  }

  private drain(out: CsvRecord[]): void {
    for (const fields of this.queue.splice(0)) {
      const lines = 1 + countLineBreaks(fields);
      out.push({ line: this.line, fields });
      this.line += lines;
      const next = skipLines(this.pending, this.pos, lines);
      this.pos = next < 0 ? this.pending.length : next;
    }
  }

  /** Read the broken record's first physical line as text; false if it is not all here yet (or nothing is left). */
  private recover(out: CsvRecord[], atEnd: boolean): boolean {
    const start = this.pos;
    let next = skipLines(this.pending, start, 1);
    if (next < 0) {
      if (!atEnd) return false;
      next = this.pending.length;
    }
    if (next <= start) { // nothing left to recover (cannot happen: the broken record has text)
      this.destroy();
      return false;
    }
    const physical = this.pending.slice(start, next).replace(/(\r\n|\r|\n)$/, '');
    const fields = parseLine(physical, this.delimiter);
    out.push({ line: this.line, fields: fields ?? [physical] });
    this.line += 1;
    this.parser.destroy();
    this.queue.length = 0;
    this.pending = this.pending.slice(next);
    this.pos = 0;
    this.recovering = false;
    this.parser = newParser(this.delimiter, true, this.queue);
    if (this.pending !== '') this.write(this.pending, out);
    return true;
  }
}

/** Every record of `text` with the line it starts on (see `RecordReader`). */
export function* readRecords(
  text: string, delimiter: string, firstLine = 1, chunkSize = CHUNK_CHARS,
): Generator<CsvRecord> {
  const reader = new RecordReader(delimiter, firstLine);
  try {
    for (const chunk of chunks(text, chunkSize)) yield* reader.push(chunk);
    yield* reader.end();
  } finally {
    reader.destroy();
  }
}

// ---------------------------------------------------------------------------------
// Ragged rows

const HEADER_SCAN_RECORDS = 30;

function isBlank(field: string): boolean {
  return field.trim() === '';
}

function nonEmptyCount(r: CsvRecord): number {
  return r.fields.filter((f) => !isBlank(f)).length;
}

/** The field count most non-blank records share (ties: the larger). */
function modalWidth(head: readonly CsvRecord[]): number {
  const freq = new Map<number, number>();
  for (const r of head) if (nonEmptyCount(r) > 0) freq.set(r.fields.length, (freq.get(r.fields.length) ?? 0) + 1);
  let best = { width: 0, n: 0 };
  for (const [width, n] of freq) if (n > best.n || (n === best.n && width > best.width)) best = { width, n };
  return best.width;
}

/**
 * The record whose field count is the reference: the first one with the most non-empty
 * fields among the first records, which is the header as a rule. Exception: a data row
 * with stray extra notes can outnumber the header; then every normal row after it would
 * read as short. So when that record's width is shared by no other record and an EARLIER
 * record (≥ 2 non-empty fields) has the width most records share, the earlier one wins.
 */
function headerCandidate(head: readonly CsvRecord[]): number {
  const counts = head.map(nonEmptyCount);
  const most = Math.max(0, ...counts);
  if (most === 0) return -1;
  const best = counts.indexOf(most);
  const bestWidth = (head[best] as CsvRecord).fields.length;
  const sameWidth = head.filter((r) => nonEmptyCount(r) > 0 && r.fields.length === bestWidth).length;
  if (sameWidth > 1) return best;
  const modal = modalWidth(head);
  const earlier = head.findIndex((r, i) => i < best && (counts[i] ?? 0) >= 2 && r.fields.length === modal);
  return earlier >= 0 ? earlier : best;
}

/**
 * The field count to report if `fields` does not fit `expected`, else null. Trailing
 * empty fields beyond the header are harmless (`a;b;c;`), and a blank record is a blank
 * row, not a ragged one.
 */
export function raggedFieldCount(fields: readonly string[], expected: number): number | null {
  if (fields.length > expected) {
    let last = fields.length - 1;
    while (last >= expected && isBlank(fields[last] as string)) last--;
    return last >= expected ? last + 1 : null;
  }
  if (fields.length < expected && fields.some((f) => !isBlank(f))) return fields.length;
  return null;
}

interface RowContext {
  readonly sheet: string;
  readonly notices: ReadNotice[];
  /** Lines already reported, so iterating the rows twice does not duplicate notices. */
  readonly reported: Set<number>;
}

/** How to turn the file back into the text the records are read from. */
interface TextPlan {
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

async function* csvRows(
  plan: TextPlan, delimiter: string, firstLine: number, ctx: RowContext,
): AsyncGenerator<RawRow> {
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
      return { rowNumber: r.line, values: r.fields.map(csvCell) };
    };
    for (const r of head) yield row(r);
    for (const r of rest) yield row(r);
    for (; !step.done; step = await batches.next()) {
      for (const r of step.value) yield row(r);
    }
  } finally {
    await batches.return(undefined);
  }
}

function checkRagged(r: CsvRecord, expected: number, ctx: RowContext): void {
  const found = raggedFieldCount(r.fields, expected);
  if (found === null || ctx.reported.has(r.line)) return;
  ctx.reported.add(r.line);
  ctx.notices.push({ code: 'ragged-row', sheet: ctx.sheet, rowNumber: r.line, args: { found, expected } });
}

// ---------------------------------------------------------------------------------
// Opening

function notTextDetail(kind: SniffResult): string {
  if (kind === 'zip') return 'ZIP archive, perhaps an .xlsx saved under a text-file name';
  if (kind === 'ole') return 'Excel 97-2003 or password-protected workbook saved under a text-file name';
  return describeKind(kind);
}

/** CSV content must be text: a renamed image or workbook gets a clear reason, not garbage rows. */
function assertText(buf: Uint8Array): void {
  const kind = sniff(buf.subarray(0, SNIFF_TEXT_BYTES));
  if (kind === 'empty') throw new UnreadableFileError('empty-file');
  if (kind !== 'text') throw new UnreadableFileError('not-a-spreadsheet', notTextDetail(kind));
}

/** Text enough for the `sep=` line and the delimiter's first lines. */
const PREFIX_BYTES = 64 * 1024;

/** Whether the whole file is UTF-8, told in one pass that keeps nothing of it. */
async function isUtf8File(path: string): Promise<boolean> {
  const validator = utf8Validator();
  for await (const bytes of readChunks(path)) if (!validator.push(bytes)) return false;
  return validator.end();
}

export async function openCsv(path: string, opts: { delimiter?: string } = {}): Promise<CsvWorkbookSource> {
  const forced = opts.delimiter !== undefined ? normalizeDelimiter(opts.delimiter) : undefined;
  const head = await readHead(path, PREFIX_BYTES + 3);
  assertText(head);
  // The encoding can only be told from all of the bytes: without a BOM, a first pass
  // checks they are UTF-8 before any row is read, so no row is ever read twice.
  const bom = detectBom(head);
  const encoding: TextEncodingName = bom?.encoding ?? ((await isUtf8File(path)) ? 'utf-8' : 'windows-1252');
  const skipBytes = bom?.length ?? 0;
  const decoder = streamDecoder(encoding);
  const prefixBytes = head.subarray(skipBytes, skipBytes + PREFIX_BYTES);
  const whole = head.length < PREFIX_BYTES + 3;
  const prefix = decoder.decode(prefixBytes) + (whole ? decoder.end() : '');
  const { body, firstLine, delimiter: sepDelimiter } = splitSepLine(prefix);
  const delimiter = forced ?? sepDelimiter ?? detectDelimiter(body);
  const plan: TextPlan = { path, encoding, skipBytes, skipChars: prefix.length - body.length };
  const name = parsePath(path).name;
  const ctx: RowContext = { sheet: name, notices: [], reported: new Set() };
  const sheet: SheetSource = {
    name,
    state: 'visible',
    rows: { [Symbol.asyncIterator]: () => csvRows(plan, delimiter, firstLine, ctx) },
  };
  return {
    path,
    format: 'csv',
    encoding,
    delimiter,
    notices: ctx.notices,
    sheets: { async *[Symbol.asyncIterator]() { yield sheet; } },
  };
}
