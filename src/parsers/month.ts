/**
 * Month names and months named in free text (sheet names, title rows, file names).
 *
 * Why: a listing's month comes, in order, from a month column, the sheet name, a title
 * row, the file name (PRODUCT.md §2). Those texts are Indonesian or English, upper case
 * (`LIST KOL OKTOBER 2025`), snake or camel case (`KOL_September_2024.xlsx`), or numeric
 * (`listing-2024-09.csv`). Month abbreviations are also ordinary syllables (`Mei` in
 * `Meiliana`, `Mar` in `Maret`), so only whole tokens count.
 */
import { remember } from './memo.js';

const NAMES: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2, febr: 2,
  maret: 3, march: 3, mar: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agt: 8, agu: 8, agus: 8, ags: 8, agst: 8, agust: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, oktb: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Indonesian month names, index 1–12 (index 0 unused), for formatting. */
export const MONTH_NAMES_ID: readonly string[] = [
  '', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

/**
 * 1–12 for an Indonesian or English month name or abbreviation, case-insensitive, with an
 * optional trailing dot (`Agt.`); null otherwise. Old spellings `Pebruari`/`Nopember` are
 * still common in Indonesian offices and are accepted.
 */
export function monthNumber(word: string): number | null {
  const w = String(word ?? '').normalize('NFKC').trim().toLowerCase().replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(NAMES, w) ? (NAMES[w] ?? null) : null;
}

interface Token { text: string; start: number }

/** A token is a run of letters or digits (`run`), cut into words (`parts`). */
export interface TokenClasses { readonly run: RegExp; readonly parts: RegExp }

export const UNICODE_CLASSES: TokenClasses = {
  run: /[\p{L}\p{M}\p{N}]+/gu,
  parts: /\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|[\p{Lu}\p{Lt}\p{Lo}\p{Lm}\p{M}]+|\p{N}+/gu,
};

/**
 * The same classes for ASCII text (most sheet names and titles), where \p{Lu} is A-Z,
 * \p{Ll} a-z, \p{N} 0-9 and no character is Lt, Lo, Lm or M: each Unicode property
 * pattern costs 1-2 ms to compile in every run (issue 17: start-up). A test holds the two equal.
 */
const ASCII_CLASSES: TokenClasses = { run: /[A-Za-z0-9]+/g, parts: /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g };

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Letters-or-digits runs, further split at camel-case humps and letter/digit borders:
 * `KOL_September_2024` → KOL, September, 2024; `herbanaAgustus2024` → herbana, Agustus, 2024.
 */
export function tokens(text: string, classes: TokenClasses = isAscii(text) ? ASCII_CLASSES : UNICODE_CLASSES): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(classes.run)) {
    const run = m[0];
    const parts = run.match(classes.parts) ?? [run];
    let offset = 0;
    for (const p of parts) {
      const at = run.indexOf(p, offset);
      out.push({ text: p, start: (m.index ?? 0) + Math.max(at, 0) });
      offset = Math.max(at, 0) + p.length;
    }
  }
  return out;
}

const isYear = (t: string | undefined): boolean => t !== undefined && /^(19|20)\d{2}$/.test(t);

/**
 * A two-digit year right after a month name, as sheet tabs are written (`Sep-24`,
 * `Okt'24`, `Nov 24`, `September 24`): 20YY. Only when the number is the text's last
 * token or no number follows it, and only what stands between them is a space, `-`, `'`,
 * `’`, `.` or `/` — so `September 24 - 30` (days) and `24 September` stay days.
 */
function shortYearAfter(s: string, toks: readonly Token[], i: number): number | null {
  const month = toks[i]!;
  const next = toks[i + 1];
  if (!next || !/^\d{2}$/.test(next.text)) return null;
  const between = s.slice(month.start + month.text.length, next.start);
  if (!/^\s*[-'’./]?\s*$/.test(between)) return null;
  const after = toks[i + 2];
  if (after && /^\d+$/.test(after.text)) return null;
  return 2000 + Number(next.text);
}

/** `09/24`, `9-24` as the whole text: a month and a two-digit year (a month column, a tab name). */
function numericShortHit(s: string): Hit | null {
  const m = /^\s*(0?[1-9]|1[0-2])\s*[-/.]\s*(\d{2})\s*$/.exec(s);
  return m ? { month: Number(m[1]), year: 2000 + Number(m[2]), at: 0 } : null;
}

interface Hit { month: number; year: number | null; at: number }

/** `2024-09`, `2024_9`, `09-2024`, `9.2024`: a month and a year written as numbers. */
function numericHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})[-_/.](0?[1-9]|1[0-2])(?!\d)/g)) {
    hits.push({ year: Number(m[1]), month: Number(m[2]), at: m.index ?? 0 });
  }
  for (const m of text.matchAll(/(?<!\d)(0?[1-9]|1[0-2])[-_/.]((?:19|20)\d{2})(?!\d)/g)) {
    hits.push({ month: Number(m[1]), year: Number(m[2]), at: m.index ?? 0 });
  }
  return hits;
}

/**
 * Every month named in `text`, in reading order, with the year written next to it (a
 * 19xx/20xx token right after, else right before), or null. `JULI-SEPTEMBER` gives two
 * entries. Exact repeats (same month and year) are listed once.
 */
export function findMonthsInText(text: string, opts: { shortYears?: boolean } = {}): { month: number; year: number | null }[] {
  const s = String(text ?? '').normalize('NFKC');
  const toks = tokens(s);
  const hits: Hit[] = numericHits(s);
  const short = opts.shortYears ? numericShortHit(s) : null;
  if (short) hits.push(short);
  toks.forEach((t, i) => {
    const month = monthNumber(t.text);
    if (month === null) return;
    const after = toks[i + 1]?.text;
    const before = toks[i - 1]?.text;
    const year = isYear(after) ? Number(after) : isYear(before) ? Number(before) : opts.shortYears ? shortYearAfter(s, toks, i) : null;
    hits.push({ month, year, at: t.start });
  });
  hits.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: { month: number; year: number | null }[] = [];
  for (const h of hits) {
    const key = `${h.month}/${h.year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ month: h.month, year: h.year });
  }
  return out;
}

const isPlausibleYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 9999;

/**
 * `YYYY-MM` when `text` names exactly one distinct month and one year is known — from the
 * text, else `fallbackYear` (block title, `--year`, config). Null when it names no month,
 * several months (`JULI-SEPTEMBER`), or two different years: the caller then looks at the
 * next source instead of guessing.
 */
export function monthFromText(text: string, fallbackYear?: number | null): string | null {
  return reader(fallbackYear ?? null, false)(text);
}

/**
 * `monthFromText` for labels — sheet tabs, file names, month-column cells — where a
 * two-digit year after the month is how people write it (`Sep-24`, `Okt'24`, `09/24`).
 * Not for titles and captions, where `September 24` is as likely the 24th.
 */
export function monthFromLabel(text: string, fallbackYear?: number | null): string | null {
  return reader(fallbackYear ?? null, true)(text);
}

/** `monthFromLabel` for one fallback year, as a function a row reader keeps per table instead of finding it per row. */
export function monthLabelReader(fallbackYear: number | null): (text: string) => string | null {
  return reader(fallbackYear, true);
}

/** A month column repeats a handful of texts ("September 2024") down 100,000 rows: each is read once. */
function reader(year: number | null, shortYears: boolean): (text: string) => string | null {
  const key = `${year}|${shortYears}`;
  let read = MONTH_READERS.get(key);
  if (!read) MONTH_READERS.set(key, (read = remember(1024, (t) => monthFromTextUncached(t, year, shortYears))));
  return read;
}

const MONTH_READERS = new Map<string, (text: string) => string | null>();

function monthFromTextUncached(text: string, fallbackYear: number | null, shortYears: boolean): string | null {
  const found = findMonthsInText(text, { shortYears });
  const months = new Set(found.map((f) => f.month));
  if (months.size !== 1) return null;
  const years = new Set(found.flatMap((f) => (f.year === null ? [] : [f.year])));
  if (years.size > 1) return null;
  const year = years.size === 1 ? [...years][0] : isPlausibleYear(fallbackYear) ? fallbackYear : undefined;
  const month = found[0]?.month;
  if (year === undefined || month === undefined) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Strict `YYYY-MM` for `--month` (surrounding spaces allowed); the same string, or null. */
export function parseMonthOption(s: string): string | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(String(s ?? '').trim());
  return m && Number(m[1]) >= 1000 ? `${m[1]}-${m[2]}` : null;
}

/** `2024-09` → `September 2024`; `monthFromText` reads it back. Anything else is returned as given. */
export function formatMonthId(month: string): string {
  const ym = parseMonthOption(month);
  if (!ym) return String(month);
  return `${MONTH_NAMES_ID[Number(ym.slice(5))] ?? ''} ${ym.slice(0, 4)}`;
}
