import { fold } from './text.js';

const HANDLE_CHAR = /[\p{L}\p{N}_]/u;

/** `@herbana.id`, `herbana.id`, `instagram.com/herbana.id/` → `herbana.id` (folded). */
function bareHandle(handle: string): string {
  let h = fold(String(handle ?? '')).trim();
  if (h.includes('/')) h = h.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? '';
  return h.replace(/^@+/, '').replace(/\.+$/, '');
}

/**
 * Whether the caption tags `handle` as a whole mention: `@herbana.id` (or `@Herbana.ID.`
 * at the end of a sentence), but not `@herbana.idx`, `@herbana.id_official` or the
 * e-mail address `cs@herbana.id`. The handle may be given with or without `@`. Never throws.
 */
export function hasHandle(caption: string, handle: string): boolean {
  const h = bareHandle(handle);
  if (!h) return false;
  const text = fold(String(caption ?? ''));
  const needle = `@${h}`;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text.charAt(i - 1);
    if (HANDLE_CHAR.test(before)) continue;
    const after = text.charAt(i + needle.length);
    const next = text.charAt(i + needle.length + 1);
    // A handle goes on with letters, digits, `_` and inner dots; a final dot ends the sentence.
    if (HANDLE_CHAR.test(after) || (after === '.' && HANDLE_CHAR.test(next))) continue;
    return true;
  }
  return false;
}
