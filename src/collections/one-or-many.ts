/**
 * A map from a key to the values added under it, for keys that nearly all get one value
 * (a listing row per identity, a recap entry per listing row). A key's first value is kept
 * bare; an array is made only for a second. An array per key was ~150 bytes each (a JS
 * array grown by `push` keeps room for 16): 140,000 of them, 30 MB, in the posting join of
 * a 300,000-row listing with a 50,000-row recap (issue 17).
 */
export class OneOrMany<K, V> {
  private readonly map = new Map<K, V | V[]>();

  /** Values must not be arrays themselves: a stored array is how a key with several is told apart. */
  add(key: K, value: V): void {
    const known = this.map.get(key);
    if (known === undefined) this.map.set(key, value);
    else if (Array.isArray(known)) known.push(value);
    else this.map.set(key, [known, value]);
  }

  /** The values added under `key`, in order; empty when none. */
  get(key: K): readonly V[] {
    const known = this.map.get(key);
    return known === undefined ? [] : Array.isArray(known) ? known : [known];
  }
}
