/**
 * A map keyed by three strings, as nested maps. Why not `${a}|${b}|${c}`: per-row
 * lookups (a row's month × platform × brand) would build and hash a new string for every
 * row of a million-row export; the parts are strings the row already holds.
 */
export class TripleKeyMap<V> {
  private readonly root = new Map<string, Map<string, Map<string, V>>>();

  get(a: string, b: string, c: string): V | undefined {
    return this.root.get(a)?.get(b)?.get(c);
  }

  set(a: string, b: string, c: string, value: V): void {
    let byB = this.root.get(a);
    if (!byB) this.root.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    byC.set(c, value);
  }
}
