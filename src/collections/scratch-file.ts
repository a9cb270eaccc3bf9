import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The run's own scratch space on disk (issue 17: memory flat in rows): a directory of its
 * own under the system's temp directory, never a user's file, removed when its owner is
 * done with it, when its owner is collected, or when the process exits — however it exits.
 */

/**
 * Temp folders a scratch write found full in this run. What went on writing kept its data
 * in memory instead (the same findings, more memory); the CLI says so once at the end, so
 * a CI job whose memory grew is told why rather than left to guess.
 */
const fullFolders = new Set<string>();

/** A scratch write was refused (a full disk): noted for `takeFullScratchFolders`. */
export function noteScratchFull(): void {
  fullFolders.add(tmpdir());
}

/** The temp folders found full since the last call, and forgotten. */
export function takeFullScratchFolders(): string[] {
  const folders = [...fullFolders];
  fullFolders.clear();
  return folders;
}

/** Scratch directories still on disk. */
const live = new Set<string>();
let exitHook = false;

function removeAtExit(dir: string): void {
  live.add(dir);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const d of live) rmSync(d, { recursive: true, force: true });
  });
}

/**
 * A fresh scratch directory, or null when none can be made (a read-only or missing temp
 * directory): the caller then keeps its data in memory — a check never fails for want of
 * scratch space it only saves memory with.
 */
export function makeScratchDir(): string | null {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'kolops-scratch-'));
    removeAtExit(dir);
    return dir;
  } catch {
    return null;
  }
}

export function removeScratchDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

/** A file collected with its owner: what a forgotten `close` leaves behind goes with the object. */
const collected = new FinalizationRegistry<{ fd: number; dir: string }>((held) => {
  try {
    closeSync(held.fd);
  } catch {
    // Already closed.
  }
  removeScratchDir(held.dir);
});

/** One append-only scratch file, read back anywhere in it. */
export class ScratchFile {
  private closed = false;
  size = 0;

  private constructor(private readonly dir: string, private readonly fd: number, owner: object) {
    collected.register(owner, { fd, dir }, this);
  }

  /** A new file, collected with `owner`; null when no scratch space can be had. */
  static open(owner: object): ScratchFile | null {
    const dir = makeScratchDir();
    if (dir === null) return null;
    try {
      return new ScratchFile(dir, openSync(join(dir, 'data'), 'wx+'), owner);
    } catch {
      removeScratchDir(dir);
      return null;
    }
  }

  /** Appends `length` bytes of `bytes`; their offset in the file. Throws what the file system throws (a full disk). */
  append(bytes: Uint8Array, length = bytes.length): number {
    const at = this.size;
    let done = 0;
    while (done < length) done += writeSync(this.fd, bytes, done, length - done, at + done);
    this.size += length;
    return at;
  }

  /** Reads up to `length` bytes at `at` into `into`; how many were read. */
  readAt(into: Uint8Array, length: number, at: number): number {
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, into, done, length - done, at + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    collected.unregister(this);
    closeSync(this.fd);
    removeScratchDir(this.dir);
  }
}
