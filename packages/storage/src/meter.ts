import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { BlobCorruptError, type BlobDigest, BlobTooLargeError } from "./types";

/**
 * Chunk size of the per-chunk hashes. A range is checked by reading the chunks that hold it,
 * so a request reads at most two chunks more than it asked for and holds one in memory;
 * a 1 GiB blob needs 1024 hashes (32 KiB).
 */
export const CHUNK_SIZE = 1024 * 1024;
const HASH_BYTES = 32;

/** Accumulates a blob's size, sha256 and chunk hashes from its bytes in order. */
export class Digester {
  private readonly whole = createHash("sha256");
  private chunk: Hash = createHash("sha256");
  private fill = 0;
  private readonly hashes: Buffer[] = [];
  size = 0;

  constructor(readonly chunkSize = CHUNK_SIZE) {}

  update(data: Buffer): void {
    this.size += data.length;
    this.whole.update(data);
    for (let at = 0; at < data.length; ) {
      const take = Math.min(this.chunkSize - this.fill, data.length - at);
      this.chunk.update(data.subarray(at, at + take));
      this.fill += take;
      at += take;
      if (this.fill === this.chunkSize) this.closeChunk();
    }
  }

  digest(): BlobDigest {
    if (this.fill > 0) this.closeChunk();
    return {
      size: this.size,
      sha256: this.whole.digest("hex"),
      chunkSize: this.chunkSize,
      chunkHashes: Buffer.concat(this.hashes),
    };
  }

  private closeChunk(): void {
    this.hashes.push(this.chunk.digest());
    this.chunk = createHash("sha256");
    this.fill = 0;
  }
}

/** Counts and hashes bytes passing through; fails as soon as `maxBytes` is exceeded. */
export class Meter extends Transform {
  private readonly digester = new Digester();

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  get size(): number {
    return this.digester.size;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.digester.size + chunk.length > this.maxBytes) {
      done(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.digester.update(chunk);
    done(null, chunk);
  }

  /** Call once, after the last byte has passed. */
  result(): BlobDigest {
    return this.digester.digest();
  }
}

export type ChunkCheck = {
  key: string;
  chunkSize: number;
  /** Expected hashes of the chunks being read, in order (32 bytes each). */
  hashes: Buffer;
  /** The blob's number of the first chunk read (for the report). */
  firstChunk?: number;
  /** Bytes expected in all: whole chunks, the last one possibly shorter. */
  total: number;
  /** Of those bytes, the slice to pass on: it starts `skip` bytes in and is `take` long. */
  skip: number;
  take: number;
  onCorrupt?: ((err: BlobCorruptError) => void) | undefined;
};

/**
 * Reads whole chunks of a blob and releases each one only after its sha256 matched the hash
 * recorded at upload: no byte that failed, or has not yet had, its check is ever passed on.
 * Holds at most one chunk. A chunk that does not match, or bytes missing at the end, fail
 * the stream with a BlobCorruptError.
 */
export class ChunkVerifier extends Transform {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private hash: Hash = createHash("sha256");
  private index = 0;
  /** Offset (within the bytes read) where the held chunk begins. */
  private offset = 0;
  private readonly count: number;

  constructor(private readonly check: ChunkCheck) {
    super();
    this.count = check.hashes.length / HASH_BYTES;
  }

  private expectedLength(index: number): number {
    return Math.min(this.check.chunkSize, this.check.total - index * this.check.chunkSize);
  }

  private corrupt(expected: Buffer, actual: string): BlobCorruptError {
    const chunk = (this.check.firstChunk ?? 0) + this.index;
    const err = new BlobCorruptError(this.check.key, expected.toString("hex"), actual, chunk);
    this.check.onCorrupt?.(err);
    return err;
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    for (let at = 0; at < data.length; ) {
      if (this.index >= this.count) {
        done(this.corrupt(Buffer.alloc(0), "bytes beyond the recorded size"));
        return;
      }
      const take = Math.min(this.expectedLength(this.index) - this.heldBytes, data.length - at);
      const piece = data.subarray(at, at + take);
      this.hash.update(piece);
      this.held.push(piece);
      this.heldBytes += take;
      at += take;
      if (this.heldBytes === this.expectedLength(this.index)) {
        const err = this.release();
        if (err) {
          done(err);
          return;
        }
      }
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.index < this.count) {
      const expected = this.check.hashes.subarray(this.index * HASH_BYTES);
      done(this.corrupt(expected.subarray(0, HASH_BYTES), "a blob shorter than recorded"));
      return;
    }
    done();
  }

  /** Checks the held chunk; if it matches, passes on its part of the wanted slice. */
  private release(): BlobCorruptError | null {
    const at = this.index * HASH_BYTES;
    const expected = this.check.hashes.subarray(at, at + HASH_BYTES);
    const actual = this.hash.digest();
    if (!actual.equals(expected)) return this.corrupt(expected, actual.toString("hex"));
    const { skip, take } = this.check;
    let pos = this.offset;
    for (const piece of this.held) {
      const from = Math.max(skip, pos);
      const to = Math.min(skip + take, pos + piece.length);
      if (from < to) this.push(piece.subarray(from - pos, to - pos));
      pos += piece.length;
    }
    this.offset = pos;
    this.held = [];
    this.heldBytes = 0;
    this.hash = createHash("sha256");
    this.index++;
    return null;
  }
}
