/**
 * One zip entry's content, deflated as it arrives; what both writers share — the xlsx
 * report's `ZipWriter` (write.ts) and the streaming rewriter `normalize` uses
 * (rewrite-stream.ts). Only the compressed bytes are kept, so a sheet's XML never exists
 * whole.
 */
import { crc32, createDeflateRaw, type ZlibOptions } from 'node:zlib';

/** A deflated entry's content and the numbers its headers state. */
export interface DeflatedContent {
  readonly crc: number;
  readonly size: number;
  readonly compressed: readonly Buffer[];
  readonly compressedSize: number;
}

export class DeflatingEntry implements DeflatedContent {
  crc = 0;
  size = 0;
  readonly compressed: Buffer[] = [];
  compressedSize = 0;
  private readonly deflate;
  private readonly finished: Promise<void>;

  /** `level` as zlib's; undefined is zlib's default, the level `deflateRawSync` uses. */
  constructor(level?: number) {
    // The deflater runs on libuv's thread pool: a deep input buffer lets it compress while
    // the next chunk is made on the main thread, instead of the maker waiting on every chunk.
    // (zlib passes the stream options on to its Transform; its typings only omit them.)
    this.deflate = createDeflateRaw({ ...(level === undefined ? {} : { level }), writableHighWaterMark: 4 << 20 } as ZlibOptions);
    this.deflate.on('data', (chunk: Buffer) => {
      this.compressed.push(chunk);
      this.compressedSize += chunk.length;
    });
    this.finished = new Promise((resolve, reject) => {
      this.deflate.once('end', resolve);
      this.deflate.once('error', reject);
    });
  }

  /** Adds content; resolves once the deflater can take more, so memory stays flat. */
  async write(bytes: Buffer): Promise<void> {
    if (bytes.length === 0) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await new Promise<void>((resolve) => this.deflate.once('drain', resolve));
  }

  async close(): Promise<void> {
    this.deflate.end();
    await this.finished;
  }

  /** Stops a deflation whose content will not be used. */
  discard(): void {
    this.deflate.destroy();
  }
}
