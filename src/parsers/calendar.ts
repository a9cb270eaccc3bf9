/**
 * Calendar arithmetic on plain year/month/day integers (proleptic Gregorian).
 *
 * Why no Date objects: sheet dates have no time zone. `new Date('2024-07-27')` is UTC
 * midnight, which is 26 July in local time west of Greenwich, and an Indonesian laptop
 * (UTC+7) shifts the other way when dates are built from local parts. Counting days
 * with integers (H. Hinnant's days-from-civil algorithm) cannot shift.
 * Every function here is total: bad input gives NaN or '' instead of an exception.
 */

/** Days since 1970-01-01 for a Gregorian date (negative before it). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `daysFromCivil`. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 28–31, or 0 for a month outside 1–12. */
export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) return 0;
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True for a real calendar date with a four-digit year. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1000 && y <= 9999 && Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

/** `YYYY-MM-DD`, zero-padded. It formats; it does not check that the date exists. */
export function isoFromYmd(y: number, m: number, d: number): string {
  const pad = (n: number, w: number): string => (n < 0 ? '-' + String(-n).padStart(w, '0') : String(n).padStart(w, '0'));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(y: number, m: number, d: number): number {
  const days = daysFromCivil(y, m, d);
  return (((days + 4) % 7) + 7) % 7;
}

/** Year, month, day of a strict, existing `YYYY-MM-DD`, else null. */
export function ymdFromIso(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** Days from A to B (B − A): `daysBetween('2024-08-31', '2024-09-01')` is 1. NaN for a non-date. */
export function daysBetween(isoA: string, isoB: string): number {
  const a = ymdFromIso(isoA);
  const b = ymdFromIso(isoB);
  if (!a || !b) return NaN;
  return daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day);
}

/** The date `n` days after (n < 0: before) `iso`; '' for a non-date or a non-integer `n`. */
export function addDays(iso: string, n: number): string {
  const a = ymdFromIso(iso);
  if (!a || !Number.isSafeInteger(n)) return '';
  const c = civilFromDays(daysFromCivil(a.year, a.month, a.day) + n);
  return isoFromYmd(c.year, c.month, c.day);
}

/** `2024-02` → `2024-02-29`; '' for anything that is not a strict `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(String(month ?? ''));
  if (!m) return '';
  const [y, mm] = [Number(m[1]), Number(m[2])];
  return isoFromYmd(y, mm, daysInMonth(y, mm));
}
