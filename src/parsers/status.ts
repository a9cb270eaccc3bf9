/**
 * Row statuses (PR-pack column, deal status) mapped to one small vocabulary.
 *
 * Why phrases and not keywords: teams write whole phrases (`TIDAK BISA BARTER`,
 * `TIDAK BISA DI CONTACT`) whose words overlap (`TIDAK` alone means declined), so a cell
 * matches a phrase as a whole after normalisation, never a word inside it. Config adds
 * the team's own phrases; anything else is a finding with a did-you-mean.
 */
import { remember } from './memo.js';
import { didYouMean } from './suggest.js';

export type Status = 'agreed' | 'shipped' | 'done' | 'declined' | 'unreachable' | 'pending';

/** In precedence order, for config phrases listed under two statuses (the first wins). */
export const STATUSES: readonly Status[] = ['agreed', 'shipped', 'done', 'declined', 'unreachable', 'pending'];

export const DEFAULT_STATUS_PHRASES: Record<Status, string[]> = {
  done: ['YES (DONE)', 'DONE', 'SELESAI', 'SUDAH POSTING', 'POSTED'],
  shipped: ['SHIPPED', 'DIKIRIM', 'SUDAH DIKIRIM', 'PR PACK SENT', 'TERKIRIM'],
  agreed: ['YES', 'YA', 'BISA', 'BERSEDIA', 'MAU', 'DEAL', 'SETUJU', 'AGREED', 'OK'],
  declined: ['TIDAK BISA BARTER', 'TIDAK MAU', 'MENOLAK', 'TOLAK', 'DECLINED', 'NO', 'TIDAK', 'CANCEL', 'CANCELLED', 'BATAL', 'DIBATALKAN'],
  unreachable: ['TIDAK BISA DI CONTACT', 'TIDAK BISA DIHUBUNGI', 'TIDAK BISA DIKONTAK', 'TIDAK ADA RESPON', 'NO RESPONSE', 'UNREACHABLE', 'GHOSTED'],
  pending: ['PENDING', 'MENUNGGU', 'WAITING', 'PROSES', 'ON PROCESS', 'ON PROGRESS', 'NEGO', 'NEGOSIASI'],
};

/**
 * The matching form of a phrase: diacritics, punctuation, brackets, symbols and all
 * whitespace removed, upper case. `Tidak bisa dicontact`, `TIDAK BISA DI-CONTACT` and
 * `TIDAK BISA DI CONTACT` all become `TIDAKBISADICONTACT`; `yes(done)` becomes `YESDONE`.
 */
export function normalizePhrase(s: string): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Normalised phrase → status: defaults first, then config, so config wins a clash. */
function phraseTable(extra?: Partial<Record<Status, string[]>>): { table: Map<string, Status>; shown: string[] } {
  const table = new Map<string, Status>();
  const shown: string[] = [];
  const add = (status: Status, phrases: readonly string[] | undefined, override: boolean): void => {
    for (const p of phrases ?? []) {
      const key = normalizePhrase(p);
      if (key === '' || (!override && table.has(key))) continue;
      table.set(key, status);
      shown.push(String(p));
    }
  };
  for (const s of STATUSES) add(s, DEFAULT_STATUS_PHRASES[s], false);
  if (extra && typeof extra === 'object') {
    const fromConfig = new Map<string, Status>();
    for (const s of STATUSES) {
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

export type StatusParse = { ok: true; status: Status | null } | { ok: false; suggestion: string | null };

const NO_EXTRA = {};
const readers = new WeakMap<object, (raw: string) => StatusParse>();

/** The reader for a phrase list, built once per list object: parseStatus runs once per row. */
function readerFor(extra?: Partial<Record<Status, string[]>>): (raw: string) => StatusParse {
  const key = extra && typeof extra === 'object' ? extra : NO_EXTRA;
  let read = readers.get(key);
  if (!read) {
    const { table, shown } = phraseTable(extra);
    read = remember(1024, (raw: string): StatusParse => {
      if (/^[\s\-–—.]*$/u.test(raw)) return { ok: true, status: null };
      const status = table.get(normalizePhrase(raw));
      if (status !== undefined) return { ok: true, status };
      return { ok: false, suggestion: didYouMean(raw, shown, normalizePhrase) };
    });
    readers.set(key, read);
  }
  return read;
}

/**
 * A status cell. Blank (or only dashes, the sheets' "nothing yet") → `{ ok: true, status: null }`,
 * pending by omission. A known phrase → its status. Anything else → `{ ok: false }` with
 * the closest known phrase when it is a likely typo, else null. Never throws.
 */
export function parseStatus(input: string, phrases?: Partial<Record<Status, string[]>>): StatusParse {
  return readerFor(phrases)(typeof input === 'string' ? input : String(input ?? ''));
}

/** The phrase written for a status (the team's own first phrase); `parseStatus` reads it back. */
export function formatStatus(status: Status): string {
  return DEFAULT_STATUS_PHRASES[status]?.[0] ?? String(status);
}
