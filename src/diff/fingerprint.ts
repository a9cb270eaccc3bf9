/**
 * A row's content as 64 bits, so the old side of a diff can be kept as one number pair a
 * row instead of a map of its field texts (a million-row export as maps is gigabytes).
 *
 * It has to be equal exactly when `fieldChanges` finds nothing: fields are compared by
 * header (a moved column is no change) and an empty field equals a missing one. So it is
 * a sum over the non-empty (header, value) pairs, which does not depend on column order,
 * and empty values add nothing. Headers within a row are unique (`Header (2)`), so the
 * sum is over a set. Two 32-bit hashes with different multipliers make the halves
 * independent; rows are only ever compared with rows of the same account, so a false
 * "unchanged" needs two versions of one account's row to collide in 64 bits.
 */

/** The seed a header starts its fields' hashes from, first half. */
export function headerSeedA(header: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < header.length; i++) h = Math.imul(h ^ header.charCodeAt(i), 0x01000193);
  return fmix(h ^ header.length);
}

/** Second half: another multiplier and start, so the two halves do not collide together. */
export function headerSeedB(header: string): number {
  let h = 0x3c6ef372;
  for (let i = 0; i < header.length; i++) h = Math.imul(h + header.charCodeAt(i), 0x9e3779b1) ^ (h >>> 15);
  return fmix(h + Math.imul(header.length, 0x27d4eb2f));
}

/** Murmur3's finaliser: every input bit moves about half of the output bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Accumulates one row's fingerprint; reused from row to row (no allocation per row). */
export class Fingerprint {
  a = 0;
  b = 0;

  reset(): void {
    this.a = 0;
    this.b = 0;
  }

  /** Adds one non-empty field: its header's seeds and its value text. */
  add(seedA: number, seedB: number, text: string): void {
    let a = seedA;
    let b = seedB;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c, 0x9e3779b1) ^ (b >>> 15);
    }
    this.a = (this.a + fmix(a ^ text.length)) | 0;
    this.b = (this.b + fmix(b + Math.imul(text.length, 0x27d4eb2f))) | 0;
  }
}

/** The fingerprint of fields given as a map (the in-memory path; the reader computes it cell by cell). */
export function fingerprintOf(fields: ReadonlyMap<string, string>, into = new Fingerprint()): Fingerprint {
  into.reset();
  for (const [header, text] of fields) if (text !== '') into.add(headerSeedA(header), headerSeedB(header), text);
  return into;
}

/**
 * An account key within one old table as 64 bits (`keyA`, `keyB`), so the old side's
 * index keeps no key texts. A collision only puts two accounts' rows in one chain: a row
 * still pairs unchanged only with a row of equal fingerprint, and what is left is paired
 * by the exact key texts.
 */
export class KeyHash {
  a = 0;
  b = 0;

  of(key: string, table: number): this {
    let a = Math.imul(0x811c9dc5 ^ table, 0x01000193);
    let b = Math.imul(0x3c6ef372 + table, 0x9e3779b1);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c, 0x9e3779b1) ^ (b >>> 15);
    }
    this.a = fmix(a ^ key.length);
    this.b = fmix(b + Math.imul(key.length, 0x27d4eb2f));
    return this;
  }
}
