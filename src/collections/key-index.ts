/**
 * An exact string → number map for millions of short keys, kept in typed arrays.
 *
 * Why not a `Map<string, number>`: rules remember every account they have seen (a
 * duplicate is only known against all earlier rows), and a million-row export holds a
 * million distinct accounts. A Map costs ~80–100 bytes per such entry (a string object,
 * the entry, the table, doubling on growth); here a key whose characters all fit one byte
 * costs its length plus ~20 bytes. Keys with wider characters (names in other scripts)
 * are few and go to a plain Map. Lookups are exact: keys are compared, not just hashed.
 */
const EMPTY_SLOT = -1;
const INITIAL_SLOTS = 1024;
const MAX_ARENA_KEY = 0xffff;

export class KeyIndex {
  /** Per slot: offset of the key in `arena`, or EMPTY_SLOT. */
  private offsets = new Int32Array(INITIAL_SLOTS).fill(EMPTY_SLOT);
  private lengths = new Uint16Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private spaces = new Int32Array(INITIAL_SLOTS);
  private values = new Float64Array(INITIAL_SLOTS);
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
    const slot = this.find(key, space, hashOf(key, space));
    return this.offsets[slot] === EMPTY_SLOT ? undefined : this.values[slot];
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
    if (this.offsets[slot] !== EMPTY_SLOT) return this.values[slot];
    if ((this.used + 1) * 4 > this.offsets.length * 3) { // keep the table at most 3/4 full
      this.grow();
      slot = this.find(key, space, hash);
    }
    this.offsets[slot] = this.store(key);
    this.lengths[slot] = key.length;
    this.hashes[slot] = hash;
    this.spaces[slot] = space;
    this.values[slot] = value;
    this.used++;
    return undefined;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: string, space: number, hash: number): number {
    const mask = this.offsets.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const offset = this.offsets[slot]!;
      if (offset === EMPTY_SLOT) return slot;
      if (this.hashes[slot] === hash && this.lengths[slot] === key.length && this.spaces[slot] === space && this.equals(offset, key)) return slot;
    }
  }

  private equals(offset: number, key: string): boolean {
    const arena = this.arena;
    for (let i = 0; i < key.length; i++) if (arena[offset + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private store(key: string): number {
    if (this.arenaUsed + key.length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + key.length));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    const offset = this.arenaUsed;
    for (let i = 0; i < key.length; i++) this.arena[offset + i] = key.charCodeAt(i);
    this.arenaUsed += key.length;
    return offset;
  }

  private grow(): void {
    const { offsets, lengths, hashes, spaces, values } = this;
    const size = offsets.length * 2;
    this.offsets = new Int32Array(size).fill(EMPTY_SLOT);
    this.lengths = new Uint16Array(size);
    this.hashes = new Int32Array(size);
    this.spaces = new Int32Array(size);
    this.values = new Float64Array(size);
    const mask = size - 1;
    for (let old = 0; old < offsets.length; old++) {
      if (offsets[old] === EMPTY_SLOT) continue;
      let slot = hashes[old]! & mask;
      while (this.offsets[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      this.offsets[slot] = offsets[old]!;
      this.lengths[slot] = lengths[old]!;
      this.hashes[slot] = hashes[old]!;
      this.spaces[slot] = spaces[old]!;
      this.values[slot] = values[old]!;
    }
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
