/**
 * The CSV tokenizer: text, handed over chunk by chunk, into records of fields with the
 * line each record starts on. Quotes, delimiters, CRLF/LF/CR and chunk edges (a split
 * CRLF, `""` or surrogate pair) are handled here and nowhere else; what the fields mean
 * is left to the rest of the reader. Fields are copied out of their chunk (`ownString`),
 * so a cell a rule keeps does not keep the whole chunk alive.
 */
import { ownString } from '../own-string.js';

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
      out.push({ line: this.line, fields: broken.slice(0, cut).split(this.delimiter).map(ownString) });
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
      fields.push(ownString(`"${content}`));
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

    // Where the next delimiter, quote and CR are at or after `i` (n: none in this chunk):
    // found by indexOf, and kept until `i` passes them, so no stretch is searched twice.
    const delimiter = String.fromCharCode(d);
    let delimAt = -1;
    let quoteAt = -1;
    let crAt = -1;
    // The next LF too: a file whose lines end in CR alone has none, and searching the rest
    // of the chunk for one at every record would be quadratic in the chunk.
    let lfAt = -1;

    records: while (i < n) {
      if (mode === AT_FIELD && fields.length === 0 && d !== QUOTE && this.prefix === '' && this.head === '') {
        // A record of plain fields on one line, as nearly every record of an export is: its
        // end and its fields' ends found by indexOf (a native search) instead of a look at
        // every character in JavaScript. Anything else (a quote, a lone CR, a record the
        // chunk cuts) is left to the character loop below, which reads it as always.
        if (lfAt < i) lfAt = indexOrEnd(s, '\n', i);
        const lf = lfAt;
        if (lf < n) {
          if (quoteAt < i) quoteAt = indexOrEnd(s, '"', i);
          if (crAt < i) crAt = indexOrEnd(s, '\r', i);
          const end = crAt === lf - 1 ? lf - 1 : lf;
          if (quoteAt > lf && crAt >= end) {
            let from = i;
            for (;;) {
              if (delimAt < from) delimAt = indexOrEnd(s, delimiter, from);
              if (delimAt >= end) break;
              fields.push(ownString(s.slice(from, delimAt)));
              from = delimAt + 1;
            }
            fields.push(ownString(s.slice(from, end)));
            out.push({ line, fields });
            line += 1 + breaks;
            breaks = 0;
            fields = [];
            i = recordStart = lf + 1;
            continue;
          }
        }
      }
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
        fields.push(ownString(field));
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
      if (mode === IN_TEXT) fields.push(ownString(this.prefix + this.head + s.slice(start)));
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

/** Where `char` next is in `s` from `from`, or `s.length`. */
function indexOrEnd(s: string, char: string, from: number): number {
  const at = s.indexOf(char, from);
  return at < 0 ? s.length : at;
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
