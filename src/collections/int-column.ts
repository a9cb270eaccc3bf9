/**
 * A growable column of unsigned 32-bit integers, kept in fixed blocks.
 *
 * Why: a rule that must remember a few numbers of every row until the run ends (a row
 * number, a month, a table) would otherwise keep an object per row — ~60 bytes and a GC
 * tracing cost each — where the numbers alone are 4 bytes. Blocks rather than one array
 * doubled on growth, so a million rows never copy themselves into an array twice as big.
 */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

export class IntColumn {
  private readonly blocks: Uint32Array[] = [];
  length = 0;

  push(value: number): number {
    const i = this.length++;
    if ((i & (BLOCK - 1)) === 0) this.blocks.push(new Uint32Array(BLOCK));
    this.blocks[i >>> BLOCK_BITS]![i & (BLOCK - 1)] = value;
    return i;
  }

  get(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]![i & (BLOCK - 1)]!;
  }

  set(i: number, value: number): void {
    this.blocks[i >>> BLOCK_BITS]![i & (BLOCK - 1)] = value;
  }
}

/**
 * Strings that repeat down a column (months, brands, a table's place) as small numbers:
 * 0 stands for null, so a column of them fits an `IntColumn`.
 */
export class Interned<T = string> {
  private readonly ids = new Map<T, number>();
  private readonly values: (T | null)[] = [null];

  id(value: T | null): number {
    if (value === null) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  value(id: number): T | null {
    return this.values[id] ?? null;
  }
}
