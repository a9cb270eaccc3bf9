/**
 * Cell values of a CSV: a field's text as the engine's CellValue. CSV has no types, so
 * text stays text, except the formula errors Excel writes out as their text.
 */
import { EMPTY } from '../../model/cell.js';
import type { CellValue } from '../../model/cell.js';

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
