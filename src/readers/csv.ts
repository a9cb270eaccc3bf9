import { normalizeDelimiter } from './delimiter.js';
import { parse as parsePath } from 'node:path';
import { EMPTY } from '../model/cell.js';
import type { CellValue, RawRow } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import type { ReadNotice, SheetSource, WorkbookSource } from '../model/source.js';
import { detectBom, streamDecoder, utf8Validator } from './decode.js';
import type { TextEncodingName } from './decode.js';
import { readChunks, readHead } from './io.js';
import { ownString } from './own-string.js';
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
  // Every code starts with `#`: other cells need not be hashed for the set lookup.
  if (text.charCodeAt(0) === 0x23 && FORMULA_ERROR_CODES.has(text)) return { type: 'error', code: text };
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

/** Plain slices of `text`; `RecordReader.push` copes with a split CRLF, `""` or surrogate pair. */
function* chunks(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the tokenizer stands in the current record. */
const AT_FIELD = 0;  // at the start of a field, nothing of it read
const IN_TEXT = 1;   // in an unquoted field, or after a quoted field's closing quote
const IN_QUOTES = 2; // between a quoted field's quotes
type Mode = typeof AT_FIELD | typeof IN_TEXT | typeof IN_QUOTES;

/** ES2024 string methods, in Node ≥ 20 but not in our `lib`. */
interface WellFormedString { isWellFormed(): boolean; toWellFormed(): string }

/**
 * Lone surrogates as U+FFFD, as when the text went through a UTF-8 Buffer into csv-parse.
 * Our decoders never produce them; a caller of `readRecords` might.
 */
function wellFormed(text: string): string {
  const t = text as unknown as WellFormedString;
  return t.isWellFormed() ? text : t.toWellFormed();
}

/** Fields are copied out of their chunk (see `ownString`). */
const own = ownString;

/** Index of the first CR or LF in `text`, or its length. */
function lineEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/**
 * Records with the line each starts on, from text handed over chunk by chunk. The
 * dialect is the one csv-parse read for us with `relax_quotes` and `relax_column_count`,
 * kept to the letter (test/readers/csv-tokenizer.test.ts holds it against csv-parse):
 *
 * - A record ends at CRLF, LF or CR outside quotes. A blank line is a record of one empty
 *   field; a line break at the very end does not start another record.
 * - A field is quoted only if `"` is its first character; anywhere else a quote is text.
 *   Inside quotes, `""` is one quote and delimiters and line breaks are text.
 * - A quote closes the field if the delimiter, a line break, the end of the text or a NUL
 *   follows it (csv-parse's test is "no next byte"); text after a NUL is kept. Followed
 *   by anything else, it does not close: the field is then the text from its opening
 *   quote (with `""` read as `"` before that point) to the next delimiter or line break.
 * - A quote never closed would swallow the rest of the file. Rather than lose the file,
 *   that record's first physical line is read with quotes off (split at the delimiter),
 *   and reading carries on after that line with quotes on.
 *
 * Each record takes one line plus the line breaks inside its quoted fields (CRLF once);
 * they are counted while scanning, so ordinary records cost no extra pass.
 *
 * Between chunks only the current record is held: its fields so far, the raw text of the
 * field being read, and the record's raw text in case its quote is never closed. A quote
 * never closed holds the text to the end, as it must.
 */
export class RecordReader {
  private readonly delimiter: string;
  private readonly delim: number;
  private line: number;
  /** The current record's fields so far. */
  private fields: string[] = [];
  private mode: Mode = AT_FIELD;
  /** IN_TEXT: the field's text before `head`, i.e. what its quotes held (or `"…"` when they did not close). */
  private prefix = '';
  /** The current field's raw text from earlier chunks: IN_TEXT after `prefix`, IN_QUOTES after the opening quote. */
  private head = '';
  /** The current quoted field has a `""`. */
  private escaped = false;
  /** IN_QUOTES, and the last chunk ended on a quote whose meaning the next character decides. */
  private quoteAtEnd = false;
  /** Line breaks inside the current record's quoted fields. */
  private breaks = 0;
  /** The current record's raw text from earlier chunks, to read it again if its quote never closes. */
  private recordHead: string[] = [];
  /** A trailing `\r` or high surrogate held back until the next chunk shows what follows. */
  private carry = '';
  private done = false;

  constructor(delimiter: string, firstLine = 1) {
    if (delimiter.length !== 1 || delimiter === '\r' || delimiter === '\n') {
      throw new RangeError(`CSV delimiter must be one character, not a line break: ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter;
    this.delim = delimiter.charCodeAt(0);
    this.line = firstLine;
  }

  /** Records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.done) return out;
    let text = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    const last = text.charCodeAt(text.length - 1);
    if (last === CR || (last >= 0xd800 && last <= 0xdbff)) {
      this.carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text !== '') this.scan(wellFormed(text), false, out);
    return out;
  }

  /** The records left at the end of the text. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.done) return out;
    let text = wellFormed(this.carry);
    this.carry = '';
    for (;;) {
      const broken = this.scan(text, true, out);
      if (broken === undefined) break;
      // A quote never closed: its record's first physical line as plain text, then the rest afresh.
      const cut = lineEnd(broken);
      const next = cut + (broken.charCodeAt(cut) === CR && broken.charCodeAt(cut + 1) === LF ? 2 : 1);
      out.push({ line: this.line, fields: broken.slice(0, cut).split(this.delimiter).map(own) });
      this.reset(this.line + 1);
      text = broken.slice(next);
    }
    this.destroy();
    return out;
  }

  destroy(): void {
    this.done = true;
    this.reset(this.line);
    this.carry = '';
  }

  private reset(line: number): void {
    this.line = line;
    this.fields = [];
    this.mode = AT_FIELD;
    this.prefix = '';
    this.head = '';
    this.escaped = false;
    this.quoteAtEnd = false;
    this.breaks = 0;
    this.recordHead = [];
  }

  /**
   * What a quoted field's quotes held, `raw` being the content in this chunk, once the
   * quote after it is read; `closes`: the quote closes the field. Returns whether the
   * field goes on (IN_TEXT) rather than ending at that quote, which happens only when
   * the quote is the delimiter too (a `sep="` file).
   */
  private closeQuote(raw: string, closes: boolean, fields: string[]): boolean {
    let content = this.head === '' ? raw : this.head + raw;
    this.head = '';
    if (this.escaped) content = content.replaceAll('""', '"');
    if (closes) {
      this.prefix = content;
    } else if (this.delim === QUOTE) { // csv-parse: not a closing quote, so the delimiter
      fields.push(own(`"${content}`));
      return false;
    } else {
      this.prefix = `"${content}"`;
    }
    return true;
  }

  /**
   * Tokenize `s`, which continues the text where the last chunk stopped, pushing the
   * records it completes. At the end of the text, a record left inside quotes is not
   * pushed: its raw text is returned for `end` to read again.
   */
  private scan(s: string, atEnd: boolean, out: CsvRecord[]): string | undefined {
    const n = s.length;
    const d = this.delim;
    let fields = this.fields;
    let mode = this.mode;
    let line = this.line;
    let breaks = this.breaks;
    let i = 0;
    let start = 0;       // where the current field's raw text (IN_TEXT) or content (IN_QUOTES) starts in `s`
    let recordStart = 0; // where the current record starts in `s`

    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      const c = n > 0 ? s.charCodeAt(0) : -1;
      if (c === QUOTE) { // a `""` split by the chunk edge: the pair stays in the raw content
        this.escaped = true;
        this.head += '"';
        i = 1;
      } else {
        const closes = c === -1 || c === d || c === LF || c === CR || c === 0;
        mode = this.closeQuote('', closes, fields) ? IN_TEXT : AT_FIELD;
      }
    }

    records: while (i < n) {
      if (mode === AT_FIELD) {
        if (s.charCodeAt(i) === QUOTE) {
          mode = IN_QUOTES;
          this.escaped = false;
          start = ++i;
        } else {
          mode = IN_TEXT;
          start = i;
        }
      }
      if (mode === IN_TEXT) {
        let c = 0;
        for (; i < n; i++) {
          c = s.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
        }
        if (i === n) break;
        let field = s.slice(start, i);
        if (this.prefix !== '' || this.head !== '') {
          field = this.prefix + this.head + field;
          this.prefix = '';
          this.head = '';
        }
        fields.push(own(field));
        mode = AT_FIELD;
        i++;
        if (c === d) continue;
        if (c === CR && s.charCodeAt(i) === LF) i++; // a lone `\r` never ends a chunk but the last
        out.push({ line, fields });
        line += 1 + breaks;
        breaks = 0;
        fields = [];
        recordStart = i;
        continue;
      }
      // IN_QUOTES
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
          if (next === QUOTE) {
            this.escaped = true;
            i++;
            continue;
          }
          if (next === -1 && !atEnd) {
            this.head += s.slice(start, i);
            this.quoteAtEnd = true;
            start = i = n;
            break records;
          }
          const closes = next === -1 || next === d || next === LF || next === CR || next === 0;
          mode = this.closeQuote(s.slice(start, i), closes, fields) ? IN_TEXT : AT_FIELD;
          start = ++i;
          continue records;
        }
        if (c === CR) {
          breaks++;
          if (s.charCodeAt(i + 1) === LF) i++;
        } else if (c === LF) {
          breaks++;
        }
      }
    }

    this.line = line;
    this.breaks = breaks;
    this.fields = fields;
    this.mode = mode;
    if (recordStart > 0) this.recordHead = [];
    if (atEnd) {
      if (mode === IN_QUOTES) return this.recordHead.join('') + s.slice(recordStart);
      if (mode === IN_TEXT) fields.push(own(this.prefix + this.head + s.slice(start)));
      else if (fields.length > 0) fields.push('');
      if (fields.length > 0) out.push({ line, fields });
      this.reset(line + 1 + breaks);
      return undefined;
    }
    if (mode !== AT_FIELD && start < n) this.head += s.slice(start);
    if (recordStart < n) this.recordHead.push(s.slice(recordStart));
    return undefined;
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

/** Rows a chunk at a time (the engine's path); `csvRows` is the same rows one by one. */
async function* csvRowBatches(
  plan: TextPlan, delimiter: string, firstLine: number, ctx: RowContext,
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
      return { rowNumber: r.line, values: r.fields.map(csvCell) };
    };
    if (head.length + rest.length > 0) yield [...head, ...rest].map(row);
    for (; !step.done; step = await batches.next()) yield step.value.map(row);
  } finally {
    await batches.return(undefined);
  }
}

async function* csvRows(
  plan: TextPlan, delimiter: string, firstLine: number, ctx: RowContext,
): AsyncGenerator<RawRow> {
  for await (const batch of csvRowBatches(plan, delimiter, firstLine, ctx)) yield* batch;
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
    batches: { [Symbol.asyncIterator]: () => csvRowBatches(plan, delimiter, firstLine, ctx) },
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
