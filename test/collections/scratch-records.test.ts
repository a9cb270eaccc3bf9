/**
 * ScratchPartitions on a temp folder that fills up (a CI runner's small /tmp): a write the
 * disk refuses — after part of a buffer went — must not lose or reorder a record. The
 * records from then on stay in memory after what the files hold, and the repeats found at
 * the end are the same as on a disk with room. Before, the failure ended the whole file's
 * check as "cannot read: ENOSPC" at row 262,145.
 */
import { writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { takeFullScratchFolders } from '../../src/collections/scratch-file.js';
import { ScratchPartitions, type WriteBytes } from '../../src/collections/scratch-records.js';

/** A writer with room for `room` bytes: the write that reaches it writes what fits, the next one fails as a full disk does. */
function fillingDisk(room: number): WriteBytes {
  let left = room;
  return (fd, buffer, offset, length) => {
    if (left === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const n = writeSync(fd, buffer, offset, Math.min(length, left));
    left -= n;
    return n;
  };
}

/** 60,000 records over 32 partitions, every 7th key a repeat of an earlier one: the repeats, as text. */
function repeatsWith(write: WriteBytes): { repeats: string[]; inMemory: boolean } {
  const scratch = ScratchPartitions.open(32, write)!;
  expect(scratch).not.toBeNull();
  for (let row = 0; row < 60_000; row++) {
    const key = row % 7 === 6 ? `account:kol${row - 300}` : `account:kol${row}`;
    scratch.begin(row % 3, key, 8, row % 5, row);
    scratch.text(`KOL ${row} — Café ${row % 11}`);
    scratch.symbol(row % 2 ? 'Herbana' : null);
    scratch.end();
  }
  const inMemory = scratch.keptInMemory;
  const repeats: string[] = [];
  scratch.repeats((first, repeat) => {
    const p = repeat.payload();
    repeats.push(`${first.tag}:${first.row} <- ${repeat.tag}:${repeat.row} ${p.text()} ${p.symbol()}`);
  });
  return { repeats, inMemory };
}

describe('ScratchPartitions when the temp folder fills', () => {
  takeFullScratchFolders();
  const roomy = repeatsWith(writeSync);
  const noneFull = takeFullScratchFolders();

  it('finds the repeats on a disk with room (the reference)', () => {
    expect(roomy.inMemory).toBe(false);
    expect(noneFull).toEqual([]);
    // Every 7th row from row 300 on repeats the key of the row 300 before it, in its space (300 % 3 === 0).
    const expected = Array.from({ length: 60_000 }, (_, r) => r).filter((r) => r % 7 === 6 && r >= 300).length;
    expect(roomy.repeats.length).toBe(expected);
    expect(roomy.repeats).toContain('0:0 <- 0:300 KOL 300 — Café 3 null'); // row 300 (300 % 7 === 6) repeats row 0
  });

  for (const room of [0, 1, 40_000, 700_001, 1_500_000]) {
    it(`finds the same repeats, in the same order, when the disk is full after ${room.toLocaleString('en')} bytes`, () => {
      const full = repeatsWith(fillingDisk(room));
      expect(full.inMemory).toBe(true);
      expect(full.repeats).toEqual(roomy.repeats);
      // Noted once, for the CLI to say which temp folder filled.
      expect(takeFullScratchFolders()).toEqual([tmpdir()]);
    });
  }
});
