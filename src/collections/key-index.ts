/**
 * An exact string → number map for millions of short keys, kept in typed arrays.
 *
 * Why not a `Map<string, number>`: rules remember every account they have seen (a
 * duplicate is only known against all earlier rows), and a million-row export holds a
 * million distinct accounts. A Map costs ~80–100 bytes per such entry (a string object,
 * the entry, the table, doubling on growth); here a key whose characters all fit one byte
 * costs its length plus ~30 bytes. Keys with wider characters (names in other scripts)
 * are few and go to a plain Map. Lookups are exact: keys are compared, not just hashed.
 *
 * Layout (Python's compact dict): a sparse table of 4-byte slots points into dense
 * per-entry arrays, so the empty part of the hash table costs 4 bytes a slot, not the
 * 22 bytes of a whole entry.
 */
const INITIAL_SLOTS = 1024;
const INITIAL_ENTRIES = 512;
const MAX_ARENA_KEY = 0xffff;

export class KeyIndex {
  /** Per slot: entry number + 1, or 0 when empty. At most 2/3 of the slots are used. */
  private slots = new Int32Array(INITIAL_SLOTS);
  // Per entry, in insertion order:
  private hashes = new Int32Array(INITIAL_ENTRIES);
  private spaces = new Int32Array(INITIAL_ENTRIES);
  private offsets = new Int32Array(INITIAL_ENTRIES);
  private lengths = new Uint16Array(INITIAL_ENTRIES);
  private values = new Float64Array(INITIAL_ENTRIES);
  /** The keys' characters, one byte each, back to back. */
  private arena = new Uint8Array(16 * 1024);
  private arenaUsed = 0;
  private used = 0;
  private readonly wide = new Map<string, number>();

  get size(): number {
    return this.used + this.wide.size;
  }

  /**
   * The number stored under `key` in `space`, or undefined. A space (a month, a block) is
   * a small non-negative integer: one index serves many scopes without building
   * `scope|key` strings per row.
   */
  get(key: string, space = 0): number | undefined {
    if (!fitsArena(key)) return this.wide.get(wideKey(key, space));
    const entry = this.slots[this.find(key, space, hashOf(key, space))]! - 1;
    return entry < 0 ? undefined : this.values[entry];
  }

  /** Stores `value` under `key` unless the key is there already; returns the value found, or undefined when it was added. */
  setIfAbsent(key: string, value: number, space = 0): number | undefined {
    if (!fitsArena(key)) {
      const wide = wideKey(key, space);
      const found = this.wide.get(wide);
      if (found === undefined) this.wide.set(wide, value);
      return found;
    }
    const hash = hashOf(key, space);
    let slot = this.find(key, space, hash);
    const existing = this.slots[slot]! - 1;
    if (existing >= 0) return this.values[existing];
    if ((this.used + 1) * 3 > this.slots.length * 2) {
      this.growSlots();
      slot = this.find(key, space, hash);
    }
    if (this.used === this.hashes.length) this.growEntries();
    const entry = this.used++;
    this.hashes[entry] = hash;
    this.spaces[entry] = space;
    this.offsets[entry] = this.store(key);
    this.lengths[entry] = key.length;
    this.values[entry] = value;
    this.slots[slot] = entry + 1;
    return undefined;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: string, space: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return slot;
      if (this.hashes[entry] === hash && this.lengths[entry] === key.length && this.spaces[entry] === space && this.equals(this.offsets[entry]!, key)) return slot;
    }
  }

  private equals(offset: number, key: string): boolean {
    const arena = this.arena;
    for (let i = 0; i < key.length; i++) if (arena[offset + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private store(key: string): number {
    if (this.arenaUsed + key.length > this.arena.length) {
      // ×1.5, not ×2: at a million keys the spare half of a doubled arena is megabytes.
      const bigger = new Uint8Array(Math.max(Math.ceil(this.arena.length * 1.5), this.arenaUsed + key.length));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    const offset = this.arenaUsed;
    for (let i = 0; i < key.length; i++) this.arena[offset + i] = key.charCodeAt(i);
    this.arenaUsed += key.length;
    return offset;
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.used; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }

  private growEntries(): void {
    const size = Math.ceil(this.hashes.length * 1.5);
    const grown = <A extends Int32Array | Uint16Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.hashes = grown(this.hashes, (n) => new Int32Array(n));
    this.spaces = grown(this.spaces, (n) => new Int32Array(n));
    this.offsets = grown(this.offsets, (n) => new Int32Array(n));
    this.lengths = grown(this.lengths, (n) => new Uint16Array(n));
    this.values = grown(this.values, (n) => new Float64Array(n));
  }
}

/** Whether every character of `key` fits one byte (and the key its length field). */
function fitsArena(key: string): boolean {
  if (key.length > MAX_ARENA_KEY) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0xff) return false;
  return true;
}

const wideKey = (key: string, space: number) => `${space}|${key}`;

/** FNV-1a over the space and the characters, then mixed so nearby keys (`aff1`, `aff2`) spread over the table. */
function hashOf(key: string, space: number): number {
  let h = Math.imul(0x811c9dc5 ^ space, 0x01000193);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
