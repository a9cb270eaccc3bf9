/**
 * Text keys for matching, and phone numbers inside address cells.
 *
 * Why: KOL names and headers are compared across sheets written by different people
 * (`Nadine Aulia`, `nadine  aulia`, `Nadíne Aulia`), and listings keep phone numbers in
 * the Address column (seed "Gambar 3.1": `iran-051188411025 Aceh …`), which a privacy
 * rule (UU 27/2022 PDP) must find and a report must never print in full.
 */

/** Compatibility-decomposed, diacritics and invisible format characters removed. */
function fold(s: string): string {
  return String(s ?? '').normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '');
}

/** A KOL-name key: no diacritics, lowercase, single spaces, trimmed. */
export function normalizeName(s: string): string {
  // Printable ASCII has nothing to fold: most names skip the Unicode work.
  const folded = typeof s === 'string' && PRINTABLE_ASCII.test(s) ? s : fold(s);
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A header key: lowercase, punctuation and symbols (`()/.:-_#%`) turned into spaces,
 * single-spaced, trimmed. `Willing to receive PR Pack` → `willing to receive pr pack`,
 * `Komisi (%)` → `komisi`, `Tanggal_Posting` → `tanggal posting`.
 */
export function normalizeHeader(s: string): string {
  return fold(s).toLowerCase().replace(/[\p{P}\p{S}]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Digit groups joined by single separators: `+62 812-3456-7890`, `(021) 555 1234`. */
const RUN = /(\+?)(\d+(?:(?:[ .\-]|\) ?| ?\()\d+)*)/g;

/**
 * Indonesian phone numbers in free text, as digits (with a leading `+` when written),
 * each once, in order. A number is 9–14 digits starting `0`, `62` or `+62`; it may be
 * grouped by spaces, dots, dashes or brackets and may be glued to letters
 * (`H02933225527`, `iran-051188411025`). A run that mixes other numbers in front
 * (`no 104 0812…`) is searched group by group, so house numbers and postcodes are skipped.
 */
export function findPhones(s: string): string[] {
  const out: string[] = [];
  const text = String(s ?? '').normalize('NFKC');
  for (const m of text.matchAll(RUN)) {
    const groups = (m[2] ?? '').split(/\D+/).filter(Boolean);
    let i = 0;
    while (i < groups.length) {
      const plus = i === 0 && m[1] === '+';
      let digits = '';
      let best = -1;
      for (let j = i; j < groups.length; j++) {
        digits += groups[j] ?? '';
        if (digits.length > 14) break;
        if (digits.length >= 9 && (digits.startsWith('0') || digits.startsWith('62'))) best = j;
      }
      if (best < 0) { i++; continue; }
      const number = (plus ? '+' : '') + groups.slice(i, best + 1).join('');
      if (!out.includes(number)) out.push(number);
      i = best + 1;
    }
  }
  return out;
}

/**
 * `081234567678` → `0812****678`: the first four and last three digits, so a person can
 * recognise the number without the report disclosing it. Short inputs are fully masked.
 */
export function maskPhone(p: string): string {
  const raw = String(p ?? '');
  const plus = raw.trim().startsWith('+') ? '+' : '';
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 8) return '*'.repeat(Math.max(4, digits.length));
  return `${plus}${digits.slice(0, 4)}****${digits.slice(-3)}`;
}
