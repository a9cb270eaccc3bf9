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
 * Layout (Python's compact dict): a sparse table of 4-byte slots (a hash tag and an entry
 * number) points into dense per-entry arrays, so the empty part of the hash table costs
 * 4 bytes a slot, not the 16 bytes of a whole entry. Entries and key bytes are kept in fixed blocks, so growing
 * adds a block instead of copying everything into an array half as big again.
 *
 * An entry is 16 bytes and its key's characters (issue 17): no hash is kept (growing the
 * slots hashes each key's bytes again, ~2 per entry over a run), a space is 16 bits (a
 * scope beyond 65,535 goes to the plain Map), and slots fill to 3/4 before they double.
 * At 3,000,000 accounts that is 48 + 16 MB instead of 66 + 32 MB (plus the 16 MB of the
 * old slots while the last doubling copies them).
 */
const INITIAL_SLOTS = 1024;
const MAX_ARENA_KEY = 0xffff;
/** Entries live in blocks of this many, so growing never copies them (no 2× spike at a million). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;
/** Key bytes live in blocks of 1 MiB; an offset is block × 2²⁰ + position. */
const ARENA_BITS = 20;
const ARENA_BLOCK = 1 << ARENA_BITS;

interface EntryBlock {
  readonly spaces: Uint16Array;
  readonly offsets: Int32Array;
  readonly lengths: Uint16Array;
  readonly values: Float64Array;
}

const newBlock = (): EntryBlock => ({
  spaces: new Uint16Array(BLOCK), offsets: new Int32Array(BLOCK), lengths: new Uint16Array(BLOCK), values: new Float64Array(BLOCK),
});

/**
 * A slot is entry + 1 in its low 24 bits and the top byte of its key's hash above them.
 * Why (issue 17): a new key — most keys of an export — probes a few used slots before its
 * empty one, and comparing each of those entries cost a cache miss apiece; with the tag in
 * the slot, a probe passes other keys' slots without leaving the slot array.
 */
const ENTRY_BITS = 24;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
/** Entries beyond what a slot can number go to the plain Map, as wide keys do. */
const MAX_ENTRIES = ENTRY_MASK - 1;
const tagOf = (hash: number) => hash & ~ENTRY_MASK;
/** Spaces are kept in 16 bits; a larger one (65,536 scopes in one run) takes the plain Map. */
const MAX_SPACE = 0xffff;

export class KeyIndex {
  /** Per slot: its tag and entry number + 1, or 0 when empty. At most 3/4 of the slots are used. */
  private slots = new Int32Array(INITIAL_SLOTS);
  /** Per entry, in insertion order, a block at a time. */
  private readonly blocks: EntryBlock[] = [];
  /** The keys' characters, one byte each, back to back, a block at a time. */
  private readonly arena: Uint8Array[] = [];
  private arenaUsed = ARENA_BLOCK; // the first key opens the first block
  private used = 0;
  private readonly wide = new Map<string, number>();

  get size(): number {
    return this.used + this.wide.size;
  }

  /**
   * The number stored under `key` in `space`, or undefined. A space (a month, a block) is
   * a small non-negative integer: one index serves many scopes without building
   * `scope|key` strings per row. The key is `key` from character `from` on, so a caller
   * need not cut a prefix off every row's key.
   */
  get(key: string, space = 0, from = 0): number | undefined {
    if (space > MAX_SPACE || !fitsArena(key, from)) return this.wide.get(wideKey(key, space, from));
    const entry = (this.slots[this.find(key, from, space, hashOf(key, from, space))]! & ENTRY_MASK) - 1;
    if (entry >= 0) return this.blocks[entry >>> BLOCK_BITS]!.values[entry & (BLOCK - 1)];
    return this.used >= MAX_ENTRIES ? this.wide.get(wideKey(key, space, from)) : undefined;
  }

  /** Stores `value` under `key` unless the key is there already; returns the value found, or undefined when it was added. */
  setIfAbsent(key: string, value: number, space = 0, from = 0): number | undefined {
    if (space > MAX_SPACE || !fitsArena(key, from)) {
      const wide = wideKey(key, space, from);
      const found = this.wide.get(wide);
      if (found === undefined) this.wide.set(wide, value);
      return found;
    }
    const hash = hashOf(key, from, space);
    let slot = this.find(key, from, space, hash);
    const existing = (this.slots[slot]! & ENTRY_MASK) - 1;
    if (existing >= 0) return this.blocks[existing >>> BLOCK_BITS]!.values[existing & (BLOCK - 1)];
    if (this.used >= MAX_ENTRIES) {
      const wide = wideKey(key, space, from);
      const found = this.wide.get(wide);
      if (found === undefined) this.wide.set(wide, value);
      return found;
    }
    if ((this.used + 1) * 4 > this.slots.length * 3) {
      this.growSlots();
      slot = this.find(key, from, space, hash);
    }
    const entry = this.used++;
    if ((entry & (BLOCK - 1)) === 0) this.blocks.push(newBlock());
    const block = this.blocks[entry >>> BLOCK_BITS]!;
    const i = entry & (BLOCK - 1);
    block.spaces[i] = space;
    block.offsets[i] = this.store(key, from);
    block.lengths[i] = key.length - from;
    block.values[i] = value;
    this.slots[slot] = tagOf(hash) | (entry + 1);
    return undefined;
  }

  /**
   * Every key (from the `from` it was stored with), its space and value, in no promised
   * order: for handing an index's keys on to scratch files (`FirstSeen`).
   */
  forEach(fn: (key: string, space: number, value: number) => void): void {
    for (let entry = 0; entry < this.used; entry++) {
      const block = this.blocks[entry >>> BLOCK_BITS]!;
      const i = entry & (BLOCK - 1);
      const offset = block.offsets[i]!;
      const bytes = this.arena[offset >>> ARENA_BITS]!;
      const at = offset & (ARENA_BLOCK - 1);
      fn(Buffer.from(bytes.buffer, bytes.byteOffset + at, block.lengths[i]!).toString('latin1'), block.spaces[i]!, block.values[i]!);
    }
    for (const [wide, value] of this.wide) {
      const bar = wide.indexOf('|');
      fn(wide.slice(bar + 1), Number(wide.slice(0, bar)), value);
    }
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: string, from: number, space: number, hash: number): number {
    const mask = this.slots.length - 1;
    const tag = tagOf(hash);
    const length = key.length - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]!;
      if (at === 0) return slot;
      if ((at & ~ENTRY_MASK) !== tag) continue;
      const entry = (at & ENTRY_MASK) - 1;
      const block = this.blocks[entry >>> BLOCK_BITS]!;
      const i = entry & (BLOCK - 1);
      if (block.lengths[i] === length && block.spaces[i] === space && this.equals(block.offsets[i]!, key, from)) return slot;
    }
  }

  private equals(offset: number, key: string, from: number): boolean {
    const bytes = this.arena[offset >>> ARENA_BITS]!;
    const at = (offset & (ARENA_BLOCK - 1)) - from;
    for (let i = from; i < key.length; i++) if (bytes[at + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private store(key: string, from: number): number {
    const length = key.length - from;
    if (this.arenaUsed + length > ARENA_BLOCK) {
      this.arena.push(new Uint8Array(ARENA_BLOCK));
      this.arenaUsed = 0;
    }
    const bytes = this.arena[this.arena.length - 1]!;
    const at = this.arenaUsed - from;
    for (let i = from; i < key.length; i++) bytes[at + i] = key.charCodeAt(i);
    this.arenaUsed += length;
    return (this.arena.length - 1) * ARENA_BLOCK + at + from;
  }

  /** Twice the slots, each entry placed again by the hash of its stored bytes (the same as of its key). */
  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    const hashes = new Int32Array(BLOCK);
    for (let b = 0, first = 0; first < this.used; b++, first += BLOCK) {
      const { offsets, lengths, spaces } = this.blocks[b]!;
      const count = Math.min(BLOCK, this.used - first);
      // A block's hashes first, then its slots: placing each entry as soon as it is hashed
      // left the slot writes' cache misses waiting on the hash (2.7x the time of the two loops).
      for (let i = 0; i < count; i++) {
        const offset = offsets[i]!;
        const bytes = this.arena[offset >>> ARENA_BITS]!;
        let h = Math.imul(0x811c9dc5 ^ spaces[i]!, 0x01000193);
        for (let at = offset & (ARENA_BLOCK - 1), end = at + lengths[i]!; at < end; at++) h = Math.imul(h ^ bytes[at]!, 0x01000193);
        hashes[i] = mix(h); // as `hashOf` of the key: its stored bytes are its character codes
      }
      for (let i = 0; i < count; i++) {
        const hash = hashes[i]!;
        let slot = hash & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = tagOf(hash) | (first + i + 1);
      }
    }
    this.slots = slots;
  }
}

/** Whether every character of `key` from `from` fits one byte (and the key its length field). */
function fitsArena(key: string, from: number): boolean {
  if (key.length - from > MAX_ARENA_KEY) return false;
  for (let i = from; i < key.length; i++) if (key.charCodeAt(i) > 0xff) return false;
  return true;
}

const wideKey = (key: string, space: number, from: number) => `${space}|${from === 0 ? key : key.slice(from)}`;

/** FNV-1a over the space and the characters, then mixed so nearby keys (`aff1`, `aff2`) spread over the table. */
function hashOf(key: string, from: number, space: number): number {
  let h = Math.imul(0x811c9dc5 ^ space, 0x01000193);
  for (let i = from; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
