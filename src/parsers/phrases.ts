/**
 * A vocabulary of whole phrases per status, as both status columns the SOP's sheets keep
 * are read: the PR-pack / deal status (`status.ts`) and the content calendar's
 * (`calendar-status.ts`). One reader, so both treat blanks, the team's own phrases and
 * typos the same way.
 *
 * Why phrases and not keywords: teams write whole phrases (`TIDAK BISA BARTER`,
 * `Sudah Tayang`) whose words overlap, so a cell matches a phrase as a whole after
 * normalisation, never a word inside it.
 */
import { remember } from './memo.js';
import { didYouMean } from './suggest.js';

/**
 * The matching form of a phrase: diacritics, punctuation, brackets, symbols and all
 * whitespace removed, upper case. `Tidak bisa dicontact`, `TIDAK BISA DI-CONTACT` and
 * `TIDAK BISA DI CONTACT` all become `TIDAKBISADICONTACT`; `yes(done)` becomes `YESDONE`.
 */
export function normalizePhrase(s: string): string {
  const text = String(s ?? '');
  // ASCII text, as nearly every status cell and every built-in phrase is: NFKD changes
  // nothing, there are no marks, and its letters and digits are A-Z, 0-9 once upper-cased.
  // The Unicode property patterns cost ~1 ms to compile in each run (issue 17: start-up).
  return isAscii(text) ? text.toUpperCase().replace(/[^A-Z0-9]/g, '') : normalizePhraseByUnicode(text);
}

/** The general reading `normalizePhrase` skips for ASCII; exported as the reference its test compares with. */
export function normalizePhraseByUnicode(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

export type PhraseParse<S extends string> = { ok: true; status: S | null } | { ok: false; suggestion: string | null };

/** The team's own phrases per status (config `statuses`, `calendar.statuses`). */
export type ExtraPhrases<S extends string> = Partial<Record<S, readonly string[]>>;

/**
 * Normalised phrase → status: the defaults (a phrase listed twice keeps its first
 * status), then the config's, which win a clash with a default; a config phrase listed
 * under two statuses keeps the first. `shown` is what a did-you-mean may suggest.
 */
function phraseTable<S extends string>(order: readonly S[], defaults: Readonly<Record<S, readonly string[]>>, extra?: ExtraPhrases<S>): { table: Map<string, S>; shown: string[] } {
  const table = new Map<string, S>();
  const shown: string[] = [];
  const add = (status: S, phrases: readonly string[] | undefined, override: boolean): void => {
    for (const p of phrases ?? []) {
      const key = normalizePhrase(p);
      if (key === '' || (!override && table.has(key))) continue;
      table.set(key, status);
      shown.push(String(p));
    }
  };
  for (const s of order) add(s, defaults[s], false);
  if (extra && typeof extra === 'object') {
    const fromConfig = new Map<string, S>();
    for (const s of order) {
      const list = extra[s];
      if (!Array.isArray(list)) continue;
      for (const p of list) {
        const key = normalizePhrase(p);
        if (key !== '' && !fromConfig.has(key)) fromConfig.set(key, s);
      }
      add(s, list.filter((p) => fromConfig.get(normalizePhrase(p)) === s), true);
    }
  }
  return { table, shown };
}

/**
 * A parser for one vocabulary. Blank (or only dashes, the sheets' "nothing yet") →
 * `{ ok: true, status: null }`; a known phrase → its status; anything else → `{ ok: false }`
 * with the closest known phrase when it is a likely typo, else null. Never throws. The
 * reader for a phrase list is built once per list object and remembers `limit` inputs:
 * a status is parsed once per row of a 100,000-row export.
 */
export function phraseParser<S extends string>(order: readonly S[], defaults: Readonly<Record<S, readonly string[]>>, limit: number):
  (input: string, extra?: ExtraPhrases<S>) => PhraseParse<S> {
  const none = {};
  const readers = new WeakMap<object, (raw: string) => PhraseParse<S>>();
  const readerFor = (extra?: ExtraPhrases<S>) => {
    const key = extra && typeof extra === 'object' ? extra : none;
    let read = readers.get(key);
    if (!read) {
      const { table, shown } = phraseTable(order, defaults, extra);
      read = remember(limit, (raw: string): PhraseParse<S> => {
        if (/^[\s\-–—.]*$/u.test(raw)) return { ok: true, status: null };
        const status = table.get(normalizePhrase(raw));
        if (status !== undefined) return { ok: true, status };
        return { ok: false, suggestion: didYouMean(raw, shown, normalizePhrase) };
      });
      readers.set(key, read);
    }
    return read;
  };
  // A run asks with one phrase list, row after row: the last list's reader is kept at hand
  // rather than looked up in the WeakMap every row (issue 17).
  let lastExtra: ExtraPhrases<S> | undefined | null = null;
  let lastRead: ((raw: string) => PhraseParse<S>) | null = null;
  return (input, extra) => {
    if (extra !== lastExtra || lastRead === null) {
      lastRead = readerFor(extra);
      lastExtra = extra;
    }
    return lastRead(typeof input === 'string' ? input : String(input ?? ''));
  };
}
