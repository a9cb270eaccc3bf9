/**
 * Results of a pure parser, remembered for the first `limit` distinct inputs.
 *
 * Why: a sheet repeats the same few statuses, platforms, months and video counts down
 * every row of a 100,000-row export, and reading `TIDAK BISA BARTER` once is enough.
 * The limit keeps a column of distinct values (sales, links) from growing the cache; such
 * inputs simply miss. Results are shared between calls, so they must never be mutated.
 */
export function remember<R>(limit: number, parse: (input: string) => R): (input: string) => R {
  const results = new Map<string, R>();
  return (input) => {
    let result = results.get(input);
    if (result === undefined && !results.has(input)) {
      result = parse(input);
      if (results.size < limit) results.set(input, result);
    }
    return result as R;
  };
}
