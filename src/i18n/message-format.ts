/**
 * Message templates, rendered with the platform's own tools (Node ships full ICU): a
 * small, strict subset of ICU MessageFormat, so a rule passes values and the language
 * decides how they are written.
 *
 *   {name}                                   the value as given (a string, a number as typed, a word in each language)
 *   {name, number}                           25,000,000 / 25.000.000; 2.5 / 2,5 (Intl.NumberFormat)
 *   {name, percent}                          a value in percent: 0.4% / 0,4%
 *   {name, currency}                         rupiah: Rp 26,750,000 / Rp 26.750.000
 *   {name, date}                             an ISO date: Thursday, 9 October 2025 / Kamis, 9 Oktober 2025
 *   {name, day}                              an ISO date without its weekday: 9 October 2025 / 9 Oktober 2025
 *   {name, month}                            a month (`2024-09`): September 2024 / September 2024
 *   {name, weekday}                          0 (Sunday) … 6 (Saturday): Thursday / Kamis
 *   {name, plural, one {# file} other {# files}}   Intl.PluralRules; `#` is the number, `=0 {…}` an exact case
 *
 * Why not a library: this subset is all the catalogue needs, it is about a hundred lines,
 * and a run that renders no number never builds a formatter (ICU's first one costs ~30 ms).
 * A placeholder whose value is missing stays visible, so a missing arg is noticed.
 */
import type { ListArg, MessageArg, MessageArgs, MessageRef } from '../model/finding.js';
import type { Lang } from './locale.js';
import { intlTag } from './registry.js';

/** Renders a UI text given as an argument (a column's name) in the message's language. */
export type RefRenderer = (ref: MessageRef) => string;

type Part =
  | string
  | { readonly arg: string; readonly style: 'plain' | 'number' | 'percent' | 'currency' | 'date' | 'day' | 'month' | 'weekday'; readonly source: string }
  | { readonly arg: string; readonly style: 'plural'; readonly cases: ReadonlyMap<string, Part[]>; readonly source: string }
  | { readonly hash: true };

export class MessageFormatError extends Error {
  constructor(template: string, why: string) {
    super(`message template ${JSON.stringify(template)}: ${why}`);
    this.name = 'MessageFormatError';
  }
}

const STYLES = new Set(['number', 'percent', 'currency', 'date', 'day', 'month', 'weekday', 'plural']);

/** Parse `template` from `at` until the closing brace of the enclosing case (or the end). */
function parse(template: string, at: number, inCase: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let text = '';
  let i = at;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '}' && inCase) break;
    if (c === '#' && inCase) {
      if (text) parts.push(text);
      text = '';
      parts.push({ hash: true });
      i++;
      continue;
    }
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    const close = template.indexOf('}', i);
    const head = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?(,)?/.exec(template.slice(i));
    if (!head || close < 0) {
      // Not a placeholder (`{"limits": …}` in an example): the brace is text.
      text += c;
      i++;
      continue;
    }
    const [whole, arg, style, comma] = head;
    if (style !== undefined && !STYLES.has(style)) {
      text += c;
      i++;
      continue;
    }
    if (text) parts.push(text);
    text = '';
    if (style === 'plural') {
      if (!comma) throw new MessageFormatError(template, `{${arg}, plural} needs its cases`);
      const cases = new Map<string, Part[]>();
      let j = i + whole.length;
      for (;;) {
        while (/\s/.test(template[j] ?? '')) j++;
        if (j >= template.length) throw new MessageFormatError(template, `{${arg}, plural} is not closed`);
        if (template[j] === '}') { j++; break; }
        const sel = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(j));
        if (!sel) throw new MessageFormatError(template, `a plural case of {${arg}} is not "one {…}", "other {…}" or "=N {…}"`);
        const inner = parse(template, j + sel[0].length, true);
        cases.set(sel[1]!, inner.parts);
        j = inner.end + 1;
      }
      if (!cases.has('other')) throw new MessageFormatError(template, `{${arg}, plural} has no "other" case`);
      parts.push({ arg: arg!, style: 'plural', cases, source: template.slice(i, j) });
      i = j;
    } else {
      if (comma || template[i + whole.length] !== '}') {
        text += c;
        i++;
        continue;
      }
      const end = i + whole.length + 1;
      parts.push({ arg: arg!, style: (style ?? 'plain') as 'plain', source: template.slice(i, end) });
      i = end;
    }
  }
  if (inCase && i >= template.length) throw new MessageFormatError(template, 'a plural case is not closed');
  if (text) parts.push(text);
  return { parts, end: i };
}

const parsed = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    parts = parse(template, 0, false).parts;
    parsed.set(template, parts);
  }
  return parts;
}

/** The placeholders a template uses, for the catalogue's tests (same names in every language). */
export function placeholdersOf(template: string): Set<string> {
  const out = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (typeof p === 'string' || 'hash' in p) continue;
      out.add(p.arg);
      if (p.style === 'plural') for (const c of p.cases.values()) walk(c);
    }
  };
  walk(partsOf(template));
  return out;
}

// One formatter of each kind per language, made on first use.
type Formatter = Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * Dates a run's messages name are few (a month's deadlines, one as-of day) but asked for
 * once a finding: each written date is kept, so Intl formats it once (issue 17: a date
 * was ~4 µs of Intl a message, 30,000 messages a million-row export). Bounded: a run
 * naming more dates than this starts over rather than growing.
 */
const writtenDates = new Map<string, string>();
const WRITTEN_DATES_LIMIT = 4096;

function writtenDate(kind: string, iso: string, lang: Lang, write: (iso: string, lang: Lang) => string): string {
  const key = `${kind}:${lang}:${iso}`;
  let text = writtenDates.get(key);
  if (text === undefined) {
    text = write(iso, lang);
    if (writtenDates.size >= WRITTEN_DATES_LIMIT) writtenDates.clear();
    writtenDates.set(key, text);
  }
  return text;
}

/** A number as the language writes it: 25,000,000 / 25.000.000; at most two decimals. */
export function formatNumber(n: number, lang: Lang): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(intlTag(lang), { maximumFractionDigits: 2 })).format(n);
}

/** A value in percent (12.5 → 12.5% / 12,5%). */
export function formatPercent(n: number, lang: Lang): string {
  return `${cached(`p:${lang}`, () => new Intl.NumberFormat(intlTag(lang), { maximumFractionDigits: 1 })).format(n)}%`;
}

/** Rupiah, as both languages write it in Indonesia: Rp 26.750.000 (the English grouping in English). */
export function formatRupiah(n: number, lang: Lang): string {
  return `Rp ${cached(`c:${lang}`, () => new Intl.NumberFormat(intlTag(lang), { maximumFractionDigits: 0 })).format(n)}`;
}

/** An ISO date (`2025-10-09`) as people write it: Thursday, 9 October 2025 / Kamis, 9 Oktober 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(dateTag(lang), {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  })).format(date);
}

/** An ISO date without its weekday, for where the weekday is the point or would be noise: 9 October 2025. */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return cached(`y:${lang}`, () => new Intl.DateTimeFormat(dateTag(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
}

/** A month (`2024-09`) as the language names it with its year: September 2024 / September 2024; the text as given when it is not one. */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return cached(`m:${lang}`, () => new Intl.DateTimeFormat(dateTag(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
}

/** A weekday, 0 (Sunday) … 6 (Saturday), named in the language (4 January 1970 was a Sunday). */
export function formatWeekday(n: number, lang: Lang): string {
  const day = new Date(Date.UTC(1970, 0, 4 + (((Math.trunc(n) % 7) + 7) % 7)));
  return cached(`w:${lang}`, () => new Intl.DateTimeFormat(dateTag(lang), { weekday: 'long', timeZone: 'UTC' })).format(day);
}

function pluralCase(n: number, cases: ReadonlyMap<string, Part[]>, lang: Lang): Part[] {
  const exact = cases.get(`=${n}`);
  if (exact) return exact;
  const rule = cached(`r:${lang}`, () => new Intl.PluralRules(intlTag(lang))).select(n);
  return cases.get(rule) ?? cases.get('other')!;
}

/** English dates are written day first (9 October 2025), as Indonesia's English readers write them. */
function dateTag(lang: Lang): string {
  const tag = intlTag(lang);
  return tag === 'en-US' ? 'en-GB' : tag;
}

function renderArg(v: MessageArg, lang: Lang, resolve: RefRenderer | undefined): string {
  if (typeof v !== 'object') return String(v);
  if ('list' in v) return renderList(v, lang, resolve);
  return resolve ? resolve(v) : v.key;
}

function renderList(v: ListArg, lang: Lang, resolve: RefRenderer | undefined): string {
  const type = v.join === 'or' ? 'disjunction' : 'conjunction';
  const list = cached(`l:${type}:${lang}`, () => new Intl.ListFormat(intlTag(lang), { type, style: 'long' }));
  return list.format(v.list.map((item) => renderArg(item, lang, resolve)));
}

function renderParts(parts: readonly Part[], args: MessageArgs, lang: Lang, hash: number | null, resolve: RefRenderer | undefined): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') { out += p; continue; }
    if ('hash' in p) { out += hash === null ? '#' : formatNumber(hash, lang); continue; }
    if (!(p.arg in args)) { out += p.source; continue; }
    const v = args[p.arg]!;
    if (typeof v === 'object') { out += renderArg(v, lang, resolve); continue; }
    const n = typeof v === 'number' ? v : Number(v);
    const numeric = typeof v === 'number' || (v.trim() !== '' && Number.isFinite(n));
    switch (p.style) {
      case 'plain': out += String(v); break;
      case 'number': out += numeric ? formatNumber(n, lang) : String(v); break;
      case 'percent': out += numeric ? formatPercent(n, lang) : String(v); break;
      case 'currency': out += numeric ? formatRupiah(n, lang) : String(v); break;
      case 'date': out += writtenDate('d', String(v), lang, formatDate); break;
      case 'day': out += writtenDate('y', String(v), lang, formatDay); break;
      case 'month': out += writtenDate('m', String(v), lang, formatMonth); break;
      case 'weekday': out += numeric ? formatWeekday(n, lang) : String(v); break;
      case 'plural': out += numeric ? renderParts(pluralCase(n, p.cases, lang), args, lang, n, resolve) : p.source; break;
    }
  }
  return out;
}

/** Fill a template in `lang`. */
export function renderMessage(template: string, args: MessageArgs = {}, lang: Lang = 'en', resolve?: RefRenderer): string {
  return renderParts(partsOf(template), args, lang, null, resolve);
}
