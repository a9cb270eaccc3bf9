/**
 * Row statuses (PR-pack column, deal status) mapped to one small vocabulary.
 *
 * Why phrases and not keywords: teams write whole phrases (`TIDAK BISA BARTER`,
 * `TIDAK BISA DI CONTACT`) whose words overlap (`TIDAK` alone means declined), so a cell
 * matches a phrase as a whole after normalisation, never a word inside it. Config adds
 * the team's own phrases; anything else is a finding with a did-you-mean.
 */
import { phraseParser, type PhraseParse } from './phrases.js';

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

export { normalizePhrase } from './phrases.js';

export type StatusParse = PhraseParse<Status>;

const parse = phraseParser(STATUSES, DEFAULT_STATUS_PHRASES, 1024);

/**
 * A status cell. Blank (or only dashes, the sheets' "nothing yet") → `{ ok: true, status: null }`,
 * pending by omission. A known phrase → its status. Anything else → `{ ok: false }` with
 * the closest known phrase when it is a likely typo, else null. Never throws.
 */
export function parseStatus(input: string, phrases?: Partial<Record<Status, string[]>>): StatusParse {
  return parse(input, phrases);
}

/** The phrase written for a status (the team's own first phrase); `parseStatus` reads it back. */
export function formatStatus(status: Status): string {
  return DEFAULT_STATUS_PHRASES[status]?.[0] ?? String(status);
}
