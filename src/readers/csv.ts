import { normalizeDelimiter } from './delimiter.js';
import { parse as parsePath } from 'node:path';
import { parse } from 'csv-parse';
import { EMPTY } from '../model/cell.js';
import type { CellValue, RawRow } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import type { ReadNotice, SheetSource, WorkbookSource } from '../model/source.js';
import { decodeText } from './decode.js';
import type { TextEncodingName } from './decode.js';
import { readWhole } from './io.js';
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

/** Slices of `text`, never splitting a surrogate pair (a lone half would become U+FFFD in UTF-8). */
function* chunks(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(i, end);
    i = end;
  }
}

/**
 * Run csv-parse over `text`, yielding records as each chunk is parsed, so only one
 * chunk's records are held at a time. We write to the parser ourselves and collect
 * records in `on_record`: writes are synchronous, and unlike the stream's async
 * iterator, nothing parsed before an error is lost. Returns the error that stopped it.
 */
function* parseSegment(
  text: string, delimiter: string, quote: boolean, chunkSize: number,
): Generator<string[], Error | undefined> {
  const queue: string[][] = [];
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
  try {
    for (const chunk of chunks(text, chunkSize)) {
      parser.write(chunk);
      yield* queue.splice(0);
      if (parser.errored) return parser.errored;
    }
    parser.end();
    yield* queue.splice(0);
    return parser.errored ?? undefined;
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

/** Offset just past `k` line breaks counted from `from`. */
function skipLines(text: string, from: number, k: number): number {
  let i = from;
  while (k > 0 && i < text.length) {
    const ch = text[i++];
    if (ch === '\r' && text[i] === '\n') i++;
    if (ch === '\r' || ch === '\n') k--;
  }
  return i;
}

/**
 * Every record of `text` with the line it starts on. csv-parse's own `info.lines` is the
 * line a record ENDS on, and it counts a CRLF inside a quoted field twice, so we count:
 * each record takes one line plus the line breaks inside its quoted fields.
 *
 * A quote opened and never closed makes csv-parse swallow the rest of the file and then
 * fail. Rather than lose the file, we read that one physical line with quotes off and
 * carry on after it with quotes on.
 */
export function* readRecords(
  text: string, delimiter: string, firstLine = 1, chunkSize = CHUNK_CHARS,
): Generator<CsvRecord> {
  let offset = 0;
  let line = firstLine;
  while (offset < text.length) {
    const segmentLine = line;
    const parser = parseSegment(offset === 0 ? text : text.slice(offset), delimiter, true, chunkSize);
    let step = parser.next();
    for (; !step.done; step = parser.next()) {
      yield { line, fields: step.value };
      line += 1 + countLineBreaks(step.value);
    }
    if (step.value === undefined) return;
    const start = skipLines(text, offset, line - segmentLine);
    const next = skipLines(text, start, 1);
    if (next <= start) return; // nothing left to recover (cannot happen: the broken record has text)
    const physical = text.slice(start, next).replace(/(\r\n|\r|\n)$/, '');
    const [fields] = [...parseSegment(physical, delimiter, false, chunkSize)];
    yield { line, fields: fields ?? [physical] };
    line += 1;
    offset = next;
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

/** Take up to `n` items without closing the generator (a `for…of` with `break` would). */
function take<T>(gen: Generator<T>, n: number): T[] {
  const out: T[] = [];
  while (out.length < n) {
    const step = gen.next();
    if (step.done) break;
    out.push(step.value);
  }
  return out;
}

interface RowContext {
  readonly sheet: string;
  readonly notices: ReadNotice[];
  /** Lines already reported, so iterating the rows twice does not duplicate notices. */
  readonly reported: Set<number>;
}

async function* csvRows(
  text: string, delimiter: string, firstLine: number, ctx: RowContext,
): AsyncGenerator<RawRow> {
  const records = readRecords(text, delimiter, firstLine);
  const head = take(records, HEADER_SCAN_RECORDS);
  const header = headerCandidate(head);
  const expected = header >= 0 ? (head[header] as CsvRecord).fields.length : 0;
  let index = 0;
  // The buffered head first, then the same generator, which resumes where `take` stopped.
  for (const source of [head, records]) {
    for (const r of source) {
      if (header >= 0 && index > header) checkRagged(r, expected, ctx);
      index++;
      yield { rowNumber: r.line, values: r.fields.map(csvCell) };
    }
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

export async function openCsv(path: string, opts: { delimiter?: string } = {}): Promise<CsvWorkbookSource> {
  const forced = opts.delimiter !== undefined ? normalizeDelimiter(opts.delimiter) : undefined;
  // The whole file is read once: the encoding can only be told from all of its bytes.
  const buf = await readWhole(path);
  assertText(buf);
  const { text, encoding } = decodeText(buf);
  const { body, firstLine, delimiter: sepDelimiter } = splitSepLine(text);
  const delimiter = forced ?? sepDelimiter ?? detectDelimiter(body);
  const name = parsePath(path).name;
  const ctx: RowContext = { sheet: name, notices: [], reported: new Set() };
  const sheet: SheetSource = {
    name,
    state: 'visible',
    rows: { [Symbol.asyncIterator]: () => csvRows(body, delimiter, firstLine, ctx) },
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
