import { parse } from 'csv-parse/sync';
import type { Options } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecords, RecordReader } from '../../src/readers/csv/index.js';
import type { CsvRecord } from '../../src/readers/csv/index.js';

// Our tokenizer replaced csv-parse inside `RecordReader`; csv-parse stays as the oracle.

type Row = [number, ...string[]];

const rows = (records: Iterable<CsvRecord>): Row[] => [...records].map((r) => [r.line, ...r.fields]);

/** In one piece. */
const read = (text: string, delimiter = ';'): Row[] => rows(readRecords(text, delimiter, 1, Math.max(1, text.length)));

/** Pushed in pieces cut at `cuts` (UTF-16 offsets, any order). */
function readCut(text: string, delimiter: string, cuts: readonly number[]): Row[] {
  const reader = new RecordReader(delimiter);
  const out: CsvRecord[] = [];
  let from = 0;
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (at <= from || at >= text.length) continue;
    out.push(...reader.push(text.slice(from, at)));
    from = at;
  }
  out.push(...reader.push(text.slice(from)));
  out.push(...reader.end());
  return rows(out);
}

/** The options kolops gave csv-parse. */
const options = (delimiter: string, quote: boolean): Options => ({
  delimiter,
  quote: quote ? '"' : false,
  relax_column_count: true,
  relax_quotes: true,
  record_delimiter: ['\r\n', '\n', '\r'],
});

const LINE_BREAK = /\r\n|\r|\n/g;
const lineBreaks = (text: string): number => text.match(LINE_BREAK)?.length ?? 0;

/**
 * What kolops read while csv-parse was inside, in one piece: csv-parse's records, each
 * taking one line plus the line breaks in its fields, and for a quote never closed (the
 * only error csv-parse raises with these options) that record's first physical line read
 * with quotes off, then the rest afresh with quotes on.
 */
function legacy(text: string, delimiter: string): Row[] {
  const out: Row[] = [];
  let line = 1;
  let rest = text;
  for (;;) {
    const records: string[][] = [];
    let error: unknown;
    try {
      parse(rest, { ...options(delimiter, true), on_record: (r: string[]) => { records.push(r); return null; } });
    } catch (e) {
      error = e;
    }
    let pos = 0; // start of the next record in `rest`
    for (const fields of records) {
      out.push([line, ...fields]);
      const lines = 1 + fields.reduce((n, f) => n + lineBreaks(f), 0);
      line += lines;
      for (let k = 0; k < lines; k++) {
        LINE_BREAK.lastIndex = pos;
        const m = LINE_BREAK.exec(rest);
        pos = m ? m.index + m[0].length : rest.length;
      }
    }
    if (error === undefined) return out;
    expect(error).toMatchObject({ code: 'CSV_QUOTE_NOT_CLOSED' });
    LINE_BREAK.lastIndex = pos;
    const m = LINE_BREAK.exec(rest);
    const physical = rest.slice(pos, m ? m.index : rest.length);
    out.push([line, ...(parse(physical, options(delimiter, false))[0] ?? [physical])]);
    line += 1;
    rest = m ? rest.slice(m.index + m[0].length) : '';
  }
}

// ---------------------------------------------------------------------------------
// Generators

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Field text: delimiters, quotes, every line break, spaces, non-ASCII, often empty. */
const fieldText = fc
  .array(fc.constantFrom('a', 'Z', '7', ' ', ';', ',', '\t', '|', '"', '\n', '\r', '\r\n', 'é', '😀', '€', '.'), { maxLength: 7 })
  .map((parts) => parts.join(''));

interface Csv {
  readonly delimiter: string;
  readonly text: string;
  /** The records as written, each with the line it starts on. */
  readonly records: Row[];
}

/**
 * Well-formed CSV: a field that needs it is quoted (`""` for a quote), others now and
 * then; records end in a random mix of CRLF, LF and CR, the last one maybe not at all.
 * A record of one empty field is written `""`, since an empty line before a CR + LF pair
 * would read as one CRLF.
 */
const wellFormedCsv: fc.Arbitrary<Csv> = fc
  .record({
    delimiter: fc.constantFrom(...DELIMITERS),
    records: fc.array(fc.array(fc.tuple(fieldText, fc.boolean()), { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    breaks: fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 8, maxLength: 8 }),
    finalBreak: fc.boolean(),
  })
  .map(({ delimiter, records, breaks, finalBreak }) => {
    let text = '';
    const written: Row[] = [];
    records.forEach((fields, k) => {
      const quoted = fields.map(([f, force]) => {
        const needs = f.includes(delimiter) || f.includes('"') || f.includes('\r') || f.includes('\n');
        return needs || force || (fields.length === 1 && f === '') ? `"${f.replaceAll('"', '""')}"` : f;
      });
      written.push([1 + lineBreaks(text), ...fields.map(([f]) => f)]);
      text += quoted.join(delimiter);
      if (k < records.length - 1 || finalBreak) text += breaks[k] as string;
    });
    return { delimiter, text, records: written };
  });

/** Any text, mostly not CSV: stray and unclosed quotes, `""`, line breaks of every kind, NUL, emoji. */
const anyText = fc
  .array(fc.constantFrom('a', 'b', ' ', ';', ',', '\t', '|', '"', '"', '""', '\n', '\r', '\r\n', 'é', '😀', '\u0000'), { maxLength: 40 })
  .map((parts) => parts.join(''));

const cutsOf = (text: string) => fc.array(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 12 });

// ---------------------------------------------------------------------------------

describe('CSV tokenizer against csv-parse', () => {
  it('reads well-formed CSV exactly as csv-parse, with the lines the records start on', () => {
    fc.assert(
      fc.property(wellFormedCsv, ({ delimiter, text, records }) => {
        const got = read(text, delimiter);
        expect(got.map(([, ...fields]) => fields)).toEqual(parse(text, options(delimiter, true)));
        expect(got).toEqual(records);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads any text as kolops did with csv-parse inside, the unclosed-quote recovery included', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, delimiter) => {
        expect(read(text, delimiter)).toEqual(legacy(text, delimiter));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same records for any split into chunks, well-formed or not', () => {
    const check = (text: string, delimiter: string, cuts: number[]) => {
      expect(readCut(text, delimiter, cuts)).toEqual(read(text, delimiter));
    };
    fc.assert(
      fc.property(wellFormedCsv.chain((csv) => fc.tuple(fc.constant(csv), cutsOf(csv.text))), ([{ delimiter, text }, cuts]) => {
        check(text, delimiter, cuts);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        anyText.chain((text) => fc.tuple(fc.constant(text), fc.constantFrom(...DELIMITERS), cutsOf(text))),
        ([text, delimiter, cuts]) => check(text, delimiter, cuts),
      ),
      { numRuns: 3000 },
    );
  });

  it('gives the same records one character at a time', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, delimiter) => {
        expect(readCut(text, delimiter, Array.from(text, (_, i) => i))).toEqual(read(text, delimiter));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV tokenizer edge cases', () => {
  it.each<[string, string, Row[]]>([
    ['an empty line is a record of one empty field', 'a;b\n\nc;d\n', [[1, 'a', 'b'], [2, ''], [3, 'c', 'd']]],
    ['no final line break', 'a;b', [[1, 'a', 'b']]],
    ['a final line break makes no extra record', '\n\n', [[1, ''], [2, '']]],
    ['empty text', '', []],
    ['empty fields', ';\n', [[1, '', '']]],
    ['empty quoted fields', '"";""\n', [[1, '', '']]],
    ['a quote not at a field start is text', 'a"b";c\n', [[1, 'a"b"', 'c']]],
    ['a doubled quote inside quotes', '"a""b";c\n', [[1, 'a"b', 'c']]],
    ['CRLF, LF and CR are one line break each, also inside quotes', '"a\nb";c\r\nd\re\n', [[1, 'a\nb', 'c'], [3, 'd'], [4, 'e']]],
    ['a CRLF inside quotes counts once', '"a\r\nb"\r\nc\n', [[1, 'a\r\nb'], [3, 'c']]],
    ['CR then quote then LF is two line breaks', '"a\r"\nb', [[1, 'a\r'], [3, 'b']]],
    ['text after a closing quote: the raw field', '"x"y;z\n', [[1, '"x"y', 'z']]],
    ['quotes after that are text', '"a"b"c";d\n', [[1, '"a"b"c"', 'd']]],
    ['doubled quotes before the quote that does not close are read', '"a""b"c;d\n', [[1, '"a"b"c', 'd']]],
    ['a relaxed field goes on to the next delimiter', '"a"""b;c\n', [[1, '"a""b', 'c']]],
    ['a relaxed field may span lines', '"a;b\nc;d\n"e";f\nq\n', [[1, '"a;b\nc;d\n"e"', 'f'], [4, 'q']]],
    ['a space before the quote makes it text', ' "a";b\n', [[1, ' "a"', 'b']]],
    ['a space after the closing quote', '"a" ;b\n', [[1, '"a" ', 'b']]],
    ['a quoted field', '"a"\n', [[1, 'a']]],
    ['a quoted field at the end', '"a"', [[1, 'a']]],
    ['an empty quoted field at the end', '""', [[1, '']]],
    ['a NUL after a quote closes it, and is kept', '"a"\u0000b;c\n', [[1, 'a\u0000b', 'c']]],
    ['an unclosed quote: its first physical line with quotes off', 'a;"b\nc', [[1, 'a', '"b'], [2, 'c']]],
    ['then quotes are on again', 'a;"b\r\nc";"d\n', [[1, 'a', '"b'], [2, 'c"', '"d']]],
    ['an unclosed quote right before CRLF', 'x;"\r\n', [[1, 'x', '"']]],
    ['only a quote', '"', [[1, '"']]],
    ['three quotes', '"""', [[1, '"""']]],
    ['an unclosed quote holding doubled quotes', '"a""""\n', [[1, '"a""""']]],
    ['an unclosed quote after records', 'a\n"b;c\nd;e\n', [[1, 'a'], [2, '"b', 'c'], [3, 'd', 'e']]],
    ['a relaxed field then an unclosed quote', 'a;"b\nc;"d\ne"f\ng', [[1, 'a', '"b\nc;"d'], [3, 'e"f'], [4, 'g']]],
    ['lone surrogates become U+FFFD, as through a UTF-8 Buffer', 'x\ud800y;\udc00\n', [[1, 'x\ufffdy', '\ufffd']]],
    ['a byte order mark is text', '\ufeffa;b', [[1, '\ufeffa', 'b']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
    expect(legacy(text, ';')).toEqual(expected);
    for (let size = 1; size <= 4; size++) expect(rows(readRecords(text, ';', 1, size))).toEqual(expected);
  });

  it.each([
    ['\t', [[1, 'a', 'b|c,d'], [2, 'x"', 'y']]],
    ['|', [[1, 'a\tb', 'c,d'], [2, '"x""\t"y"']]],
    [',', [[1, 'a\tb|c', 'd'], [2, '"x""\t"y"']]],
  ])('splits at %j only', (delimiter, expected) => {
    const text = `a\tb|c,d\n"x"""\t"y"\n`;
    expect(read(text, delimiter)).toEqual(expected);
    expect(legacy(text, delimiter)).toEqual(expected);
  });

  it('reads a `sep="` file as csv-parse did: a quote opens a field, elsewhere it delimits', () => {
    for (const text of ['a"b\n"c"\n', '"x"y\n', '"a"""b"c\n', '"x\n', '"ab""c"\r\n"']) {
      expect(read(text, '"')).toEqual(legacy(text, '"'));
      for (let size = 1; size <= 3; size++) expect(rows(readRecords(text, '"', 1, size))).toEqual(legacy(text, '"'));
    }
    expect(read('a"b\n"c"\n', '"')).toEqual([[1, 'a', 'b'], [2, 'c']]);
    expect(read('"x"y\n', '"')).toEqual([[1, '"x', 'y']]);
  });

  it('numbers lines from `firstLine`', () => {
    expect(rows(readRecords('a\n"b\nc"\nd', ';', 2))).toEqual([[2, 'a'], [3, 'b\nc'], [5, 'd']]);
  });

  it('gives a record out only once it is complete', () => {
    const reader = new RecordReader(';');
    expect(rows(reader.push('a;b\nc'))).toEqual([[1, 'a', 'b']]);
    expect(rows(reader.push(';d\r'))).toEqual([]); // a `\n` may follow
    expect(rows(reader.push('\n"e\n'))).toEqual([[2, 'c', 'd']]);
    expect(rows(reader.push('f"'))).toEqual([]); // `""` or the closing quote?
    expect(rows(reader.push('"'))).toEqual([]);
    expect(rows(reader.push('g"\rh'))).toEqual([[3, 'e\nf"g']]);
    expect(rows(reader.end())).toEqual([[5, 'h']]);
    expect(reader.push('x\n')).toEqual([]);
    expect(reader.end()).toEqual([]);
  });

  it('keeps a surrogate pair split across chunks whole', () => {
    const reader = new RecordReader(';');
    const out = [...reader.push('a;\ud83d'), ...reader.push('\ude00b\n'), ...reader.end()];
    expect(rows(out)).toEqual([[1, 'a', '😀b']]);
  });

  it('reads an unclosed quote far from its start and goes on after its line', () => {
    const text = `1;"open\n${'2;x\n'.repeat(5000)}3;z\n`;
    const expected = [[1, '1', '"open'], ...Array.from({ length: 5000 }, (_, i) => [i + 2, '2', 'x']), [5002, '3', 'z']];
    expect(read(text)).toEqual(expected);
    expect(rows(readRecords(text, ';', 1, 64))).toEqual(expected);
  });

  it('refuses a delimiter it cannot tokenize', () => {
    expect(() => new RecordReader(';;')).toThrow(RangeError);
    expect(() => new RecordReader('')).toThrow(RangeError);
    expect(() => new RecordReader('\n')).toThrow(RangeError);
  });
});
