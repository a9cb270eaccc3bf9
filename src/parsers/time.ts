/**
 * Times of day as content calendars write them: `19.00` (the Indonesian separator),
 * `19:00`, `7 PM`, `7pm`, `19.00 WIB`, `pukul 19.00`, `jam 7 malam`, `09.00-10.00` (a
 * slot: its start), a time cell (seconds since midnight) or a fraction of a day (a number
 * cell of 0.7916… is 19:00; 19.3, `19.30` stored as a number, is 19:30). Indonesia has
 * three zones; a time that names none is in the zone config says (`calendar.timeZone`,
 * WIB by default), and the result says it had none.
 * Pure and total: bad input gives `{ ok: false }`, never an exception.
 */
import { remember } from './memo.js';

export type TimeZoneId = 'WIB' | 'WITA' | 'WIT';

/** Hours ahead of UTC. */
export const ZONE_OFFSET: Readonly<Record<TimeZoneId, number>> = { WIB: 7, WITA: 8, WIT: 9 };

export type TimeResult =
  | { ok: true; minutes: number; zone: TimeZoneId | null }
  | { ok: false; reason: 'unparseable' | 'out-of-range' };

const ZONE_WORDS: ReadonlyMap<string, TimeZoneId> = new Map([['wib', 'WIB'], ['wita', 'WITA'], ['wit', 'WIT']]);

/**
 * The 24-hour hour of `7 PM`, `jam 3 sore`, `jam 2 malam`: Indonesian parts of the day are
 * `pagi` (morning), `siang` (midday, 11–14), `sore`/`petang` (afternoon, 15–18) and
 * `malam` (night, 18–4). A 24-hour hour that agrees with the part (`19.00 malam`) is kept;
 * one that contradicts it (`15 pagi`, `13 PM`… is accepted as said twice) gives null.
 */
function withDayPart(h: number, part: string): number | null {
  switch (part) {
    case 'am':
      return h >= 1 && h <= 12 ? h % 12 : null;
    case 'pm':
      return h >= 1 && h <= 11 ? h + 12 : h === 12 || (h >= 13 && h <= 23) ? h : null;
    case 'pagi':
      return h >= 0 && h <= 11 ? h : null;
    case 'siang':
      return h >= 11 && h <= 15 ? h : h >= 1 && h <= 3 ? h + 12 : null;
    case 'sore': case 'petang':
      return h >= 1 && h <= 6 ? h + 12 : h >= 13 && h <= 18 ? h : null;
    case 'malam':
      if (h === 12) return 0;
      if (h >= 1 && h <= 4) return h; // `jam 2 malam` is 02:00
      return h >= 5 && h <= 11 ? h + 12 : h >= 18 && h <= 23 ? h : null;
    default:
      return null;
  }
}

export function parseTime(input: string | number | null | undefined): TimeResult {
  if (typeof input === 'number') return fromDayFraction(input);
  return parseRemembered(String(input ?? ''));
}

/**
 * A number cell. A spreadsheet time is a fraction of a day (a date-time's part after the
 * point). But `19.30` typed into a sheet set to an English locale is stored as the number
 * 19.3, and `19.00` as 19: a number between 1 and 24 is the hour and minutes as typed
 * (19.3 → 19:30, 9.05 → 09:05), and a whole one is a bare hour — a count, as the text `7` is.
 */
function fromDayFraction(n: number): TimeResult {
  if (!Number.isFinite(n) || n < 0) return { ok: false, reason: 'unparseable' };
  if (n > 1 && n < 24) {
    const hundredths = Math.round(n * 100);
    if (Number.isInteger(n) || Math.abs(n * 100 - hundredths) > 1e-6) return { ok: false, reason: 'unparseable' };
    const minute = hundredths % 100;
    if (minute > 59) return { ok: false, reason: 'out-of-range' };
    return { ok: true, minutes: Math.floor(hundredths / 100) * 60 + minute, zone: null };
  }
  const frac = n - Math.floor(n);
  const minutes = Math.round(frac * 24 * 60) % (24 * 60);
  return { ok: true, minutes, zone: null };
}

const parseRemembered = remember(512, readTime);

function readTime(raw: string): TimeResult {
  let s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, reason: 'unparseable' };
  let zone: TimeZoneId | null = null;
  s = s.replace(/\b(wib|wita|wit)\b/g, (w) => {
    zone = ZONE_WORDS.get(w) ?? null;
    return ' ';
  });
  // A sentence's full stop after the zone (`19.00 WIB.`) is not part of the time.
  s = s.replace(/^(pukul|pkl\.?|jam|at)\s*/, '').replace(/\bwaktu\b/g, ' ').replace(/[\s.,;]+$/, '').trim();
  // A slot (`09.00-10.00`, `19.00 s/d 21.00`): its start is when the post goes out.
  s = s.split(/\s*(?:-|–|—|s\/d|sd|sampai|to)\s*(?=\d)/)[0]!.trim();
  const m = /^(\d{1,2})(?:[.:](\d{2}))?(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|pagi|siang|sore|petang|malam)?$/.exec(s.trim());
  if (!m) return { ok: false, reason: 'unparseable' };
  const written = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  // A bare number with no minutes and no part of the day (`7`) is a count, not a time.
  if (m[2] === undefined && !m[4]) return { ok: false, reason: 'unparseable' };
  if (minute > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return { ok: false, reason: 'out-of-range' };
  const hour = m[4] ? withDayPart(written, m[4].replace(/\./g, '')) : written;
  if (hour === null) return { ok: false, reason: 'out-of-range' };
  if (hour > 24 || (hour === 24 && minute > 0)) return { ok: false, reason: 'out-of-range' };
  return { ok: true, minutes: (hour % 24) * 60 + minute, zone };
}

/** `1140` → `19:00`. */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes since midnight in `to` for a time written in `from` (may leave the day: kept within 0–1439). */
export function shiftZone(minutes: number, from: TimeZoneId, to: TimeZoneId): number {
  const m = minutes + (ZONE_OFFSET[to] - ZONE_OFFSET[from]) * 60;
  return ((m % 1440) + 1440) % 1440;
}

/** `19:00-21:00` (a prime-time window) → minutes; null when it is not one. Windows may cross midnight (`22:00-01:00`). */
export function parseWindow(text: string): { from: number; to: number } | null {
  const m = /^\s*(\d{1,2})[.:](\d{2})\s*(?:-|–)\s*(\d{1,2})[.:](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [h1, m1, h2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 > 0)) return null;
  return { from: h1 * 60 + m1, to: h2 * 60 + m2 };
}

/** Whether a time falls in a window (its start included, its end not). */
export function inWindow(minutes: number, w: { from: number; to: number }): boolean {
  return w.from <= w.to ? minutes >= w.from && minutes < w.to : minutes >= w.from || minutes < w.to;
}
