/**
 * "Did you mean …?" for unknown statuses, platforms and other controlled words.
 *
 * Why our own: the words are short team vocabulary (`TIDAK BISA DI CONTACT`, `Instagram`),
 * so a tiny optimal-string-alignment distance is all we need and keeps parsers free of
 * dependencies. Distances count Unicode code points, not UTF-16 units, so an emoji or a
 * combining mark is one edit, never two.
 */

/**
 * Damerau–Levenshtein distance, optimal string alignment variant: insertions, deletions,
 * substitutions and transpositions of two adjacent characters each cost 1 (the typo
 * `Instagarm` is one edit from `Instagram`). No substring is edited twice.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(String(a));
  const t = Array.from(String(b));
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: i-2, i-1, i.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? 0;
}

/** Default comparison form: compatibility-normalised, lowercase, single-spaced, trimmed. */
function loose(s: string): string {
  return String(s).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The candidate closest to `input`, or null when none is reasonably close.
 *
 * "Reasonably close" is at most max(1, floor(len / 3)) edits, len being the normalised
 * input's length: one typo in a short word, a few in a long phrase, never a wild guess.
 * Ties go to the earlier candidate, so callers order candidates by preference. The
 * original candidate text is returned (not its normalised form) so it can be shown.
 */
export function didYouMean(
  input: string,
  candidates: readonly string[],
  normalize: (s: string) => string = loose,
): string | null {
  const a = normalize(String(input ?? ''));
  const len = Array.from(a).length;
  if (len === 0) return null;
  const limit = Math.max(1, Math.floor(len / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const b = normalize(String(c ?? ''));
    if (b.length === 0) continue;
    // Cheap reject: the length gap alone is a lower bound on the distance.
    if (Math.abs(Array.from(b).length - len) > Math.min(limit, bestDistance)) continue;
    const d = editDistance(a, b);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}
