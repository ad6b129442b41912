import { createHash, type Hash, webcrypto } from "node:crypto";
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

/** Chunks being hashed at once, in the thread pool, while the next ones are read. */
const VERIFY_WINDOW = 3;

type HeldChunk = { index: number; bytes: Buffer; offset: number; hash: Promise<ArrayBuffer> };

/**
 * Reads whole chunks of a blob and releases each one only after its sha256 matched the hash
 * recorded at upload: no byte that failed, or has not yet had, its check is ever passed on.
 * Each chunk is hashed in the libuv thread pool (WebCrypto) as soon as it is complete, up to
 * VERIFY_WINDOW chunks at once, so reading, checking and sending overlap; chunks are released
 * in order, each once its own check passed, and memory stays at a few chunks. A chunk that
 * does not match, or bytes missing at the end, fail the stream with a BlobCorruptError (the
 * first in the blob's order), and only once the reader has taken the bytes verified before it.
 */
export class ChunkVerifier extends Transform {
  private pieces: Buffer[] = [];
  private pieceBytes = 0;
  /** Chunks complete and being checked, oldest first. */
  private readonly checking: HeldChunk[] = [];
  /** Chunks complete so far (checked or being checked). */
  private received = 0;
  /** Offset (within the bytes read) where the chunk being filled begins. */
  private offset = 0;
  private readonly count: number;
  /** Pending while the bytes released last wait for the reader (see `settle`). */
  private unread: Promise<void> | null = null;
  private onRead: (() => void) | null = null;

  constructor(private readonly check: ChunkCheck) {
    super();
    this.count = check.hashes.length / HASH_BYTES;
  }

  private expectedLength(index: number): number {
    return Math.min(this.check.chunkSize, this.check.total - index * this.check.chunkSize);
  }

  private corrupt(index: number, expected: Buffer, actual: string): BlobCorruptError {
    const chunk = (this.check.firstChunk ?? 0) + index;
    const err = new BlobCorruptError(this.check.key, expected.toString("hex"), actual, chunk);
    this.check.onCorrupt?.(err);
    return err;
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    for (let at = 0; at < data.length; ) {
      if (this.received >= this.count) {
        const index = this.received;
        const beyond = () => this.corrupt(index, Buffer.alloc(0), "bytes beyond the recorded size");
        this.settle(0, beyond).then(() => done(), done);
        return;
      }
      const take = Math.min(this.expectedLength(this.received) - this.pieceBytes, data.length - at);
      this.pieces.push(data.subarray(at, at + take));
      this.pieceBytes += take;
      at += take;
      if (this.pieceBytes === this.expectedLength(this.received)) this.startCheck();
    }
    if (this.checking.length < VERIFY_WINDOW) done();
    else this.settle(VERIFY_WINDOW - 1, null).then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    const index = this.received;
    const short =
      index < this.count
        ? () => {
            const expected = this.check.hashes.subarray(
              index * HASH_BYTES,
              (index + 1) * HASH_BYTES,
            );
            return this.corrupt(index, expected, "a blob shorter than recorded");
          }
        : null;
    this.settle(0, short).then(() => done(), done);
  }

  override _read(size: number): void {
    const read = this.onRead;
    this.onRead = null;
    // On the next tick: the reader gets the bytes it asked for before anything follows them.
    if (read) process.nextTick(read);
    super._read(size);
  }

  /** The chunk just completed goes to the thread pool to be hashed. */
  private startCheck(): void {
    const bytes =
      this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces);
    const hash = webcrypto.subtle.digest("SHA-256", bytes);
    // Awaited in order by `settle`; this only keeps a failure from going unhandled meanwhile.
    hash.catch(() => undefined);
    this.checking.push({ index: this.received, bytes, offset: this.offset, hash });
    this.offset += bytes.length;
    this.pieces = [];
    this.pieceBytes = 0;
    this.received++;
  }

  /**
   * Waits for the oldest chunks' checks until at most `keep` remain, passing on the wanted
   * slice of each chunk that matched and rejecting at the first that did not; then fails
   * with `failure`, if given. Each verdict waits until the reader has asked for the bytes
   * released before it, so an error never overtakes bytes already verified.
   */
  private async settle(keep: number, failure: (() => BlobCorruptError) | null): Promise<void> {
    while (this.checking.length > keep) {
      const chunk = this.checking.shift() as HeldChunk;
      const actual = Buffer.from(await chunk.hash);
      await this.unread;
      const at = chunk.index * HASH_BYTES;
      const expected = this.check.hashes.subarray(at, at + HASH_BYTES);
      if (!actual.equals(expected))
        throw this.corrupt(chunk.index, expected, actual.toString("hex"));
      const { skip, take } = this.check;
      const from = Math.max(skip, chunk.offset);
      const to = Math.min(skip + take, chunk.offset + chunk.bytes.length);
      if (from >= to) continue;
      this.unread = new Promise<void>((resolve) => {
        this.onRead = resolve;
      });
      this.push(chunk.bytes.subarray(from - chunk.offset, to - chunk.offset));
    }
    if (failure) {
      await this.unread;
      throw failure();
    }
  }
}
