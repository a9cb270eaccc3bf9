/**
 * Cell values of an .xlsx as the file means them: serial numbers under a date, time or
 * duration format, ISO `t="d"` text, Excel's `_xHHHH_` escapes, shared formulas moved to
 * their cell. Pure functions; the sheet scanner calls them.
 */
import { EMPTY, type CellValue } from '../../model/cell.js';

/** What a number format shows a number as. */
export type NumberKind = 'date' | 'datetime' | 'time' | 'duration' | null;

/** Built-in number formats (ECMA-376 §18.8.30) that show a serial as a date, time or duration. */
const BUILTIN: Readonly<Record<number, NumberKind>> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'datetime',
  45: 'time', 46: 'duration', 47: 'time',
  // East Asian built-ins (locale dependent, all dates or times).
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date', 32: 'time', 33: 'time', 34: 'time', 35: 'time', 36: 'date',
  50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'time', 56: 'time', 57: 'date', 58: 'date',
};

export function builtinKind(id: number): NumberKind {
  return BUILTIN[id] ?? null;
}

/**
 * What a format code shows: `dd/mm/yyyy` a date, `h:mm` a time, `yyyy-mm-dd hh:mm` a date
 * and time, `[h]:mm:ss` a duration (elapsed time). Only the first section counts (the one
 * for positive numbers); quoted text, escaped characters, colours and locales are ignored.
 * `m` is a month unless an hour stands before it or a second after it.
 */
export function formatKind(code: string): NumberKind {
  let s = (code.split(';')[0] ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  if (/\[(h+|m+|s+)\]/i.test(s)) return 'duration';
  s = s.replace(/\[[^\]]*\]/g, '').toLowerCase();
  const ampm = /am\/pm|a\/p/.test(s);
  s = s.replace(/am\/pm|a\/p/g, ' ');
  const runs = s.match(/y+|m+|d+|h+|s+/g) ?? [];
  let date = false;
  let time = ampm;
  runs.forEach((r, k) => {
    const c = r[0];
    if (c === 'y' || c === 'd') date = true;
    else if (c === 'h' || c === 's') time = true;
    else if (runs[k - 1]?.[0] === 'h' || runs[k + 1]?.[0] === 's') time = true;
    else date = true;
  });
  return date && time ? 'datetime' : date ? 'date' : time ? 'time' : null;
}

/** Whether a date/time format shows seconds (`hh:mm:ss`), so a time reads as written. */
export function formatShowsSeconds(code: string): boolean {
  return /s/i.test((code.split(';')[0] ?? '').replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, ''));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days from the civil epoch (1970-01-01) to `YYYY-MM-DD`. */
function isoFromDays(days: number): string {
  const d = new Date(days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 1899-12-30 and 1904-01-01 as days since 1970-01-01. */
const EPOCH_1900 = -25569;
const EPOCH_1904 = -24107;

/** `HH:MM`, or `HH:MM:SS` when the seconds are not zero or the format shows them (the ods reader's times too). */
export function clock(seconds: number, withSeconds: boolean): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return withSeconds || s !== 0 ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}`;
}

/** Elapsed seconds as a `[h]:mm:ss` cell shows them: `36:00:00`, hours unpadded. */
export function durationValue(seconds: number): CellValue {
  const h = Math.floor(seconds / 3600);
  return { type: 'duration', seconds, text: `${h}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}` };
}

/**
 * A serial under a date/time format, as Excel shows it. In the 1900 system Excel counts
 * 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug): serials 1–59 are
 * January and February 1900 counted from 1899-12-31, 60 is that day (kept as text), and
 * from 61 on the days run from 1899-12-30.
 */
export function serialValue(serial: number, kind: Exclude<NumberKind, null>, date1904: boolean, withSeconds = false): CellValue {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465.99999) return { type: 'string', text: '#####' };
  if (kind === 'duration') return durationValue(Math.round(serial * 86_400));
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  if (seconds === 86_400) {
    whole++;
    seconds = 0;
  }
  if (kind === 'time') return { type: 'time', seconds, text: clock(seconds, withSeconds) };
  let iso: string;
  if (date1904) iso = isoFromDays(EPOCH_1904 + whole);
  else if (whole >= 61) iso = isoFromDays(EPOCH_1900 + whole);
  else if (whole === 60) return { type: 'string', text: '1900-02-29' };
  else if (whole === 0) return kind === 'datetime' && seconds > 0 ? { type: 'time', seconds, text: clock(seconds, withSeconds) } : { type: 'string', text: '1900-01-00' };
  else iso = isoFromDays(EPOCH_1900 + whole + 1);
  return kind === 'datetime' ? { type: 'date', iso, time: clock(seconds, withSeconds) } : { type: 'date', iso };
}

/**
 * A `t="d"` cell: ISO 8601 text (`2021-01-01`, `2021-01-01T09:30:00`, `T12:00:00`).
 * Text that is no such date stays text, so nothing is guessed.
 */
export function isoDateValue(text: string): CellValue {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    const check = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) return { type: 'string', text: t };
    if (m[4] === undefined) return { type: 'date', iso };
    const seconds = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0);
    return seconds === 0 ? { type: 'date', iso } : { type: 'date', iso, time: clock(seconds, m[6] !== undefined && m[6] !== '00') };
  }
  const time = /^T?(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(t);
  if (time) {
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0);
    return { type: 'time', seconds, text: clock(seconds, time[3] !== undefined && time[3] !== '00') };
  }
  return t === '' ? EMPTY : { type: 'string', text: t };
}

/**
 * Excel's escapes for characters XML cannot hold or that it keeps apart (ST_Xstring):
 * `_x000D_` is a carriage return, `_x005F_` a literal underscore (so `_x005F_x000D_`
 * is the text `_x000D_`).
 */
export function unescapeExcel(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `AB12` → column 28, row 12; null when it is no cell reference inside Excel's grid (A1:XFD1048576). */
export function parseRef(ref: string): { col: number; row: number } | null {
  let col = 0;
  let i = 0;
  const n = ref.length;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c >= 0x41 && c <= 0x5a) {
      col = col * 26 + (c - 0x40);
      if (col > MAX_COLUMNS) return null;
    } else break;
  }
  if (i === 0 || i === n) return null;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    row = row * 10 + (c - 0x30);
    if (row > MAX_ROWS) return null;
  }
  return row >= 1 ? { col, row } : null;
}

export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A shared formula as the cell `to` sees it: relative references moved by the distance
 * from the master cell `from` (`$`-anchored parts stay), text in quotes and sheet-name
 * prefixes left alone. `B2*2` shared from B2 reads `B3*2` in the cell below.
 */
export function slideFormula(formula: string, from: { col: number; row: number }, to: { col: number; row: number }): string {
  const dc = to.col - from.col;
  const dr = to.row - from.row;
  if (dc === 0 && dr === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1]! : '';
    if (m && !/[\w.]/.test(prev)) {
      const col = m[1] ? m[2]! : letters(Math.max(1, colNumber(m[2]!) + dc));
      const row = m[3] ? m[4]! : String(Math.max(1, Number(m[4]) + dr));
      out += `${m[1]}${m[1] ? m[2] : col}${m[3]}${row}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function colNumber(l: string): number {
  let n = 0;
  for (const c of l.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}
