import { open, readFile } from 'node:fs/promises';
import type { MessageRef } from '../model/finding.js';
import { UnreadableFileError } from '../model/source.js';
import { readerText, unreadableFile } from './detail.js';

/** First line of an error message: users get one line, never a stack. */
export function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const line = (msg.split(/\r?\n/, 1)[0] ?? '').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** The system error codes a reader says in words (`reader:os-ENOENT` …); any other is quoted. */
const SYSTEM_CODES = ['ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG', 'EIO', 'EMFILE', 'ENFILE', 'EBUSY', 'ETIMEDOUT'] as const;
type SystemCode = (typeof SYSTEM_CODES)[number];
const isSystemCode = (code: string): code is SystemCode => (SYSTEM_CODES as readonly string[]).includes(code);

/**
 * What a failed system call means, as a detail: its sentence by error code (`EISDIR` →
 * "it is a folder, not a file"), "the system said <code>" for a code without one, and
 * for an error with no code at all (a kolops bug) its own first line.
 */
export function systemDetail(err: unknown): MessageRef {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== '') return isSystemCode(code) ? readerText(`reader:os-${code}`) : readerText('reader:os-other', { code });
  return readerText('reader:unexpected', { error: firstLine(err) });
}

/**
 * File-system failures become reasons: no permission and a symlink loop their own (the
 * user can act on them), a missing file or a folder where a file was expected `io-error`;
 * so one bad path is a finding for that file and the run goes on.
 */
export function toIoError(err: unknown): unknown {
  if (err instanceof UnreadableFileError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return unreadableFile('permission-denied', code);
  if (code === 'ELOOP') return unreadableFile('symlink-loop', code);
  if (typeof code === 'string') return unreadableFile('io-error', systemDetail(err));
  return err;
}

/** Any error met reading a workbook, as the UnreadableFileError its finding reports (`io-error` unless it is one already). */
export function asUnreadable(err: unknown): UnreadableFileError {
  return err instanceof UnreadableFileError ? err : unreadableFile('io-error', systemDetail(err));
}

/** The first `n` bytes (fewer if the file is shorter) without reading the whole file. */
export async function readHead(path: string, n: number): Promise<Uint8Array> {
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(n);
      const { bytesRead } = await fh.read(buf, 0, n, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw toIoError(err);
  }
}

export async function readWhole(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw toIoError(err);
  }
}

export const READ_CHUNK_BYTES = 64 * 1024;

/**
 * The file's bytes from `start` on, a chunk at a time; file-system failures become
 * `io-error`. Two buffers are read into in turn — a fresh 64 KiB per chunk left ~2,000
 * buffers per 135 MB export for the garbage collector — the next read running while the
 * caller works on the current chunk. So a caller must be done with a chunk before it
 * asks for the next (decoders copy what they keep).
 */
export async function* readChunks(path: string, start = 0, chunkBytes = READ_CHUNK_BYTES): AsyncGenerator<Buffer> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw toIoError(err);
  }
  const buffers = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)] as const;
  let position = start;
  const readInto = (buf: Buffer) => {
    const at = position;
    return fh.read(buf, 0, chunkBytes, at).then(({ bytesRead }) => {
      position = at + bytesRead;
      return buf.subarray(0, bytesRead);
    });
  };
  let pending: Promise<Buffer> | null = null;
  try {
    for (let turn = 0; ; turn ^= 1) {
      let chunk: Buffer;
      try {
        chunk = await (pending ?? readInto(buffers[turn]!));
      } catch (err) {
        throw toIoError(err);
      }
      if (chunk.length === 0) return;
      pending = readInto(buffers[turn ^ 1]!);
      pending.catch(() => {}); // awaited on the next turn; never an unhandled rejection meanwhile
      yield chunk;
    }
  } finally {
    await pending?.catch(() => {}); // let a read in flight finish before its buffer and handle go
    await fh.close();
  }
}
