/**
 * Cell values of an OpenDocument spreadsheet as the file means them: `office:value-type`
 * and its value attribute, read under the cell's data style, into the same CellValue the
 * xlsx reader gives for the same cell (a date with its time only when the style shows
 * it, a `[HH]:MM:SS` cell as a duration, a typed TRUE as a boolean). Pure functions; the
 * content scanner calls them.
 */
import { EMPTY, type CellValue } from '../../model/cell.js';
import { ownString } from '../own-string.js';
import { clock, durationValue } from '../xlsx/values.js';
import type { ValueStyle } from './styles.js';

/** A cell's value attributes, decoded, as the content scanner found them. */
export interface CellAttributes {
  /** `office:value-type`: float, percentage, currency, date, time, boolean, string. */
  valueType: string | undefined;
  /** `calcext:value-type`, LibreOffice's own: `error` marks a formula error (written as a string cell). */
  calcType: string | undefined;
  value: string | undefined;
  dateValue: string | undefined;
  timeValue: string | undefined;
  booleanValue: string | undefined;
  stringValue: string | undefined;
  formula: string | undefined;
}

/** What the cell's paragraphs say, and the first hyperlink among them. */
export interface CellText {
  readonly text: string;
  readonly url: string | null;
}

/** Excel's error values, as LibreOffice writes them in a formula. */
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * A formula that is only a literal: how LibreOffice keeps a TRUE/FALSE or an error value
 * typed into an .xlsx it opened (`of:=TRUE()`, `of:=#N/A`), having no boolean or error
 * cells of its own. That is the value someone typed, not a formula someone wrote.
 */
export function literalFormula(formula: string | undefined): 'boolean' | 'error' | null {
  if (formula === undefined) return null;
  const body = formula.replace(/^[A-Za-z][\w.-]*:(?==)/, '').replace(/^=/, '').trim();
  if (/^(?:TRUE|FALSE)\(\)$/i.test(body)) return 'boolean';
  return ERROR_LITERAL.test(body) ? 'error' : null;
}

/** Whether the value type's meaning depends on the cell's data style (so the style is looked up). */
export function styleMatters(valueType: string | undefined): boolean {
  return valueType === 'date' || valueType === 'time' || valueType === 'float';
}

/**
 * The cell's value; undefined for an empty cell. `formula` is the cell's formula as the
 * reader reports it, undefined when it has none.
 */
export function cellValue(a: CellAttributes, shown: CellText, style: ValueStyle | null, formula: string | undefined): CellValue | undefined {
  const literal = literalFormula(a.formula);
  if (a.calcType === 'error' || literal === 'error') return { type: 'error', code: ownString(shown.text.trim() || '#VALUE!') };
  switch (a.valueType) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(a.value);
      if (a.value === undefined || a.value.trim() === '' || !Number.isFinite(n)) return textValue(shown, formula);
      if (style?.kind === 'boolean' || literal === 'boolean') return { type: 'boolean', value: n !== 0 };
      return withLink({ type: 'number', value: n }, shown);
    }
    case 'date':
      return a.dateValue === undefined ? textValue(shown, formula) : dateValue(a.dateValue, style) ?? textValue(shown, formula);
    case 'time':
      return a.timeValue === undefined ? textValue(shown, formula) : timeValue(a.timeValue, style) ?? textValue(shown, formula);
    case 'boolean':
      return { type: 'boolean', value: (a.booleanValue ?? '').trim().toLowerCase() === 'true' };
    case 'string':
      if (a.stringValue !== undefined) return textValue({ text: a.stringValue, url: shown.url }, formula);
      return textValue(shown, formula);
    default:
      return textValue(shown, formula);
  }
}

/** A cell shown as text (a string cell, or one with no value type): empty text is an empty cell. */
function textValue(shown: CellText, formula: string | undefined): CellValue | undefined {
  if (shown.text === '') {
    if (shown.url !== null) return { type: 'hyperlink', text: shown.url, url: shown.url };
    return formula !== undefined ? EMPTY : undefined;
  }
  return withLink({ type: 'string', text: ownString(shown.text) }, shown);
}

/** A cell whose text is a link is a hyperlink cell, showing its text (or, with none, the address), as in an xlsx. */
function withLink(value: CellValue & { type: 'string' | 'number' }, shown: CellText): CellValue {
  if (shown.url === null) return value;
  const text = value.type === 'string' ? value.text : String(value.value);
  return { type: 'hyperlink', text: text || shown.url, url: ownString(shown.url) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * `office:date-value` (`2021-01-01`, `2020-07-23T09:00:00`, `…T09:29:59.999999999`) under
 * its style: a date style without a time shows the date alone; with hours, the time
 * too (seconds when the style shows them or they are not zero); a time style the time
 * of day alone. With no data style, the time is kept when it is not midnight (as the
 * xlsx reader keeps an ISO date-time). Null when it is no date.
 */
export function dateValue(raw: string, style: ValueStyle | null): CellValue | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const check = new Date(day);
  if (Number.isNaN(day) || check.getUTCFullYear() !== Number(m[1]) || check.getUTCMonth() !== Number(m[2]) - 1 || check.getUTCDate() !== Number(m[3])) return null;
  // Rounded to the second: a value LibreOffice computed is written a hair before it (…59.999999999).
  const total = Math.round(Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0));
  const at = new Date(day + Math.floor(total / 86_400) * 86_400_000);
  const iso = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const seconds = total % 86_400;
  switch (style?.kind) {
    case 'date': return { type: 'date', iso };
    case 'datetime': return { type: 'date', iso, time: clock(seconds, style.seconds) };
    case 'time': return { type: 'time', seconds, text: clock(seconds, style.seconds) };
    default: return seconds === 0 ? { type: 'date', iso } : { type: 'date', iso, time: clock(seconds, false) };
  }
}

/**
 * `office:time-value`, an ISO 8601 duration (`PT12H00M00S`, `PT36H00M00S`, `P1DT2H`):
 * elapsed time under a duration style (`[HH]:MM:SS`, truncate-on-overflow="false"), and
 * when it is a day or more with no time style to say otherwise; else a time of day (a
 * time style truncates 36 hours to 12:00, as an xlsx `h:mm` cell shows 1.5). Null when
 * it is no such duration, or a negative one (kept as the text shown).
 */
export function timeValue(raw: string, style: ValueStyle | null): CellValue | null {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(raw.trim());
  if (!m || raw.trim() === 'P' || raw.trim() === 'PT') return null;
  const total = Math.round(Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0));
  if (!Number.isSafeInteger(total)) return null;
  const timeStyle = style?.kind === 'time' || style?.kind === 'datetime' || style?.kind === 'date';
  if (style?.kind === 'duration' || (total >= 86_400 && !timeStyle)) return durationValue(total);
  const seconds = total % 86_400;
  return { type: 'time', seconds, text: clock(seconds, style?.seconds ?? false) };
}
