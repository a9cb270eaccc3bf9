/**
 * Sheet dates: Excel serials and the texts teams type — `Sabtu, 27 Juli 2024`,
 * `Kamis, 5 September` (no year), `27/07/2024` (always day first), `2024-07-27`,
 * `27 Agt 2024`, `July 27, 2024`, `Wed, 21 Aug 2024`.
 *
 * Why this shape: a date without a year takes it from the sheet's context instead of
 * guessing today's year; a written weekday is kept next to the real one so a rule can
 * report a contradiction; all arithmetic is on integers, so no time zone can move a day.
 */
import { daysFromCivil, civilFromDays, daysInMonth, isValidYmd, isoFromYmd, weekdayOf, ymdFromIso } from './calendar.js';
import { remember } from './memo.js';
import { MONTH_NAMES_ID, monthNumber } from './month.js';
import { WEEKDAY_NAMES_ID, weekdayNumber } from './weekday.js';

export { isoFromYmd, weekdayOf, daysBetween, addDays, lastDayOfMonth } from './calendar.js';

export type DateResult =
  | {
      ok: true;
      iso: string;
      year: number;
      month: number;
      day: number;
      /** The weekday written in the text (0 = Sunday), null when none was written. */
      weekdayWritten: number | null;
      weekdayActual: number;
      /** The year was not written; it came from `ctx.year`. */
      yearFromContext: boolean;
    }
  | { ok: false; reason: 'empty' | 'unparseable' | 'needs-year' | 'invalid-date' };

export interface DateContext {
  /** Year for dates written without one (block title, sheet name, `--year`, config). */
  year?: number | null;
  /** The workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
}

type Fail = Extract<DateResult, { ok: false }>;
const fail = (reason: Fail['reason']): Fail => ({ ok: false, reason });

/** Excel's last date, 9999-12-31, as a 1900-system serial; the 1904 system is 1462 lower. */
const MAX_SERIAL_1900 = 2958465;
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
const EPOCH_1900 = daysFromCivil(1899, 12, 31);

function build(y: number, m: number, d: number, weekdayWritten: number | null, yearFromContext: boolean): DateResult {
  if (!isValidYmd(y, m, d)) return fail('invalid-date');
  return { ok: true, iso: isoFromYmd(y, m, d), year: y, month: m, day: d, weekdayWritten, weekdayActual: weekdayOf(y, m, d), yearFromContext };
}

/**
 * An Excel serial. 1900 system: serial 1 is 1900-01-01 and serial 60 is Lotus 1-2-3's
 * 29 February 1900, which never existed (→ invalid-date), so from 61 on every serial is
 * one day "late". 1904 system: serial 0 is 1904-01-01. The time of day is dropped.
 */
function fromSerial(serial: number, date1904: boolean): DateResult {
  if (!Number.isFinite(serial)) return fail('unparseable');
  const n = Math.floor(serial);
  if (date1904) {
    if (n < 0 || n > MAX_SERIAL_1900 - 1462) return fail('unparseable');
    const c = civilFromDays(EPOCH_1904 + n);
    return build(c.year, c.month, c.day, null, false);
  }
  if (n < 1 || n > MAX_SERIAL_1900) return fail('unparseable');
  if (n === 60) return fail('invalid-date');
  const c = civilFromDays(EPOCH_1900 + (n > 60 ? n - 1 : n));
  return build(c.year, c.month, c.day, null, false);
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

const usableYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 9999;

/** A date whose year may be missing: the context supplies it, else `needs-year`. */
function resolve(y: number | null, m: number, d: number, weekday: number | null, ctx: DateContext): DateResult {
  if (y !== null) return build(y, m, d, weekday, false);
  // 31 Februari is wrong in every year: say so rather than ask for a year.
  if (d < 1 || d > daysInMonth(2000, m)) return fail('invalid-date');
  if (!usableYear(ctx.year)) return fail('needs-year');
  return build(ctx.year, m, d, weekday, true);
}

const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(\d{4}|\d{2})$/;

/** `[weekday] 27 Juli [2024] [weekday]` or `[weekday] July 27 [2024]`, as tokens. */
function fromWords(parts: string[], weekday: number | null, ctx: DateContext): DateResult {
  let wd = weekday;
  const t = [...parts];
  const first = t[0];
  if (wd === null && first !== undefined && weekdayNumber(first) !== null) wd = weekdayNumber(t.shift() ?? '');
  const last = t[t.length - 1];
  if (wd === null && last !== undefined && weekdayNumber(last) !== null) wd = weekdayNumber(t.pop() ?? '');
  if (t.length !== 2 && t.length !== 3) return fail('unparseable');
  const [a = '', b = '', c] = t;
  let day: string | undefined;
  let month: number | null = null;
  if (DAY.test(a) && monthNumber(b) !== null) [day, month] = [DAY.exec(a)?.[1], monthNumber(b)];
  else if (monthNumber(a) !== null && DAY.test(b)) [day, month] = [DAY.exec(b)?.[1], monthNumber(a)];
  if (day === undefined || month === null) return fail('unparseable');
  if (c !== undefined && !YEAR.test(c)) return fail('unparseable');
  return resolve(c === undefined ? null : fullYear(c), month, Number(day), wd, ctx);
}

function fromText(input: string, ctx: DateContext): DateResult {
  let s = input.normalize('NFKC').toLowerCase().replace(/['’‘`]/g, '').replace(/\s+/g, ' ').trim();
  if (s === '') return fail('empty');
  // A time after the date (CSV exports write `2024-07-27 00:00:00`) is dropped. A zone
  // (`Z`, `+07:00`) is refused: the calendar day would depend on it.
  s = s.replace(/(?:t| )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '').trim();
  let weekday: number | null = null;
  const lead = /^(\p{L}+)\.?(?:,\s*|\s+)(.*)$/u.exec(s);
  if (lead && weekdayNumber(lead[1] ?? '') !== null) {
    weekday = weekdayNumber(lead[1] ?? '');
    s = lead[2] ?? '';
  }
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (iso) return build(Number(iso[1]), Number(iso[3]), Number(iso[4]), weekday, false);
  const dmy = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(s);
  if (dmy) {
    const year = dmy[4] === undefined ? null : fullYear(dmy[4]);
    const [m, d] = [Number(dmy[3]), Number(dmy[1])];
    if (m < 1 || m > 12) return fail('invalid-date');
    return resolve(year, m, d, weekday, ctx);
  }
  if (!/\p{L}/u.test(s)) return fail('unparseable');
  return fromWords(s.split(/[\s,./()-]+/).filter(Boolean), weekday, ctx);
}

/**
 * Read a sheet date. Never throws. Numbers are Excel serials (`ctx.date1904` for the
 * 1904 system). Numeric text is always day first (`07/08/2024` is 7 August), so a
 * month-first US date comes out `invalid-date` or as a different day — rules should
 * treat numeric dates in English-locale files with care.
 */
export function parseDate(input: string | number | null | undefined, ctx: DateContext = {}): DateResult {
  const c = ctx ?? {};
  if (input === null || input === undefined) return fail('empty');
  if (typeof input === 'number') return fromSerial(input, c.date1904 === true);
  if (typeof input !== 'string') return fail('unparseable');
  // A date column repeats a few hundred texts down a year of rows; text dates read only `year`.
  const year = c.year ?? null;
  let read = TEXT_READERS.get(year);
  if (!read) TEXT_READERS.set(year, (read = remember(2048, (text) => fromText(text, { year }))));
  return read(input);
}

const TEXT_READERS = new Map<number | null, (text: string) => DateResult>();

/** `2024-08-21` → `Rabu, 21 Agustus 2024`, read back by `parseDate`. A non-date is returned as given. */
export function formatDateId(iso: string): string {
  const d = ymdFromIso(iso);
  if (!d) return String(iso);
  return `${WEEKDAY_NAMES_ID[weekdayOf(d.year, d.month, d.day)] ?? ''}, ${d.day} ${MONTH_NAMES_ID[d.month] ?? ''} ${d.year}`;
}
